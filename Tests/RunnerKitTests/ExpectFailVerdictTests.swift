// ExpectFailVerdict: `--expect-fail` passes only for a failed run that printed what it must.
import Testing
@testable import RunnerKit

struct ExpectFailVerdictTests {
    static let pageFault = """
        ok 1 - a
        EXCEPTION #PF page fault (vector 14) on CPU 0
          CR2 0x0000000000000008
        backtrace:
          #0 0x00007fff80001234 deliberatePageFault
        """

    private func judge(_ end: RunEnd, _ text: String, expecting patterns: [String] = []) -> ExpectFailVerdict {
        ExpectFailVerdict.judge(end: end, output: SerialAnalysis(lines: SerialLineSplitter.lines(of: text),
                                                                 expectedPatterns: patterns))
    }

    @Test func failedRunWithExpectedOutputPasses() {
        let verdict = judge(.exited(35), Self.pageFault,
                            expecting: [#"EXCEPTION #PF page fault \(vector 14\)"#, "CR2 0x0000000000000008",
                                        "#[0-9]+ 0x00007fff8[0-9a-f]+ .*deliberatePageFault"])
        #expect(verdict.passed)
        #expect(verdict.failureReasons.contains(.guestReportedFailure))
        #expect(verdict.missingOutput == [])
    }

    @Test func failedRunWithoutExpectedOutputFails() {
        let verdict = judge(.exited(35), Self.pageFault, expecting: ["EXCEPTION #DF double fault"])
        #expect(!verdict.passed)
        #expect(verdict.missingOutput == ["EXCEPTION #DF double fault"])
    }

    @Test func passingRunFails() {
        let verdict = judge(.exited(33), VerdictTests.good)
        #expect(!verdict.passed)
        #expect(verdict.failureReasons == [])
    }

    @Test(arguments: [RunEnd.exited(0), .exited(35), .exited(7), .totalTimeout(1), .silenceTimeout(1), .signaled(6)])
    func anyFailureCounts(end: RunEnd) {
        #expect(judge(end, VerdictTests.good).passed)
    }

    @Test func panicWithPassStatusStillCountsAsFailure() {
        #expect(judge(.exited(33), VerdictTests.good + "PANIC: late\n").passed)
    }
}
