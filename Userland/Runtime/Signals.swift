// Signals: sets, rt_sigaction with the Runtime's own restorer (start.S: apus_restore_rt
// calls rt_sigreturn), rt_sigprocmask and rt_sigpending. Signal numbers and SA_* flags
// are LinuxABI's (Kernel/ABI/Signals.swift). Linux: signal(7).
import CRuntime
import LinuxABI

/// A set of signals (the kernel's 64-bit `sigset_t`; signal n is bit n-1).
public struct SignalSet: Hashable, Sendable {
    /// The kernel's mask word.
    public var rawValue: UInt64
    @inlinable public init(rawValue: UInt64 = 0) { self.rawValue = rawValue }
    /// The set holding `signals`.
    public init(_ signals: [Signal]) {
        rawValue = 0
        for s in signals { insert(s) }
    }
    /// Adds `signal`.
    public mutating func insert(_ signal: Signal) { rawValue |= 1 << UInt64(signal.rawValue - 1) }
    /// Whether `signal` is in the set.
    public func contains(_ signal: Signal) -> Bool { rawValue & (1 << UInt64(signal.rawValue - 1)) != 0 }
}

/// What to do when a signal arrives.
public enum SignalAction {
    /// `SIG_DFL`.
    case `default`
    /// `SIG_IGN`.
    case ignore
    /// A handler, entered with the signal number and returning through rt_sigreturn.
    case handler(@convention(c) (Int32) -> Void)
}

/// Linux: rt_sigaction(2). Handlers return through the Runtime's restorer. Returns the
/// previous handler's raw value (0 `SIG_DFL`, 1 `SIG_IGN`, else an address).
@discardableResult
public func sigaction(_ signal: Signal, _ action: SignalAction, flags: SigactionFlags = [],
                      mask: SignalSet = SignalSet()) throws(Errno) -> UInt {
    var new = KernelSigaction()
    switch action {
    case .default: new.sa_handler = SignalHandler.SIG_DFL
    case .ignore: new.sa_handler = SignalHandler.SIG_IGN
    case .handler(let function): new.sa_handler = UInt64(unsafeBitCast(function, to: UInt.self))
    }
    new.sa_flags = flags.union(.SA_RESTORER)
    new.sa_restorer = UInt64(unsafeBitCast(apus_restore_rt as @convention(c) () -> Void, to: UInt.self))
    new.sa_mask = mask.rawValue
    var old = KernelSigaction()
    let r = withUnsafeMutablePointer(to: &new) { n in
        withUnsafeMutablePointer(to: &old) {
            rawSyscall(SyscallNumber.rt_sigaction, Int(signal.rawValue), arg(n), arg($0), KernelSigaction.sigsetSize)
        }
    }
    _ = try checked(r)
    return UInt(old.sa_handler)
}

/// Linux: rt_sigprocmask(2); `how` is `SigprocmaskHow.SIG_BLOCK`, `SIG_UNBLOCK` or
/// `SIG_SETMASK`. Returns the previous mask.
@discardableResult
public func sigprocmask(_ how: Int32, _ set: SignalSet) throws(Errno) -> SignalSet {
    var new = set.rawValue
    var old: UInt64 = 0
    let r = withUnsafeMutablePointer(to: &new) { n in
        withUnsafeMutablePointer(to: &old) { rawSyscall(SyscallNumber.rt_sigprocmask, Int(how), arg(n), arg($0), 8) }
    }
    _ = try checked(r)
    return SignalSet(rawValue: old)
}

/// Linux: rt_sigpending(2): the blocked signals waiting for delivery.
public func sigpending() throws(Errno) -> SignalSet {
    var set: UInt64 = 0
    let r = withUnsafeMutablePointer(to: &set) { rawSyscall(SyscallNumber.rt_sigpending, arg($0), 8) }
    _ = try checked(r)
    return SignalSet(rawValue: set)
}
