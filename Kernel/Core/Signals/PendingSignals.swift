// Pending signals with their siginfo (Linux `struct sigpending`): a standard signal is
// pending at most once (a second one is merged, Linux legacy_queue), a real-time signal
// queues every instance. Dequeue order is Linux's next_signal: the synchronous (fault)
// signals first, then the lowest number.
import LinuxABI

/// A set of pending signals and the siginfo of each queued instance.
public struct PendingSignals: Sendable {
    /// The signals with at least one instance queued.
    public private(set) var set = SignalSet()
    private var queue: [SigInfo] = []
    /// Linux's default RLIMIT_SIGPENDING is in the thousands; a fixed cap keeps a flood of
    /// real-time signals from exhausting the heap (beyond it, sends fail with EAGAIN).
    public static var queueLimit: Int { 1024 }

    public init() {}

    /// Queues `info`. Returns false when a real-time signal finds the queue full (the
    /// caller reports EAGAIN, as Linux's sigqueue does); a standard signal already pending
    /// is merged and reports true.
    @discardableResult
    public mutating func add(_ info: SigInfo) -> Bool {
        let signal = Signal(rawValue: info.si_signo)
        if !signal.isRealTime && set.contains(signal) { return true }
        if signal.isRealTime && queue.count >= Self.queueLimit { return false }
        queue.append(info)
        set.insert(signal)
        return true
    }

    /// Removes every instance of the signals in `signals` (SIGCONT flushes stops, SIG_IGN
    /// flushes its signal).
    public mutating func remove(_ signals: SignalSet) {
        guard !set.intersection(signals).isEmpty else { return }
        queue.removeAll(where: { signals.contains(Signal(rawValue: $0.si_signo)) })
        set = set.subtracting(signals)
    }

    /// The signal to take next among those not in `blocked`, without removing it.
    public func next(blocked: SignalSet) -> Signal? {
        let deliverable = set.subtracting(blocked.blockable)
        return deliverable.intersection(.synchronous).lowest ?? deliverable.lowest
    }

    /// Removes and returns the first queued instance of `signal`.
    public mutating func take(_ signal: Signal) -> SigInfo? {
        guard let index = queue.firstIndex(where: { $0.si_signo == signal.rawValue }) else { return nil }
        let info = queue.remove(at: index)
        if !queue.contains(where: { $0.si_signo == signal.rawValue }) { set.remove(signal) }
        return info
    }
}
