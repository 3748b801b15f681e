// One poll(2) waiting on several wait queues at once (Linux poll_table / poll_wqueues): each
// file the poll looks at registers the waiter on its queue(s) (OpenFile.pollRegister), a wake
// of any of them marks it woken and wakes its thread, and the poll sleeps (with its timeout)
// only if nothing woke it since it last looked. Neighbours: WaitQueue.swift, PollSyscalls.
final class PollWaiter {
    /// The polling thread.
    let thread: Thread
    /// Set by a wake of any queue it is on (under that queue's lock); cleared by the poll
    /// before it looks at its files again, so a wake between looking and sleeping is kept.
    var woken = false
    /// The queues it is registered on (only the polling thread touches this).
    private var queues: [WaitQueue] = []

    init(thread: Thread) {
        self.thread = thread
    }

    /// Linux poll_wait: registers on `queue` (once).
    func register(_ queue: WaitQueue) {
        guard !queues.contains(where: { $0 === queue }) else { return }
        queues.append(queue)
        queue.add(self)
    }

    /// Leaves every queue (the poll is over).
    func unregisterAll() {
        for queue in queues { queue.remove(self) }
        queues.removeAll()
    }

    /// Sleeps until a registered queue wakes it, `deadline` passes (nil: no timeout) or a
    /// signal arrives; returns at once if any of them already happened. Checked under the
    /// scheduler lock, which every waker (queue, timer, signal) takes to wake the thread.
    func sleep(until deadline: UInt64?) {
        let state = Scheduler.lock.acquire()
        if woken || thread.signalPending || deadline.map({ Clock.nanosecondsSinceBoot() >= $0 }) ?? false {
            Scheduler.lock.release(state)
            return
        }
        thread.state = .blocked
        thread.sleepsUninterruptibly = false
        if let deadline { Scheduler.armWakeLocked(thread, at: deadline) }
        Scheduler.blockLocked(state)
    }
}
