// Wait queues: threads sleeping until a condition holds. Wake-ups are never lost: a sleeper
// registers itself and re-checks the condition under the queue's lock, and a waker changes
// the condition before it calls wake, which takes the same lock (ARCHITECTURE.md §5).
import KernelSupport
import LinuxABI

final class WaitQueue {
    private let lock = Spinlock()
    private var waiters: [Thread] = []

    /// Sleeps until `condition()` is true. `condition` runs with the queue's lock held and
    /// interrupts off: it must be quick and must not block.
    func wait(until condition: () -> Bool) {
        wait(interruptible: false, until: condition)
    }

    private func wait(interruptible: Bool, until condition: () -> Bool) {
        let me = Scheduler.current
        while true {
            let queueState = lock.acquire()
            if condition() {
                // A wake other than wakeAll (a signal) may leave us listed: go off the list.
                // Long-lived queues (pause's, init's) must not keep a burst's storage.
                waiters.removeAllReleasing(where: { $0 === me })
                lock.release(queueState)
                return
            }
            waiters.append(me)
            // Take the scheduler lock before dropping ours: a wake between the two would
            // otherwise find the thread not yet blocked and be lost.
            let schedulerState = Scheduler.lock.acquire()
            // A signal's sender sets signalPending, then wakes under the scheduler lock: one
            // of us sees the other.
            if interruptible && me.signalPending {
                Scheduler.lock.release(InterruptState(wasEnabled: false))
                lock.release(queueState)
                continue
            }
            me.state = .blocked
            lock.release(InterruptState(wasEnabled: false))
            _ = schedulerState   // taken with interrupts already off: the original state is queueState's
            Scheduler.blockLocked(queueState)
        }
    }

    /// Like `wait(until:)`, but a signal for the thread (`Thread.signalPending`) ends the
    /// wait early: throws ERESTARTSYS, which signal delivery turns into EINTR or a restart.
    func waitInterruptible(until condition: () -> Bool) throws(Errno) {
        let me = Scheduler.current
        var satisfied = false
        wait(interruptible: true) {
            satisfied = condition()
            return satisfied || me.signalPending
        }
        if !satisfied { throw .ERESTARTSYS }
    }

    /// Wakes every waiter; each re-checks its condition.
    func wakeAll() {
        // Hand the list over whole: keeping its capacity would copy it (the copy we return
        // shares the storage) and leave storage behind on a queue that may stay idle.
        let woken: [Thread] = lock.withLock {
            var all: [Thread] = []
            swap(&all, &waiters)
            return all
        }
        guard !woken.isEmpty else { return }
        Scheduler.lock.withLock {
            for thread in woken { Scheduler.wakeLocked(thread) }
        }
    }
}
