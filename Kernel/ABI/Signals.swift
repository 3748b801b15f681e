// Signal numbers and the constants of the signal syscalls on Linux x86_64
// (include/uapi/asm-generic/signal.h, arch/x86/include/uapi/asm/signal.h, siginfo.h).
// The structures are in SignalStructs.swift and SignalFrame.swift; sets, default actions and
// delivery order are Kernel/Core/SignalSet.swift.

/// A signal number, 1…64. Linux: signal(7), arch/x86/include/uapi/asm/signal.h.
public struct Signal: RawRepresentable, Hashable, Comparable, Sendable {
    /// The signal number.
    public let rawValue: Int32
    /// The signal `rawValue`, unchecked; use `init?(checking:)` for values from user space.
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The signal `number`, or nil outside 1…64 (kill(2) with signal 0 only checks
    /// permissions and is handled before a Signal exists).
    @inlinable
    public init?(checking number: Int64) {
        guard number >= 1 && number <= Int64(Signal.NSIG) else { return nil }
        self.rawValue = Int32(number)
    }

    /// The number of signals, and the highest one (Linux `_NSIG`, 64).
    @inlinable public static var NSIG: Int32 { 64 }

    @inlinable public static func < (lhs: Signal, rhs: Signal) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Hangup of the controlling terminal (Linux `SIGHUP`, 1).
    @inlinable public static var SIGHUP: Signal { Signal(rawValue: 1) }
    /// Interrupt from the keyboard (^C) (Linux `SIGINT`, 2).
    @inlinable public static var SIGINT: Signal { Signal(rawValue: 2) }
    /// Quit from the keyboard (^\) (Linux `SIGQUIT`, 3).
    @inlinable public static var SIGQUIT: Signal { Signal(rawValue: 3) }
    /// Illegal instruction (Linux `SIGILL`, 4).
    @inlinable public static var SIGILL: Signal { Signal(rawValue: 4) }
    /// Trace or breakpoint trap (Linux `SIGTRAP`, 5).
    @inlinable public static var SIGTRAP: Signal { Signal(rawValue: 5) }
    /// Abort, from abort(3) (Linux `SIGABRT`, 6).
    @inlinable public static var SIGABRT: Signal { Signal(rawValue: 6) }
    /// Bus error (bad memory access) (Linux `SIGBUS`, 7).
    @inlinable public static var SIGBUS: Signal { Signal(rawValue: 7) }
    /// Arithmetic exception (Linux `SIGFPE`, 8).
    @inlinable public static var SIGFPE: Signal { Signal(rawValue: 8) }
    /// Kill; cannot be caught, blocked or ignored (Linux `SIGKILL`, 9).
    @inlinable public static var SIGKILL: Signal { Signal(rawValue: 9) }
    /// User-defined signal 1 (Linux `SIGUSR1`, 10).
    @inlinable public static var SIGUSR1: Signal { Signal(rawValue: 10) }
    /// Invalid memory reference (Linux `SIGSEGV`, 11).
    @inlinable public static var SIGSEGV: Signal { Signal(rawValue: 11) }
    /// User-defined signal 2 (Linux `SIGUSR2`, 12).
    @inlinable public static var SIGUSR2: Signal { Signal(rawValue: 12) }
    /// Write to a pipe with no readers (Linux `SIGPIPE`, 13).
    @inlinable public static var SIGPIPE: Signal { Signal(rawValue: 13) }
    /// Timer from alarm(2) (Linux `SIGALRM`, 14).
    @inlinable public static var SIGALRM: Signal { Signal(rawValue: 14) }
    /// Termination request (Linux `SIGTERM`, 15).
    @inlinable public static var SIGTERM: Signal { Signal(rawValue: 15) }
    /// Coprocessor stack fault (unused) (Linux `SIGSTKFLT`, 16).
    @inlinable public static var SIGSTKFLT: Signal { Signal(rawValue: 16) }
    /// Child stopped, continued or terminated (Linux `SIGCHLD`, 17).
    @inlinable public static var SIGCHLD: Signal { Signal(rawValue: 17) }
    /// Continue if stopped (Linux `SIGCONT`, 18).
    @inlinable public static var SIGCONT: Signal { Signal(rawValue: 18) }
    /// Stop; cannot be caught, blocked or ignored (Linux `SIGSTOP`, 19).
    @inlinable public static var SIGSTOP: Signal { Signal(rawValue: 19) }
    /// Stop from the keyboard (^Z) (Linux `SIGTSTP`, 20).
    @inlinable public static var SIGTSTP: Signal { Signal(rawValue: 20) }
    /// Terminal input for a background process (Linux `SIGTTIN`, 21).
    @inlinable public static var SIGTTIN: Signal { Signal(rawValue: 21) }
    /// Terminal output for a background process (Linux `SIGTTOU`, 22).
    @inlinable public static var SIGTTOU: Signal { Signal(rawValue: 22) }
    /// Urgent condition on a socket (Linux `SIGURG`, 23).
    @inlinable public static var SIGURG: Signal { Signal(rawValue: 23) }
    /// CPU time limit exceeded (Linux `SIGXCPU`, 24).
    @inlinable public static var SIGXCPU: Signal { Signal(rawValue: 24) }
    /// File size limit exceeded (Linux `SIGXFSZ`, 25).
    @inlinable public static var SIGXFSZ: Signal { Signal(rawValue: 25) }
    /// Virtual alarm clock (Linux `SIGVTALRM`, 26).
    @inlinable public static var SIGVTALRM: Signal { Signal(rawValue: 26) }
    /// Profiling timer expired (Linux `SIGPROF`, 27).
    @inlinable public static var SIGPROF: Signal { Signal(rawValue: 27) }
    /// Window resize (Linux `SIGWINCH`, 28).
    @inlinable public static var SIGWINCH: Signal { Signal(rawValue: 28) }
    /// I/O now possible (also SIGPOLL) (Linux `SIGIO`, 29).
    @inlinable public static var SIGIO: Signal { Signal(rawValue: 29) }
    /// Power failure (Linux `SIGPWR`, 30).
    @inlinable public static var SIGPWR: Signal { Signal(rawValue: 30) }
    /// Bad system call (Linux `SIGSYS`, 31).
    @inlinable public static var SIGSYS: Signal { Signal(rawValue: 31) }
    /// Abort; the same number as `SIGABRT` (Linux `SIGIOT`).
    @inlinable public static var SIGIOT: Signal { SIGABRT }
    /// Pollable event; the same number as `SIGIO` (Linux `SIGPOLL`).
    @inlinable public static var SIGPOLL: Signal { SIGIO }
    /// The first real-time signal as the kernel counts (Linux `SIGRTMIN`, 32; glibc's
    /// `SIGRTMIN()` is 34 because NPTL keeps 32 and 33 for itself).
    @inlinable public static var SIGRTMIN: Signal { Signal(rawValue: 32) }
    /// The last real-time signal (Linux `SIGRTMAX`, 64).
    @inlinable public static var SIGRTMAX: Signal { Signal(rawValue: 64) }

    /// True for 32…64.
    @inlinable public var isRealTime: Bool { rawValue >= 32 && rawValue <= 64 }

    /// The Linux name (`"SIGINT"`); real-time signals, which Linux names `SIGRTMIN+n`,
    /// give `"SIGRT"`; anything else `"SIG?"`.
    public var name: StaticString {
        switch rawValue {
        case 1: return "SIGHUP"
        case 2: return "SIGINT"
        case 3: return "SIGQUIT"
        case 4: return "SIGILL"
        case 5: return "SIGTRAP"
        case 6: return "SIGABRT"
        case 7: return "SIGBUS"
        case 8: return "SIGFPE"
        case 9: return "SIGKILL"
        case 10: return "SIGUSR1"
        case 11: return "SIGSEGV"
        case 12: return "SIGUSR2"
        case 13: return "SIGPIPE"
        case 14: return "SIGALRM"
        case 15: return "SIGTERM"
        case 16: return "SIGSTKFLT"
        case 17: return "SIGCHLD"
        case 18: return "SIGCONT"
        case 19: return "SIGSTOP"
        case 20: return "SIGTSTP"
        case 21: return "SIGTTIN"
        case 22: return "SIGTTOU"
        case 23: return "SIGURG"
        case 24: return "SIGXCPU"
        case 25: return "SIGXFSZ"
        case 26: return "SIGVTALRM"
        case 27: return "SIGPROF"
        case 28: return "SIGWINCH"
        case 29: return "SIGIO"
        case 30: return "SIGPWR"
        case 31: return "SIGSYS"
        case 32...64: return "SIGRT"
        default: return "SIG?"
        }
    }
}

/// The flags of the kernel's `struct sigaction` (`sa_flags`, an unsigned long).
/// Linux: arch/x86/include/uapi/asm/signal.h, include/uapi/asm-generic/signal-defs.h.
public struct SigactionFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// SIGCHLD only for terminated children, not stopped ones (Linux `SA_NOCLDSTOP`).
    @inlinable public static var SA_NOCLDSTOP: SigactionFlags { SigactionFlags(rawValue: 0x0000_0001) }
    /// Children do not become zombies (Linux `SA_NOCLDWAIT`).
    @inlinable public static var SA_NOCLDWAIT: SigactionFlags { SigactionFlags(rawValue: 0x0000_0002) }
    /// The handler takes (signo, siginfo_t *, ucontext *) (Linux `SA_SIGINFO`).
    @inlinable public static var SA_SIGINFO: SigactionFlags { SigactionFlags(rawValue: 0x0000_0004) }
    /// A bit the kernel never supports, to probe for flag support (Linux `SA_UNSUPPORTED`).
    @inlinable public static var SA_UNSUPPORTED: SigactionFlags { SigactionFlags(rawValue: 0x0000_0400) }
    /// Keep tag bits in si_addr (Linux `SA_EXPOSE_TAGBITS`).
    @inlinable public static var SA_EXPOSE_TAGBITS: SigactionFlags { SigactionFlags(rawValue: 0x0000_0800) }
    /// `sa_restorer` holds the return trampoline; x86_64 requires it (Linux `SA_RESTORER`).
    @inlinable public static var SA_RESTORER: SigactionFlags { SigactionFlags(rawValue: 0x0400_0000) }
    /// Run the handler on the alternate signal stack (Linux `SA_ONSTACK`).
    @inlinable public static var SA_ONSTACK: SigactionFlags { SigactionFlags(rawValue: 0x0800_0000) }
    /// Restart interrupted syscalls (Linux `SA_RESTART`).
    @inlinable public static var SA_RESTART: SigactionFlags { SigactionFlags(rawValue: 0x1000_0000) }
    /// Do not block the signal while its handler runs (Linux `SA_NODEFER`).
    @inlinable public static var SA_NODEFER: SigactionFlags { SigactionFlags(rawValue: 0x4000_0000) }
    /// Reset to SIG_DFL when the handler is entered (Linux `SA_RESETHAND`).
    @inlinable public static var SA_RESETHAND: SigactionFlags { SigactionFlags(rawValue: 0x8000_0000) }
}

/// The `how` of rt_sigprocmask(2). Linux: include/uapi/asm-generic/signal-defs.h.
public enum SigprocmaskHow {
    /// Add the set to the blocked signals (Linux `SIG_BLOCK`).
    @inlinable public static var SIG_BLOCK: Int32 { 0 }
    /// Remove the set from the blocked signals (Linux `SIG_UNBLOCK`).
    @inlinable public static var SIG_UNBLOCK: Int32 { 1 }
    /// Replace the blocked signals (Linux `SIG_SETMASK`).
    @inlinable public static var SIG_SETMASK: Int32 { 2 }
}

/// The special `sa_handler` values. Linux: include/uapi/asm-generic/signal-defs.h.
public enum SignalHandler {
    /// The default action (Linux `SIG_DFL`, 0).
    @inlinable public static var SIG_DFL: UInt64 { 0 }
    /// Ignore the signal (Linux `SIG_IGN`, 1).
    @inlinable public static var SIG_IGN: UInt64 { 1 }
    /// signal(2)'s error return (Linux `SIG_ERR`, −1).
    @inlinable public static var SIG_ERR: UInt64 { UInt64.max }
}

/// `ss_flags` of sigaltstack(2) and the stack sizes. Linux: include/uapi/linux/signal.h,
/// arch/x86/include/uapi/asm/signal.h.
public enum SignalStackFlags {
    /// The thread is running on the alternate stack (Linux `SS_ONSTACK`).
    @inlinable public static var SS_ONSTACK: Int32 { 1 }
    /// The alternate stack is disabled (Linux `SS_DISABLE`).
    @inlinable public static var SS_DISABLE: Int32 { 2 }
    /// Disarm the stack while a handler runs on it (Linux `SS_AUTODISARM`).
    @inlinable public static var SS_AUTODISARM: Int32 { Int32(bitPattern: 0x8000_0000) }
    /// The smallest alternate stack sigaltstack accepts (Linux `MINSIGSTKSZ`).
    @inlinable public static var MINSIGSTKSZ: UInt64 { 2048 }
    /// The suggested alternate stack size (Linux `SIGSTKSZ`).
    @inlinable public static var SIGSTKSZ: UInt64 { 8192 }
}

/// `si_code` values: who sent a signal, or why the kernel did. Linux:
/// include/uapi/asm-generic/siginfo.h.
public enum SigInfoCode {
    /// Sent by kill(2) (Linux `SI_USER`).
    @inlinable public static var SI_USER: Int32 { 0 }
    /// Sent by the kernel (Linux `SI_KERNEL`).
    @inlinable public static var SI_KERNEL: Int32 { 0x80 }
    /// Sent by sigqueue(3) (Linux `SI_QUEUE`).
    @inlinable public static var SI_QUEUE: Int32 { -1 }
    /// Sent by tkill(2) or tgkill(2) (Linux `SI_TKILL`).
    @inlinable public static var SI_TKILL: Int32 { -6 }
    /// SIGCHLD: the child exited (Linux `CLD_EXITED`).
    @inlinable public static var CLD_EXITED: Int32 { 1 }
    /// SIGCHLD: the child was killed (Linux `CLD_KILLED`).
    @inlinable public static var CLD_KILLED: Int32 { 2 }
    /// SIGCHLD: the child was killed and dumped core (Linux `CLD_DUMPED`).
    @inlinable public static var CLD_DUMPED: Int32 { 3 }
    /// SIGCHLD: a traced child trapped (Linux `CLD_TRAPPED`).
    @inlinable public static var CLD_TRAPPED: Int32 { 4 }
    /// SIGCHLD: the child stopped (Linux `CLD_STOPPED`).
    @inlinable public static var CLD_STOPPED: Int32 { 5 }
    /// SIGCHLD: the stopped child continued (Linux `CLD_CONTINUED`).
    @inlinable public static var CLD_CONTINUED: Int32 { 6 }
    /// SIGSEGV: the address is not mapped (Linux `SEGV_MAPERR`).
    @inlinable public static var SEGV_MAPERR: Int32 { 1 }
    /// SIGSEGV: the mapping forbids the access (Linux `SEGV_ACCERR`).
    @inlinable public static var SEGV_ACCERR: Int32 { 2 }
    /// SIGBUS: nonexistent physical address (Linux `BUS_ADRERR`).
    @inlinable public static var BUS_ADRERR: Int32 { 2 }
    /// SIGILL: illegal opcode (Linux `ILL_ILLOPC`).
    @inlinable public static var ILL_ILLOPC: Int32 { 1 }
    /// SIGFPE: integer divide by zero (Linux `FPE_INTDIV`).
    @inlinable public static var FPE_INTDIV: Int32 { 1 }
    /// SIGTRAP: breakpoint (Linux `TRAP_BRKPT`).
    @inlinable public static var TRAP_BRKPT: Int32 { 1 }
}
