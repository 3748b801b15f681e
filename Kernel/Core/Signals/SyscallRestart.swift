// What happens to a syscall a signal interrupted (Linux arch/x86/kernel/signal.c
// handle_signal and arch_do_signal_or_restart): the kernel-only restart codes become
// EINTR or a restart of the same syscall.
import LinuxABI

public enum SyscallRestart: Equatable, Sendable {
    /// Return -EINTR to the program.
    case interrupt
    /// Run the syscall again (rax = its number, rip back over the `syscall` instruction).
    case restart
    /// Continue through restart_syscall(2) (rax = its number, rip back).
    case restartBlock
    /// Not a restart code: leave the result alone.
    case keep

    /// The outcome for `error` when a handler with `flags` runs (`handler` nil: none runs).
    public static func decide(_ error: Errno, handler flags: SigactionFlags?) -> SyscallRestart {
        guard error.isRestart else { return .keep }
        guard let flags else { return error == .ERESTART_RESTARTBLOCK ? .restartBlock : .restart }
        if error == .ERESTARTSYS && flags.contains(.SA_RESTART) { return .restart }
        return .interrupt
    }

    /// The length of the `syscall` instruction (0F 05), which a restart backs over.
    public static var syscallInstructionLength: UInt64 { 2 }
}
