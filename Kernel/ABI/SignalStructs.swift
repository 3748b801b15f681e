// The structures of the signal syscalls as Linux x86_64 lays them out: the kernel's
// `struct sigaction` (rt_sigaction(2) — not glibc's 152-byte one), `stack_t`
// (sigaltstack(2)) and `siginfo_t` (128 bytes). Constants: Signals.swift; the frame pushed
// for a handler: SignalFrame.swift.

/// The kernel's `struct sigaction` as rt_sigaction(2) reads and writes it: 32 bytes,
/// `sa_mask` last (the C library's struct differs). Linux: arch/x86/include/asm/signal.h
/// (`struct sigaction` with `__ARCH_HAS_SA_RESTORER`), kernel sigset_t is one UInt64.
public struct KernelSigaction: Equatable, Sendable, BitwiseCopyable {
    /// The handler address, or `SignalHandler.SIG_DFL`/`SIG_IGN`.
    public var sa_handler: UInt64
    /// SA_* flags.
    public var sa_flags: SigactionFlags
    /// The return trampoline (user code that calls rt_sigreturn), with `SA_RESTORER`.
    public var sa_restorer: UInt64
    /// Signals blocked while the handler runs (signal n at bit n − 1).
    public var sa_mask: UInt64

    /// A default-action entry: handler SIG_DFL, no flags, empty mask.
    @inlinable
    public init(sa_handler: UInt64 = SignalHandler.SIG_DFL, sa_flags: SigactionFlags = [],
                sa_restorer: UInt64 = 0, sa_mask: UInt64 = 0) {
        self.sa_handler = sa_handler
        self.sa_flags = sa_flags
        self.sa_restorer = sa_restorer
        self.sa_mask = sa_mask
    }

    /// The size rt_sigaction(2) requires as its `sigsetsize` argument: the kernel sigset_t.
    @inlinable public static var sigsetSize: Int { 8 }
}

/// An alternate signal stack: `stack_t` of sigaltstack(2), also `uc_stack` in a signal
/// frame. 24 bytes. Linux: include/uapi/asm-generic/signal.h.
public struct SignalStack: Equatable, Sendable, BitwiseCopyable {
    /// The lowest address of the stack.
    public var ss_sp: UInt64
    /// `SignalStackFlags.SS_ONSTACK`, `SS_DISABLE`, `SS_AUTODISARM`.
    public var ss_flags: Int32
    /// The padding C puts before `ss_size`; always 0 here so no kernel bytes leak out.
    public var __pad: Int32
    /// The size of the stack in bytes.
    public var ss_size: UInt64

    /// A stack description; `SS_DISABLE` with no stack by default.
    @inlinable
    public init(ss_sp: UInt64 = 0, ss_flags: Int32 = SignalStackFlags.SS_DISABLE, ss_size: UInt64 = 0) {
        self.ss_sp = ss_sp
        self.ss_flags = ss_flags
        self.__pad = 0
        self.ss_size = ss_size
    }
}

/// `siginfo_t`: 128 bytes, three ints and a union. The union is stored as 14 words; the
/// accessors read the members Apus fills, at their Linux offsets (from the start of the
/// struct): `si_pid` 16 and `si_uid` 20 (kill, SIGCHLD, rt), `si_status` 24, `si_utime` 32
/// and `si_stime` 40 (SIGCHLD), `si_value` 24 (rt, timers), `si_addr` 16 (faults).
/// Linux: include/uapi/asm-generic/siginfo.h.
public struct SigInfo: Sendable, BitwiseCopyable {
    /// The signal number.
    public var si_signo: Int32
    /// An errno value, usually 0.
    public var si_errno: Int32
    /// Who or what sent the signal: `SigInfoCode`.
    public var si_code: Int32
    /// The padding before the 8-byte-aligned union.
    public var __pad0: Int32
    /// The union `_sifields`, as words (little-endian).
    public var _sifields: InlineArray<14, UInt64>

    /// An all-zero siginfo.
    @inlinable
    public init() {
        si_signo = 0
        si_errno = 0
        si_code = 0
        __pad0 = 0
        _sifields = InlineArray(repeating: 0)
    }

    /// A siginfo for `signo` with `code`, the union zeroed.
    @inlinable
    public init(signo: Int32, code: Int32, errno: Int32 = 0) {
        self.init()
        si_signo = signo
        si_code = code
        si_errno = errno
    }

    @inlinable func low(_ word: Int) -> UInt32 { UInt32(truncatingIfNeeded: _sifields[word]) }
    @inlinable func high(_ word: Int) -> UInt32 { UInt32(truncatingIfNeeded: _sifields[word] >> 32) }
    @inlinable mutating func setLow(_ word: Int, _ value: UInt32) {
        _sifields[word] = (_sifields[word] & 0xFFFF_FFFF_0000_0000) | UInt64(value)
    }
    @inlinable mutating func setHigh(_ word: Int, _ value: UInt32) {
        _sifields[word] = (_sifields[word] & 0xFFFF_FFFF) | (UInt64(value) << 32)
    }

    /// The sending process (kill, rt) or the child (SIGCHLD): offset 16.
    @inlinable public var si_pid: Int32 {
        get { Int32(bitPattern: low(0)) }
        set { setLow(0, UInt32(bitPattern: newValue)) }
    }
    /// The sender's real user id: offset 20.
    @inlinable public var si_uid: UInt32 {
        get { high(0) }
        set { setHigh(0, newValue) }
    }
    /// SIGCHLD: the exit code, or the signal that stopped/killed the child: offset 24.
    @inlinable public var si_status: Int32 {
        get { Int32(bitPattern: low(1)) }
        set { setLow(1, UInt32(bitPattern: newValue)) }
    }
    /// SIGCHLD: user CPU time in clock ticks: offset 32.
    @inlinable public var si_utime: Int64 {
        get { Int64(bitPattern: _sifields[2]) }
        set { _sifields[2] = UInt64(bitPattern: newValue) }
    }
    /// SIGCHLD: system CPU time in clock ticks: offset 40.
    @inlinable public var si_stime: Int64 {
        get { Int64(bitPattern: _sifields[3]) }
        set { _sifields[3] = UInt64(bitPattern: newValue) }
    }
    /// rt signals and timers: the `sigval` (an int or a pointer): offset 24.
    @inlinable public var si_value: UInt64 {
        get { _sifields[1] }
        set { _sifields[1] = newValue }
    }
    /// SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP: the faulting address: offset 16.
    @inlinable public var si_addr: UInt64 {
        get { _sifields[0] }
        set { _sifields[0] = newValue }
    }
}
