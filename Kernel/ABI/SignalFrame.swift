// What Linux x86_64 pushes on the user stack to run a signal handler, and what
// rt_sigreturn(2) reads back: `struct rt_sigframe` = return address (`pretcode`, the
// `sa_restorer`), `struct ucontext` (with `struct sigcontext` as `uc_mcontext`) and
// `siginfo_t`; the FPU state follows elsewhere, pointed to by `fpstate`.
// Linux: arch/x86/include/asm/sigframe.h, arch/x86/include/uapi/asm/sigcontext.h,
// include/uapi/asm-generic/ucontext.h, arch/x86/kernel/signal_64.c.

/// The saved user registers: `struct sigcontext` (x86_64), 256 bytes; also glibc's
/// `mcontext_t` (gregs[23] in this order, then fpregs, then 8 reserved words).
/// Linux: arch/x86/include/uapi/asm/sigcontext.h.
public struct SigContext: Sendable, BitwiseCopyable {
    /// Saved `r8`.
    public var r8: UInt64
    /// Saved `r9`.
    public var r9: UInt64
    /// Saved `r10`.
    public var r10: UInt64
    /// Saved `r11`.
    public var r11: UInt64
    /// Saved `r12`.
    public var r12: UInt64
    /// Saved `r13`.
    public var r13: UInt64
    /// Saved `r14`.
    public var r14: UInt64
    /// Saved `r15`.
    public var r15: UInt64
    /// Saved `rdi`.
    public var rdi: UInt64
    /// Saved `rsi`.
    public var rsi: UInt64
    /// Saved `rbp`.
    public var rbp: UInt64
    /// Saved `rbx`.
    public var rbx: UInt64
    /// Saved `rdx`.
    public var rdx: UInt64
    /// Saved `rax`.
    public var rax: UInt64
    /// Saved `rcx`.
    public var rcx: UInt64
    /// Saved `rsp`.
    public var rsp: UInt64
    /// Saved `rip`.
    public var rip: UInt64
    /// RFLAGS.
    public var eflags: UInt64
    /// Code segment selector.
    public var cs: UInt16
    /// Saved `gs`.
    public var gs: UInt16
    /// Saved `fs`.
    public var fs: UInt16
    /// Stack segment selector (saved when `UContext.UC_SIGCONTEXT_SS` is set).
    public var ss: UInt16
    /// The exception's error code (page faults: the PF error code).
    public var err: UInt64
    /// The exception vector (14 for a page fault).
    public var trapno: UInt64
    /// The first word of the blocked mask (legacy; rt_sigreturn uses `uc_sigmask`).
    public var oldmask: UInt64
    /// The faulting address of a page fault.
    public var cr2: UInt64
    /// User address of the saved FPU state (fxsave/xsave image), 0 when there is none.
    public var fpstate: UInt64
    /// Reserved; zero.
    public var reserved1: InlineArray<8, UInt64>

    /// All registers zero.
    @inlinable
    public init() {
        r8 = 0; r9 = 0; r10 = 0; r11 = 0; r12 = 0; r13 = 0; r14 = 0; r15 = 0
        rdi = 0; rsi = 0; rbp = 0; rbx = 0; rdx = 0; rax = 0; rcx = 0; rsp = 0; rip = 0
        eflags = 0; cs = 0; gs = 0; fs = 0; ss = 0
        err = 0; trapno = 0; oldmask = 0; cr2 = 0; fpstate = 0
        reserved1 = InlineArray(repeating: 0)
    }
}

/// The user context saved for a handler: `struct ucontext` as the kernel writes it, 304
/// bytes (glibc's `ucontext_t` agrees up to `uc_sigmask`, then carries a 128-byte mask and
/// more). Linux: include/uapi/asm-generic/ucontext.h.
public struct UContext: Sendable, BitwiseCopyable {
    /// `UC_*` flags.
    public var uc_flags: UInt64
    /// Unused by the kernel; zero.
    public var uc_link: UInt64
    /// The alternate stack in force when the signal arrived.
    public var uc_stack: SignalStack
    /// The interrupted registers.
    public var uc_mcontext: SigContext
    /// The blocked mask to restore on rt_sigreturn (kernel sigset_t).
    public var uc_sigmask: UInt64

    /// All zero, stack disabled.
    @inlinable
    public init() {
        uc_flags = 0
        uc_link = 0
        uc_stack = SignalStack()
        uc_mcontext = SigContext()
        uc_sigmask = 0
    }

    /// `fpstate` points at an xsave image (Linux `UC_FP_XSTATE`).
    @inlinable public static var UC_FP_XSTATE: UInt64 { 0x1 }
    /// `uc_mcontext.ss` holds the saved SS (Linux `UC_SIGCONTEXT_SS`).
    @inlinable public static var UC_SIGCONTEXT_SS: UInt64 { 0x2 }
    /// rt_sigreturn restores SS strictly (Linux `UC_STRICT_RESTORE_SS`).
    @inlinable public static var UC_STRICT_RESTORE_SS: UInt64 { 0x4 }
}

/// The frame a handler starts on: at entry `rsp` points at `pretcode`, so `ret` enters the
/// restorer; `rsi` = &info, `rdx` = &uc. 440 bytes. Linux places it so that
/// `(address of the frame + 8)` is 16-byte aligned, as after a call
/// (arch/x86/kernel/signal.c get_sigframe). Linux: arch/x86/include/asm/sigframe.h.
public struct RtSigframe: Sendable, BitwiseCopyable {
    /// The return address: the `sa_restorer` trampoline (which calls rt_sigreturn).
    public var pretcode: UInt64
    /// The interrupted context.
    public var uc: UContext
    /// What the handler receives as its second argument.
    public var info: SigInfo

    /// All zero.
    @inlinable
    public init() {
        pretcode = 0
        uc = UContext()
        info = SigInfo()
    }

    /// Offset of `uc` in the frame (what the handler gets in `rdx`, minus the frame address).
    @inlinable public static var ucOffset: Int { 8 }
    /// Offset of `info` in the frame (what the handler gets in `rsi`, minus the frame address).
    @inlinable public static var infoOffset: Int { 8 + 304 }
}
