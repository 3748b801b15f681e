// SummaryLine: the `N passed, M failed` line, parsed strictly and printed exactly.
import Testing
@testable import RunnerKit

struct SummaryLineTests {
    @Test(arguments: [
        ("14 passed, 0 failed", SummaryLine(passed: 14, failed: 0)),
        ("0 passed, 0 failed", SummaryLine(passed: 0, failed: 0)),
        ("3 passed, 1 failed", SummaryLine(passed: 3, failed: 1)),
        ("  2 passed, 5 failed  ", SummaryLine(passed: 2, failed: 5)),
        ("7 passed, 0 failed, 2 skipped", SummaryLine(passed: 7, failed: 0)),
    ])
    func parses(line: String, expected: SummaryLine) {
        #expect(SummaryLine.parse(line) == expected)
    }

    @Test(arguments: [
        "", "passed, failed", "14 passed", "14 passed,0 failed", "14 passed, 0 failures",
        "x 14 passed, 0 failed", "14 passed, 0 failed!", "-1 passed, 0 failed", "14 passed, -2 failed",
        "ok 1 - 14 passed, 0 failed", "99999999999999999999999 passed, 0 failed",
    ])
    func rejects(line: String) {
        #expect(SummaryLine.parse(line) == nil)
    }

    @Test func printsExactly() {
        #expect(SummaryLine(passed: 12, failed: 3).description == "12 passed, 3 failed")
    }
}
