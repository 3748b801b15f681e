// Wait queues: threads sleeping until a condition holds. Wake-ups are never lost: a sleeper
// registers itself and re-checks the condition under the queue's lock, and a waker changes
// the condition before it calls wake, which takes the same lock (ARCHITECTURE.md §5). A wait
// may have a deadline (the scheduler's tick wakes it, like Linux's schedule_timeout), and
// poll(2) parks a PollWaiter on several queues at once (PollWaiter.swift).
import KernelCore
import KernelSupport
import LinuxABI

final class WaitQueue {
    private let lock = Spinlock()
    private var waiters: [Thread] = []
    /// Polls registered here (Linux poll_table entries); they stay until the poll ends.
    private var pollers: [PollWaiter] = []

    /// Sleeps until `condition()` is true. `condition` runs with the queue's lock held and
    /// interrupts off: it must be quick and must not block.
    func wait(until condition: () -> Bool) {
        _ = wait(interruptible: false, deadline: nil, until: condition)
    }

    /// Returns false when `deadline` (Clock nanoseconds) passed first.
    private func wait(interruptible: Bool, deadline: UInt64?, until condition: () -> Bool) -> Bool {
        let me = Scheduler.current
        while true {
            let queueState = lock.acquire()
            let satisfied = condition()
            if satisfied || deadline.map({ Clock.nanosecondsSinceBoot() >= $0 }) ?? false {
                // A wake other than wakeAll (a signal, the timer) may leave us listed: go off
                // the list. Long-lived queues (pause's, init's) must not keep a burst's storage.
                waiters.removeAllReleasing(where: { $0 === me })
                lock.release(queueState)
                return satisfied
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
            me.sleepsUninterruptibly = !interruptible
            if let deadline { Scheduler.armWakeLocked(me, at: deadline) }
            lock.release(InterruptState(wasEnabled: false))
            _ = schedulerState   // taken with interrupts already off: the original state is queueState's
            Scheduler.blockLocked(queueState)
        }
    }

    /// Like `wait(until:)`, but a signal for the thread (`Thread.signalPending`) ends the
    /// wait early: throws ERESTARTSYS, which signal delivery turns into EINTR or a restart.
    func waitInterruptible(until condition: () -> Bool) throws(Errno) {
        _ = try waitInterruptible(deadline: nil, until: condition)
    }

    /// Like `waitInterruptible(until:)`, ending at `deadline` (Clock nanoseconds) too:
    /// returns whether the condition held (false: the deadline passed first).
    func waitInterruptible(deadline: UInt64?, until condition: () -> Bool) throws(Errno) -> Bool {
        let me = Scheduler.current
        var satisfied = false
        let ended = wait(interruptible: true, deadline: deadline) {
            satisfied = condition()
            return satisfied || me.signalPending
        }
        if satisfied { return true }
        if ended { throw .ERESTARTSYS }
        return false
    }

    /// Parks `poller` here until `remove` (PollWaiter.register).
    func add(_ poller: PollWaiter) {
        lock.withLock { pollers.append(poller) }
    }

    func remove(_ poller: PollWaiter) {
        lock.withLock { pollers.removeAllReleasing(where: { $0 === poller }) }
    }

    /// Wakes every waiter; each re-checks its condition.
    /// Polls parked here are marked woken (under this lock, so a poll about to sleep sees it)
    /// and woken too.
    func wakeAll() {
        // Hand the list over whole: keeping its capacity would copy it (the copy we return
        // shares the storage) and leave storage behind on a queue that may stay idle.
        let (woken, polling): ([Thread], [PollWaiter]) = lock.withLock {
            var all: [Thread] = []
            swap(&all, &waiters)
            for poller in pollers { poller.woken = true }
            return (all, pollers)
        }
        guard !woken.isEmpty || !polling.isEmpty else { return }
        Scheduler.lock.withLock {
            for thread in woken { Scheduler.wakeLocked(thread) }
            for poller in polling { Scheduler.wakeLocked(poller.thread) }
        }
    }
}
