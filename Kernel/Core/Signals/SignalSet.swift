// A set of signals as the kernel keeps it: the 64-bit kernel sigset_t, signal n at bit n−1
// (Linux include/linux/signal.h sigaddset/sigdelset/sigismember). Also the fixed sets the
// rules need: the signals that cannot be caught or blocked, the stop signals, and the
// synchronous (fault) signals that are delivered first.
import LinuxABI

/// A set of signals 1…64. Linux: `sigset_t` (one word on x86_64).
public struct SignalSet: Equatable, Sendable {
    /// The mask word: signal n is bit n − 1.
    public var rawValue: UInt64
    @inlinable public init(rawValue: UInt64 = 0) { self.rawValue = rawValue }

    /// The set holding `signals`.
    @inlinable
    public init(_ signals: [Signal]) {
        rawValue = 0
        for signal in signals { insert(signal) }
    }

    @inlinable static func bit(_ signal: Signal) -> UInt64 { 1 << UInt64(signal.rawValue - 1) }

    @inlinable public func contains(_ signal: Signal) -> Bool { rawValue & Self.bit(signal) != 0 }
    @inlinable public mutating func insert(_ signal: Signal) { rawValue |= Self.bit(signal) }
    @inlinable public mutating func remove(_ signal: Signal) { rawValue &= ~Self.bit(signal) }
    @inlinable public var isEmpty: Bool { rawValue == 0 }
    @inlinable public func union(_ other: SignalSet) -> SignalSet { SignalSet(rawValue: rawValue | other.rawValue) }
    @inlinable public func intersection(_ other: SignalSet) -> SignalSet { SignalSet(rawValue: rawValue & other.rawValue) }
    @inlinable public func subtracting(_ other: SignalSet) -> SignalSet { SignalSet(rawValue: rawValue & ~other.rawValue) }

    /// The lowest-numbered signal in the set, or nil when empty.
    @inlinable
    public var lowest: Signal? {
        guard rawValue != 0 else { return nil }
        return Signal(rawValue: Int32(rawValue.trailingZeroBitCount) + 1)
    }

    /// SIGKILL and SIGSTOP: never caught, blocked or ignored (Linux `SIG_KERNEL_ONLY_MASK`).
    public static var unblockable: SignalSet { SignalSet([.SIGKILL, .SIGSTOP]) }
    /// The stop signals (Linux `SIG_KERNEL_STOP_MASK`).
    public static var stopSignals: SignalSet { SignalSet([.SIGSTOP, .SIGTSTP, .SIGTTIN, .SIGTTOU]) }
    /// Signals raised synchronously by faults, which Linux dequeues before any other
    /// (kernel/signal.c `SYNCHRONOUS_MASK`).
    public static var synchronous: SignalSet { SignalSet([.SIGSEGV, .SIGBUS, .SIGILL, .SIGTRAP, .SIGFPE, .SIGSYS]) }

    /// A mask as user space asked for it, with SIGKILL and SIGSTOP taken out (rt_sigprocmask,
    /// sa_mask, rt_sigreturn's uc_sigmask all do this).
    @inlinable public var blockable: SignalSet { subtracting(.unblockable) }
}
