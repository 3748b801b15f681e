// The one-line summary every Apus test suite ends with, `N passed, M failed`, printed by
// the guest and, as the very last line, by the runner itself.

/// The counts of a `N passed, M failed` line.
public struct SummaryLine: Equatable, Sendable, CustomStringConvertible {
    public var passed: Int
    public var failed: Int

    public init(passed: Int, failed: Int) {
        self.passed = passed
        self.failed = failed
    }

    /// Exactly the text the suites print (and `Tests/run-suites.sh` greps for).
    public var description: String { "\(passed) passed, \(failed) failed" }

    /// Parses a line that is exactly `N passed, M failed`, allowing surrounding blanks and
    /// a trailing `, K skipped`-style remark after a comma. Anything else is nil.
    public static func parse(_ line: String) -> SummaryLine? {
        let text = line.trimmingSpaces()
        guard let (passed, afterPassed) = number(at: text[...]),
              let rest = afterPassed.dropPrefix(" passed, "),
              let (failed, afterFailed) = number(at: rest),
              let tail = afterFailed.dropPrefix(" failed"),
              tail.isEmpty || tail.hasPrefix(",")
        else { return nil }
        return SummaryLine(passed: passed, failed: failed)
    }

    /// A decimal number at the start of `text` and what follows it.
    private static func number(at text: Substring) -> (Int, Substring)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        return (value, text.dropFirst(digits.count))
    }
}
