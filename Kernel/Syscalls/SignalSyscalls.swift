// The signal syscalls: actions, masks, pending, rt_sigreturn, sigaltstack, kill and
// friends, pause/rt_sigsuspend, and the ITIMER_REAL timer (alarm, setitimer, getitimer).
// The state is Signals/SignalState.swift; delivery is Signals/SignalDelivery.swift.
import KernelCore
import KernelSupport
import LinuxABI

enum SignalSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.rt_sigaction, "rt_sigaction", .bigLock, rtSigaction)
        table.add(SyscallNumber.rt_sigprocmask, "rt_sigprocmask", .unlocked, rtSigprocmask)
        table.add(SyscallNumber.rt_sigpending, "rt_sigpending", .unlocked, rtSigpending)
        table.add(SyscallNumber.rt_sigreturn, "rt_sigreturn", .unlocked, rtSigreturn)
        table.add(SyscallNumber.sigaltstack, "sigaltstack", .unlocked, sigaltstack)
        table.add(SyscallNumber.kill, "kill", .bigLock, kill)
        table.add(SyscallNumber.tkill, "tkill", .bigLock, tkill)
        table.add(SyscallNumber.tgkill, "tgkill", .bigLock, tgkill)
        table.add(SyscallNumber.pause, "pause", .unlocked, pause)
        table.add(SyscallNumber.rt_sigsuspend, "rt_sigsuspend", .unlocked, rtSigsuspend)
        table.add(SyscallNumber.alarm, "alarm", .unlocked, alarm)
        table.add(SyscallNumber.setitimer, "setitimer", .unlocked, setitimer)
        table.add(SyscallNumber.getitimer, "getitimer", .unlocked, getitimer)
        table.add(SyscallNumber.restart_syscall, "restart_syscall", .unlocked, restartSyscall)
        ProcessGroupSyscalls.register(&table)
    }

    /// Where pause and rt_sigsuspend sleep; only a signal's wake ends the sleep.
    static let suspended = WaitQueue()
    private static let sigsetSize = UInt64(KernelSigaction.sigsetSize)

    /// Linux: rt_sigaction(2).
    static func rtSigaction(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard args.a3 == sigsetSize else { throw .EINVAL }
        let new: KernelSigaction? = args.a1 != 0 ? try UserStruct.read(KernelSigaction(), at: args.a1) : nil
        guard let (signal, action) = SignalActions.validate(Int64(Int32(truncatingIfNeeded: args.a0)), newAction: new)
        else { throw .EINVAL }
        let process = args.process
        let old: KernelSigaction = Signals.lock.withLock {
            let old = process.signals.actions[signal]
            if let action {
                process.signals.actions[signal] = action
                Signals.flushIfIgnoredLocked(signal, process)
            }
            return old
        }
        if args.a2 != 0 { try UserStruct.write(old, to: args.a2) }
        return 0
    }

    /// Linux: rt_sigprocmask(2).
    static func rtSigprocmask(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard args.a3 == sigsetSize else { throw .EINVAL }
        let thread = Scheduler.current
        let old = thread.signals.blocked
        if args.a1 != 0 {
            let set = SignalSet(rawValue: try UserMemory.read(UInt64.self, at: args.a1)).blockable
            let how = Int32(truncatingIfNeeded: args.a0)
            let new: SignalSet
            switch how {
            case SigprocmaskHow.SIG_BLOCK: new = old.union(set)
            case SigprocmaskHow.SIG_UNBLOCK: new = old.subtracting(set)
            case SigprocmaskHow.SIG_SETMASK: new = set
            default: throw .EINVAL
            }
            Signals.lock.withLock { thread.signals.blocked = new }
            Signals.recalculate(thread)
        }
        if args.a2 != 0 { try UserMemory.write(old.rawValue, to: args.a2) }
        return 0
    }

    /// Linux: rt_sigpending(2): the blocked signals that are pending, for the thread or
    /// the process.
    static func rtSigpending(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard args.a1 <= sigsetSize else { throw .EINVAL }
        let thread = Scheduler.current
        let process = args.process
        let pending = Signals.lock.withLock {
            thread.signals.pending.set.union(process.signals.pending.set).intersection(thread.signals.blocked)
        }
        var word = pending.rawValue
        try withUnsafeBytes(of: &word) { bytes throws(Errno) in
            try UserMemory.copyOut(to: args.a0, from: bytes.baseAddress!, count: Int(args.a1))
        }
        return 0
    }

    /// Linux: rt_sigreturn(2). Returns the restored rax, which the dispatcher stores.
    static func rtSigreturn(_ args: SyscallArguments) throws(Errno) -> Int64 {
        SignalFrame.restore(args.frame, thread: Scheduler.current)
    }

    /// Linux: sigaltstack(2).
    static func sigaltstack(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let thread = Scheduler.current
        let sp = args.frame.pointee.rsp
        let new: SignalStack? = args.a0 != 0 ? try UserStruct.read(SignalStack(), at: args.a0) : nil
        let current = thread.signals.altStack
        let old = SignalStack(ss_sp: current.ss_sp,
                              ss_flags: SignalStackLayout.reportedFlags(sp, current) | current.ss_flags & SignalStackFlags.SS_AUTODISARM,
                              ss_size: current.ss_size)
        if let new {
            guard !SignalStackLayout.isOnAltStack(sp, current) else { throw .EPERM }
            switch SignalStackLayout.validate(new) {
            case .success(let stack): Signals.lock.withLock { thread.signals.altStack = stack }
            case .failure(let error): throw error
            }
        }
        if args.a1 != 0 { try UserStruct.write(old, to: args.a1) }
        return 0
    }

    /// kill(2)'s targets for `pid` (Linux kill_something_info): a process, the caller's
    /// group (0), every process but init and the caller (−1), or group −pid.
    private static func targets(_ pid: Int32, caller: Process) throws(Errno) -> [Process] {
        guard pid != Int32.min else { throw .ESRCH }
        let found: [Process] = ProcessTable.lock.withLock {
            if pid > 0 { return ProcessTable.findLocked(Int(pid)).map { [$0] } ?? [] }
            if pid == -1 { return ProcessTable.allLocked.filter { $0.pid > 1 && $0 !== caller } }
            let group = pid == 0 ? caller.pgid : Int(-pid)
            return ProcessTable.allLocked.filter { $0.pgid == group }
        }
        guard !found.isEmpty else { throw .ESRCH }
        return found
    }

    /// A signal number from a syscall argument: 0 (probe) or 1…64, else EINVAL.
    private static func signalNumber(_ raw: UInt64) throws(Errno) -> Signal? {
        let number = Int64(Int32(truncatingIfNeeded: raw))
        if number == 0 { return nil }
        guard let signal = Signal(checking: number) else { throw .EINVAL }
        return signal
    }

    /// Linux: kill(2). Every process runs as root, so there is no EPERM.
    static func kill(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let caller = args.process
        let found = try targets(Int32(truncatingIfNeeded: args.a0), caller: caller)
        guard let signal = try signalNumber(args.a1) else { return 0 }
        for process in found {
            guard Signals.send(Signals.userInfo(signal, from: caller), to: process) else { throw .EAGAIN }
        }
        return 0
    }

    /// The thread `tid` (of process `tgid`, if given): ESRCH when there is none.
    private static func thread(_ tid: Int, in tgid: Int?) throws(Errno) -> (Process, Thread) {
        let found: (Process, Thread)? = ProcessTable.lock.withLock {
            for process in ProcessTable.allLocked where process.state != .zombie && (tgid == nil || process.pid == tgid) {
                if let thread = process.threads.first(where: { $0.id == tid }) { return (process, thread) }
            }
            return nil
        }
        guard let found else { throw .ESRCH }
        return found
    }

    private static func sendToThread(_ tid: Int, tgid: Int?, _ rawSignal: UInt64, caller: Process) throws(Errno) -> Int64 {
        let (process, thread) = try thread(tid, in: tgid)
        guard let signal = try signalNumber(rawSignal) else { return 0 }
        let info = Signals.userInfo(signal, from: caller, code: SigInfoCode.SI_TKILL)
        guard Signals.send(info, to: process, thread: thread) else { throw .EAGAIN }
        return 0
    }

    /// Linux: tkill(2).
    static func tkill(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let tid = Int(Int32(truncatingIfNeeded: args.a0))
        guard tid > 0 else { throw .EINVAL }
        return try sendToThread(tid, tgid: nil, args.a1, caller: args.process)
    }

    /// Linux: tgkill(2).
    static func tgkill(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let tgid = Int(Int32(truncatingIfNeeded: args.a0)), tid = Int(Int32(truncatingIfNeeded: args.a1))
        guard tgid > 0, tid > 0 else { throw .EINVAL }
        return try sendToThread(tid, tgid: tgid, args.a2, caller: args.process)
    }

    /// Linux: restart_syscall(2): continues the interrupted sleep the thread saved; with
    /// nothing saved it is EINTR (Linux do_no_restart_syscall).
    static func restartSyscall(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let thread = Scheduler.current
        let deadline = thread.signals.restartDeadline
        guard deadline != 0 else { throw .EINTR }
        try SystemSyscalls.sleep(until: deadline, remaining: thread.signals.restartRemaining)
        return 0
    }

    /// Linux: pause(2). Ends only by a signal: EINTR after a handler, else it sleeps again
    /// (ERESTARTNOHAND).
    static func pause(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try? suspended.waitInterruptible(until: { false })
        throw .ERESTARTNOHAND
    }

    /// Linux: rt_sigsuspend(2): sleep with a temporary mask; the handler's frame saves
    /// the old mask, which rt_sigreturn (or the return, with no handler) puts back.
    static func rtSigsuspend(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard args.a1 == sigsetSize else { throw .EINVAL }
        let mask = SignalSet(rawValue: try UserMemory.read(UInt64.self, at: args.a0)).blockable
        let thread = Scheduler.current
        Signals.lock.withLock {
            thread.signals.savedMask = thread.signals.blocked
            thread.signals.blocked = mask
        }
        Signals.recalculate(thread)
        try? suspended.waitInterruptible(until: { false })
        throw .ERESTARTNOHAND
    }

    private static let nanosecondsPerSecond: UInt64 = 1_000_000_000
    private static let nanosecondsPerMicrosecond: UInt64 = 1000

    /// Linux: alarm(2).
    static func alarm(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let seconds = UInt64(UInt32(truncatingIfNeeded: args.a0))
        let old = SignalTimers.set(args.process, value: seconds * nanosecondsPerSecond, interval: 0)
        return Int64(AlarmRounding.secondsLeft(nanoseconds: old.left))
    }

    private static func nanoseconds(_ value: Timeval) -> UInt64 {
        UInt64(value.tv_sec) &* nanosecondsPerSecond &+ UInt64(value.tv_usec) * nanosecondsPerMicrosecond
    }

    private static func timeval(_ nanoseconds: UInt64) -> Timeval {
        Timeval(tv_sec: Int64(nanoseconds / nanosecondsPerSecond),
                tv_usec: Int64((nanoseconds % nanosecondsPerSecond) / nanosecondsPerMicrosecond))
    }

    private static func itimerval(_ state: (left: UInt64, interval: UInt64)) -> ITimerval {
        // A running timer never reads as 0 (Linux reports at least 1 µs).
        let left = state.left > 0 ? max(state.left, nanosecondsPerMicrosecond) : 0
        return ITimerval(it_interval: timeval(state.interval), it_value: timeval(left))
    }

    /// The timer `which` names: ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF, else EINVAL.
    private static func timer(_ raw: UInt64) throws(Errno) -> SignalTimers.CPUTimer? {
        guard raw >> 32 == 0 else { throw .EINVAL }
        switch Int32(truncatingIfNeeded: raw) {
        case ClockID.ITIMER_REAL: return nil
        case ClockID.ITIMER_VIRTUAL: return .virtual
        case ClockID.ITIMER_PROF: return .prof
        default: throw .EINVAL
        }
    }

    /// Linux: setitimer(2). A NULL new value disarms, as Linux still allows.
    static func setitimer(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let new = args.a1 != 0 ? try UserStruct.read(ITimerval(), at: args.a1) : ITimerval()
        guard new.it_value.isValid, new.it_interval.isValid else { throw .EINVAL }
        let which = try timer(args.a0)
        let value = nanoseconds(new.it_value), interval = nanoseconds(new.it_interval)
        let old = which.map { SignalTimers.set(args.process, $0, value: value, interval: interval) }
            ?? SignalTimers.set(args.process, value: value, interval: interval)
        if args.a2 != 0 { try UserStruct.write(itimerval(old), to: args.a2) }
        return 0
    }

    /// Linux: getitimer(2).
    static func getitimer(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let which = try timer(args.a0)
        let state = which.map { SignalTimers.current(args.process, $0) } ?? SignalTimers.current(args.process)
        try UserStruct.write(itimerval(state), to: args.a1)
        return 0
    }
}

/// Sleeping that a signal ends (nanosleep, clock_nanosleep): true when the deadline
/// passed, false when a signal is pending.
enum InterruptibleSleep {
    static func until(_ deadline: UInt64) -> Bool {
        let thread = Scheduler.current
        while Clock.nanosecondsSinceBoot() < deadline {
            if thread.signalPending { return false }
            Scheduler.sleep(until: deadline, interruptible: true)
        }
        return true
    }
}
