// The interval timers of setitimer(2) (Linux kernel/time/itimer.c): ITIMER_REAL, the
// timer behind alarm(2), is a deadline per process checked on every tick that sends
// SIGALRM (it_real_fn; the tick only compares against the earliest deadline);
// ITIMER_VIRTUAL and ITIMER_PROF count the CPU time the tick charges to the running
// process (user time; user + system time) and send SIGVTALRM and SIGPROF. Each reloads
// with its interval.
import KernelCore
import LinuxABI

enum SignalTimers {
    /// Guards the armed list and every process's realTimer fields. Taken from the timer
    /// interrupt; a leaf apart from Signals.send, which runs after it is dropped.
    static let lock = Spinlock()
    nonisolated(unsafe) private static var armed: [Process] = []
    /// Timers the armed list holds without allocating (it is changed from the timer
    /// interrupt): reserved at boot, and the floor it shrinks back to after a burst.
    static let reservedTimers = 16

    static func initialise() {
        lock.withLock { armed.reserveCapacity(reservedTimers) }
    }
    nonisolated(unsafe) private static var earliest: UInt64 = UInt64.max

    /// The time left and the interval of `process`'s timer, in nanoseconds.
    static func current(_ process: Process) -> (left: UInt64, interval: UInt64) {
        let now = Clock.nanosecondsSinceBoot()
        return lock.withLock {
            let deadline = process.signals.realTimerDeadline
            return (deadline == 0 ? 0 : (deadline > now ? deadline - now : 1), process.signals.realTimerInterval)
        }
    }

    /// Arms (value > 0) or disarms (value 0) the timer; returns the old (left, interval).
    @discardableResult
    static func set(_ process: Process, value: UInt64, interval: UInt64) -> (left: UInt64, interval: UInt64) {
        let old = current(process)
        let now = Clock.nanosecondsSinceBoot()
        lock.withLock {
            armed.removeAllReleasing(minimumCapacity: reservedTimers, where: { $0 === process })
            process.signals.realTimerDeadline = value == 0 ? 0 : now + value
            process.signals.realTimerInterval = value == 0 ? 0 : interval
            if value != 0 { armed.append(process) }
            recomputeEarliest()
        }
        return old
    }

    static func disarm(_ process: Process) {
        set(process, value: 0, interval: 0)
        set(process, .virtual, value: 0, interval: 0)
        set(process, .prof, value: 0, interval: 0)
    }

    /// Caller holds lock.
    private static func recomputeEarliest() {
        earliest = armed.reduce(UInt64.max) { min($0, $1.signals.realTimerDeadline) }
    }

    /// Which CPU-time timer.
    enum CPUTimer { case virtual, prof }

    /// The CPU-time timer's (left, interval).
    static func current(_ process: Process, _ which: CPUTimer) -> (left: UInt64, interval: UInt64) {
        lock.withLock { which == .virtual ? process.signals.virtualTimer : process.signals.profTimer }
    }

    /// Arms or disarms a CPU-time timer; returns the old (left, interval).
    @discardableResult
    static func set(_ process: Process, _ which: CPUTimer, value: UInt64, interval: UInt64) -> (left: UInt64, interval: UInt64) {
        lock.withLock {
            // Linux set_cpu_itimer adds a tick, so the timer never fires early.
            let new = (left: value == 0 ? 0 : value + Clock.tickNanoseconds, interval: value == 0 ? 0 : interval)
            if which == .virtual {
                let old = process.signals.virtualTimer
                process.signals.virtualTimer = new
                return old
            }
            let old = process.signals.profTimer
            process.signals.profTimer = new
            return old
        }
    }

    /// From the timer interrupt: one tick of CPU time for the process that was running,
    /// in user mode or (`user` false) in the kernel on its behalf.
    static func charge(_ process: Process, user: Bool, nanoseconds: UInt64) {
        var expired: [Signal] = []
        lock.withLock {
            let state = process.signals
            if user, state.virtualTimer.left > 0 {
                if advance(&state.virtualTimer, by: nanoseconds) { expired.append(.SIGVTALRM) }
            }
            if state.profTimer.left > 0, advance(&state.profTimer, by: nanoseconds) { expired.append(.SIGPROF) }
        }
        for signal in expired { _ = Signals.send(SigInfo(signo: signal.rawValue, code: SigInfoCode.SI_KERNEL), to: process) }
    }

    /// Counts `timer` down; true when it expired (then reloaded or disarmed).
    private static func advance(_ timer: inout (left: UInt64, interval: UInt64), by amount: UInt64) -> Bool {
        if timer.left > amount {
            timer.left -= amount
            return false
        }
        timer.left = timer.interval
        return true
    }

    /// From the timer interrupt: fire every expired timer.
    static func tick(now: UInt64) {
        guard now >= earliest else { return }
        let fired: [Process] = lock.withLock {
            var due: [Process] = []
            var index = 0
            while index < armed.count {
                let process = armed[index]
                if process.signals.realTimerDeadline <= now {
                    due.append(process)
                    let interval = process.signals.realTimerInterval
                    if interval > 0 {
                        process.signals.realTimerDeadline = now + interval
                        index += 1
                    } else {
                        process.signals.realTimerDeadline = 0
                        armed.removeReleasing(at: index, minimumCapacity: reservedTimers)
                    }
                } else {
                    index += 1
                }
            }
            recomputeEarliest()
            return due
        }
        for process in fired {
            var info = SigInfo(signo: Signal.SIGALRM.rawValue, code: SigInfoCode.SI_KERNEL)
            info.si_pid = 0
            _ = Signals.send(info, to: process)
        }
    }
}
