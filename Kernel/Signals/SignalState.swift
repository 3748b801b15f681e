// The signal state the kernel keeps per process (Linux `struct signal_struct` and
// `struct sighand_struct`) and per thread (`task_struct`'s blocked, pending, sas_ss_*).
// Everything here is guarded by Signals.lock unless a field says otherwise.
import KernelCore
import LinuxABI

final class ProcessSignals {
    /// rt_sigaction's table.
    var actions = SignalActions()
    /// Signals sent to the process as a whole (kill), taken by whichever thread can.
    var pending = PendingSignals()
    /// Stopped by a stop signal until SIGCONT or SIGKILL. Read without the lock by the
    /// stopped thread's wait condition (a Bool; written only under the lock).
    var stopped = false
    /// Counts SIGCONTs sent, so a stop dequeued before a SIGCONT arrived does not happen.
    var continueCount: UInt64 = 0
    /// PID 1: default actions do not apply to it unless a fault forces them (Linux
    /// SIGNAL_UNKILLABLE).
    var unkillable = false
    /// The process is exiting: nothing more is queued.
    var exiting = false
    /// Where a stopped thread sleeps until it is continued.
    let continued = WaitQueue()
    /// Job-control events wait4 has not reported yet (guarded by ProcessTable.lock):
    /// the signal that stopped the process, and a continue.
    var unreportedStop: Signal? = nil
    var unreportedContinue = false
    /// ITIMER_REAL: the deadline in Clock nanoseconds (0 = disarmed) and the reload
    /// interval (guarded by SignalTimers' lock).
    var realTimerDeadline: UInt64 = 0
    var realTimerInterval: UInt64 = 0
    /// ITIMER_VIRTUAL (user time) and ITIMER_PROF (user + system time): nanoseconds left
    /// (0 = disarmed) and reload intervals, charged a tick at a time (guarded by
    /// SignalTimers' lock).
    var virtualTimer: (left: UInt64, interval: UInt64) = (0, 0)
    var profTimer: (left: UInt64, interval: UInt64) = (0, 0)
    /// The blocked mask the first thread starts with (fork copies the parent's).
    var initialMask = SignalSet()
    var initialAltStack = SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)
}

struct ThreadSignals {
    /// rt_sigprocmask's mask.
    var blocked = SignalSet()
    /// Signals sent to this thread (tkill, faults).
    var pending = PendingSignals()
    /// sigaltstack's stack.
    var altStack = SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)
    /// rt_sigsuspend's saved mask: restored after the handler frame is built (the frame
    /// records it as uc_sigmask), or on return when no handler runs.
    var savedMask: SignalSet? = nil
    /// The last fault's vector, error code and address, for sigcontext trapno/err/cr2.
    var trapNumber: UInt64 = 0
    var errorCode: UInt64 = 0
    var faultAddress: UInt64 = 0
    /// What restart_syscall continues (Linux `restart_block`): an interrupted relative
    /// sleep's deadline (0 = nothing to continue) and where its time left goes.
    var restartDeadline: UInt64 = 0
    var restartRemaining: UInt64 = 0
    /// rt_sigreturn replaced every register: return through iretq.
    var frameReplaced = false
}
