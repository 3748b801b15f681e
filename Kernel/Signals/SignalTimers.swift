// ITIMER_REAL, the timer behind alarm(2) and setitimer(2): a deadline per process, checked
// on every timer tick, that sends SIGALRM and reloads with the interval (Linux
// kernel/time/itimer.c, it_real_fn). The tick only compares against the earliest deadline.
import KernelCore
import LinuxABI

enum SignalTimers {
    /// Guards the armed list and every process's realTimer fields. Taken from the timer
    /// interrupt; a leaf apart from Signals.send, which runs after it is dropped.
    static let lock = Spinlock()
    nonisolated(unsafe) private static var armed: [Process] = []
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
            armed.removeAll(where: { $0 === process })
            process.signals.realTimerDeadline = value == 0 ? 0 : now + value
            process.signals.realTimerInterval = value == 0 ? 0 : interval
            if value != 0 { armed.append(process) }
            recomputeEarliest()
        }
        return old
    }

    static func disarm(_ process: Process) { set(process, value: 0, interval: 0) }

    /// Caller holds lock.
    private static func recomputeEarliest() {
        earliest = armed.reduce(UInt64.max) { min($0, $1.signals.realTimerDeadline) }
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
                        armed.remove(at: index)
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
