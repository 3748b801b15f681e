// What a signal does when its handler is SIG_DFL (signal(7) "Standard signals", Linux
// kernel/signal.c sig_kernel_ignore / sig_kernel_stop / sig_kernel_coredump), and what
// delivery does with a dequeued signal given its action (Linux get_signal).
import LinuxABI

/// The default action of a signal. Linux: signal(7).
public enum SignalDefaultAction: Equatable, Sendable {
    /// End the process (wait status = the signal number).
    case terminate
    /// End the process and dump core (Apus never writes a core: the status has no 0x80).
    case coreDump
    /// Discard the signal.
    case ignore
    /// Stop the process until SIGCONT.
    case stop
    /// Continue a stopped process (the stop itself is undone when SIGCONT is sent).
    case `continue`
}

extension Signal {
    /// The SIG_DFL action. Real-time signals terminate.
    public var defaultAction: SignalDefaultAction {
        switch self {
        case .SIGCHLD, .SIGURG, .SIGWINCH: return .ignore
        case .SIGCONT: return .continue
        case .SIGSTOP, .SIGTSTP, .SIGTTIN, .SIGTTOU: return .stop
        case .SIGQUIT, .SIGILL, .SIGTRAP, .SIGABRT, .SIGBUS, .SIGFPE, .SIGSEGV,
             .SIGXCPU, .SIGXFSZ, .SIGSYS:
            return .coreDump
        default: return .terminate
        }
    }
}

/// What delivery does with one dequeued signal (Linux get_signal + handle_signal).
public enum SignalDisposition: Equatable, Sendable {
    /// Run the user handler described by this action.
    case handler(KernelSigaction)
    /// Nothing (SIG_IGN, or a default action of ignore/continue).
    case ignore
    /// Stop the process.
    case stop
    /// End the process with this signal.
    case terminate
}

extension SignalDisposition {
    /// The disposition of `signal` under `action`. `isInit`: the target is PID 1, which on
    /// Linux never gets a default action it did not ask for (SIGNAL_UNKILLABLE), except a
    /// forced one (`forced`: a fault the process cannot ignore).
    public static func decide(_ signal: Signal, action: KernelSigaction, isInit: Bool = false,
                              forced: Bool = false) -> SignalDisposition {
        if signal == .SIGKILL { return isInit && !forced ? .ignore : .terminate }
        if signal == .SIGSTOP { return isInit ? .ignore : .stop }
        switch action.sa_handler {
        case SignalHandler.SIG_IGN: return .ignore
        case SignalHandler.SIG_DFL:
            switch signal.defaultAction {
            case .ignore, .continue: return .ignore
            case .stop: return isInit ? .ignore : .stop
            case .terminate, .coreDump: return isInit && !forced ? .ignore : .terminate
            }
        default: return .handler(action)
        }
    }

    /// True when sending `signal` under `action` would be discarded at once (Linux
    /// sig_ignored: only when not blocked — a blocked signal stays pending because the
    /// action may change before it is unblocked).
    public static func discardsAtSend(_ signal: Signal, action: KernelSigaction, blocked: Bool,
                                      isInit: Bool = false) -> Bool {
        if blocked && !SignalSet.unblockable.contains(signal) { return false }
        return decide(signal, action: action, isInit: isInit) == .ignore
    }
}
