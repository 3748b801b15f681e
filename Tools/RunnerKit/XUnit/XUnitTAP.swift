// `apus-run --tap-from-xunit`: the host unit tests' results as a TAP suite, so that
// `make test` reports them like the in-QEMU suites (Tests/run-suites.sh).

/// Converts xUnit test cases to TAP text.
public enum XUnitTAP {
    /// The TAP lines for `cases` (a plan, one line per case, failure messages as `#`
    /// comments) followed by the `N passed, M failed` line. Unreadable files (`errors`,
    /// one line each) count as failed tests, and so does finding no test case at all.
    public static func convert(_ cases: [XUnitCase], errors: [String] = []) -> (lines: [String], passed: Bool) {
        var errors = errors
        if cases.isEmpty { errors.append("no test cases in the xUnit output") }
        var lines = ["1..\(cases.count + errors.count)"]
        var passed = 0, failed = 0, skipped = 0
        var number = 0
        for testCase in cases {
            number += 1
            switch testCase.outcome {
            case .passed:
                passed += 1
                lines.append("ok \(number) - \(escape(testCase.fullName))")
            case .skipped(let reason):
                skipped += 1
                lines.append("ok \(number) - \(escape(testCase.fullName)) # SKIP \(reason)".trimmingSpacesAtEnd())
            case .failed(let messages):
                failed += 1
                lines.append("not ok \(number) - \(escape(testCase.fullName))")
                lines += messages.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
                    .map { "# " + $0 }
            }
        }
        for error in errors {
            number += 1
            failed += 1
            lines.append("not ok \(number) - \(escape(error))")
        }
        if skipped > 0 { lines.append("# \(skipped) skipped") }
        lines.append(SummaryLine(passed: passed, failed: failed).description)
        return (lines, failed == 0)
    }

    /// A `#` in a test name would read as a TAP directive; TAP 14 escapes it as `\#`.
    static func escape(_ name: String) -> String {
        name.replacing("\\", with: "\\\\").replacing("#", with: "\\#")
    }
}

extension String {
    /// Without trailing spaces (a skip without a reason leaves one).
    func trimmingSpacesAtEnd() -> String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
