// The runner's own count of a TAP stream: fed line by line (TAPLine.swift classifies),
// it remembers what the verdict (Verdict/Verdict.swift) needs.

/// Running totals of the TAP lines seen in the serial output.
public struct TAPReport: Equatable, Sendable {
    /// `ok` lines without a SKIP directive.
    public private(set) var passed = 0
    /// `not ok` lines without a SKIP directive.
    public private(set) var failed = 0
    /// Test lines with a SKIP directive, `ok` or `not ok`.
    public private(set) var skipped = 0
    /// Every `1..N` seen, in order (more than one is an error).
    public private(set) var plans: [Int] = []
    /// The failing lines, as printed, for the failure report.
    public private(set) var failures: [String] = []
    /// `Bail out!` reasons.
    public private(set) var bailOuts: [String] = []

    public init() {}

    /// Test lines of any kind.
    public var total: Int { passed + failed + skipped }

    /// Adds one clean line of output; non-TAP lines are ignored.
    public mutating func add(_ line: String) {
        switch TAPLine.parse(line) {
        case .test(let test):
            if test.isSkip {
                skipped += 1
            } else if test.ok {
                passed += 1
            } else {
                failed += 1
                failures.append(line)
            }
        case .plan(let count):
            plans.append(count)
        case .bailOut(let reason):
            bailOuts.append(reason)
        case .comment, .version, .other:
            break
        }
    }

    /// Builds a report from whole lines at once.
    public init<Lines: Sequence>(lines: Lines) where Lines.Element == String {
        for line in lines { add(line) }
    }
}
