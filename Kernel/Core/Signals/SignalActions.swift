// The per-process table of signal actions (Linux `struct sighand_struct`): what
// rt_sigaction(2) reads and writes, and what execve(2) does to it.
import LinuxABI

/// The 64 actions of a process, indexed by signal number.
public struct SignalActions: Sendable {
    private var entries: [KernelSigaction]

    /// Every signal at SIG_DFL.
    public init() { entries = [KernelSigaction](repeating: KernelSigaction(), count: Int(Signal.NSIG)) }

    public subscript(signal: Signal) -> KernelSigaction {
        get { entries[Int(signal.rawValue) - 1] }
        set { entries[Int(signal.rawValue) - 1] = newValue }
    }

    /// The flags rt_sigaction keeps; others read back as clear, so a program can probe
    /// (Linux `UAPI_SA_FLAGS` with x86's SA_RESTORER).
    public static var supportedFlags: SigactionFlags {
        [.SA_NOCLDSTOP, .SA_NOCLDWAIT, .SA_SIGINFO, .SA_ONSTACK, .SA_RESTART, .SA_NODEFER,
         .SA_RESETHAND, .SA_EXPOSE_TAGBITS, .SA_RESTORER]
    }

    /// rt_sigaction's checks and normalisation (Linux do_sigaction): signal 1…64, no
    /// action for SIGKILL/SIGSTOP (EINVAL); unknown flags dropped; SIGKILL and SIGSTOP
    /// taken out of sa_mask. Returns the action to store.
    public static func validate(_ signalNumber: Int64, newAction: KernelSigaction?) -> (Signal, KernelSigaction?)? {
        guard let signal = Signal(checking: signalNumber) else { return nil }
        guard var action = newAction else { return (signal, nil) }
        if SignalSet.unblockable.contains(signal) { return nil }
        action.sa_flags = action.sa_flags.intersection(supportedFlags)
        action.sa_mask = SignalSet(rawValue: action.sa_mask).blockable.rawValue
        return (signal, action)
    }

    /// execve(2): caught signals go back to SIG_DFL, SIG_IGN stays; flags, masks and
    /// restorers are cleared (Linux flush_signal_handlers with force_default = 0).
    public mutating func resetForExec() {
        for index in entries.indices {
            let ignored = entries[index].sa_handler == SignalHandler.SIG_IGN
            entries[index] = KernelSigaction(sa_handler: ignored ? SignalHandler.SIG_IGN : SignalHandler.SIG_DFL)
        }
    }

    /// True when a dead child is reaped at once instead of becoming a zombie: SIGCHLD at
    /// SIG_IGN, or SA_NOCLDWAIT (Linux do_notify_parent).
    public var reapsChildrenAutomatically: Bool {
        let action = self[.SIGCHLD]
        return action.sa_handler == SignalHandler.SIG_IGN || action.sa_flags.contains(.SA_NOCLDWAIT)
    }

    /// The mask while a handler for `signal` runs: the old mask plus sa_mask, plus the
    /// signal itself unless SA_NODEFER (Linux signal_delivered).
    public static func maskDuringHandler(_ signal: Signal, action: KernelSigaction, oldMask: SignalSet) -> SignalSet {
        var mask = oldMask.union(SignalSet(rawValue: action.sa_mask))
        if !action.sa_flags.contains(.SA_NODEFER) { mask.insert(signal) }
        return mask.blockable
    }
}
