// `apus-run --boot-time N` (make bench): the median of N boot times, and the line that
// reports them.

/// Boot times in seconds, from launching QEMU to the marker line.
public struct BootTimes: Equatable, Sendable {
    public var seconds: [Double]

    public init(_ seconds: [Double]) {
        self.seconds = seconds
    }

    /// The middle time (the mean of the two middle ones for an even count); nil if empty.
    public var median: Double? {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `boot to banner: median 4.12 s over 5 boots (4.05 4.10 4.12 4.20 4.31)`, times
    /// sorted; nil if there are none.
    public func report(label: String = "boot to banner") -> String? {
        guard let median else { return nil }
        let all = seconds.sorted().map(Self.format).joined(separator: " ")
        let noun = seconds.count == 1 ? "boot" : "boots"
        return "\(label): median \(Self.format(median)) s over \(seconds.count) \(noun) (\(all))"
    }

    /// Two decimals, rounded half up (no Foundation `String(format:)` needed).
    public static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        return (value < 0 && hundredths > -100 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
