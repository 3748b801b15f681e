// Where a signal frame goes on the user stack (Linux arch/x86/kernel/signal.c get_sigframe,
// fpu__alloc_mathframe) and the alternate-stack rules of sigaltstack(2)
// (kernel/signal.c on_sig_stack, sas_ss_flags, do_sigaltstack).
import LinuxABI

public enum SignalStackLayout {
    /// The x86_64 ABI's red zone below rsp, which a frame must not overwrite.
    public static var redZone: UInt64 { 128 }
    /// The fxsave image Apus saves (no xsave extension area).
    public static var fpuStateSize: UInt64 { 512 }
    /// The FPU image is 64-byte aligned (xsave's requirement, kept for fxsave too).
    public static var fpuStateAlignment: UInt64 { 64 }

    /// True when `sp` lies on the alternate stack (Linux on_sig_stack: an SS_AUTODISARM
    /// stack never counts, since it is disarmed while in use).
    public static func isOnAltStack(_ sp: UInt64, _ stack: SignalStack) -> Bool {
        if stack.ss_flags & SignalStackFlags.SS_AUTODISARM != 0 { return false }
        return sp > stack.ss_sp && sp &- stack.ss_sp <= stack.ss_size
    }

    /// `ss_flags` as sigaltstack(2) and uc_stack report them (Linux sas_ss_flags).
    public static func reportedFlags(_ sp: UInt64, _ stack: SignalStack) -> Int32 {
        if stack.ss_size == 0 { return SignalStackFlags.SS_DISABLE }
        return isOnAltStack(sp, stack) ? SignalStackFlags.SS_ONSTACK : 0
    }

    /// The frame and FPU-image addresses for a handler entered from user `sp`, or nil when
    /// the frame would overflow the alternate stack (Linux then kills with SIGSEGV).
    public static func place(sp userSP: UInt64, stack: SignalStack, onStack: Bool,
                             frameSize: UInt64) -> (frame: UInt64, fpstate: UInt64, switched: Bool)? {
        let nested = reportedFlags(userSP, stack) & SignalStackFlags.SS_ONSTACK != 0
        var sp = userSP &- redZone
        var switched = false
        if onStack && reportedFlags(sp, stack) == 0 {
            sp = stack.ss_sp &+ stack.ss_size
            switched = true
        }
        sp = (sp &- fpuStateSize) & ~(fpuStateAlignment - 1)
        let fpstate = sp
        sp = ((sp &- frameSize) & ~UInt64(15)) &- 8
        if (nested || switched) && !(sp > stack.ss_sp && sp &- stack.ss_sp <= stack.ss_size) { return nil }
        return (sp, fpstate, switched)
    }

    /// sigaltstack(2)'s checks on a new stack (Linux do_sigaltstack): mode SS_DISABLE,
    /// SS_ONSTACK or 0 (plus SS_AUTODISARM), else EINVAL; an enabled stack smaller than
    /// MINSIGSTKSZ is ENOMEM. A disabled stack is stored as all zero.
    public static func validate(_ new: SignalStack) -> Result<SignalStack, Errno> {
        let mode = new.ss_flags & ~SignalStackFlags.SS_AUTODISARM
        guard mode == SignalStackFlags.SS_DISABLE || mode == SignalStackFlags.SS_ONSTACK || mode == 0 else {
            return .failure(.EINVAL)
        }
        if mode == SignalStackFlags.SS_DISABLE { return .success(SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)) }
        guard new.ss_size >= SignalStackFlags.MINSIGSTKSZ else { return .failure(.ENOMEM) }
        return .success(SignalStack(ss_sp: new.ss_sp, ss_flags: new.ss_flags & SignalStackFlags.SS_AUTODISARM,
                                    ss_size: new.ss_size))
    }
}
