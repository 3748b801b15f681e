// Verdict.judge: one passing run, then each way a run fails, alone.
import Testing
@testable import RunnerKit

struct VerdictTests {
    static let good = """
        BdsDxe: starting
        Apus kernel 0.1
        TAP version 13
        1..3
        ok 1 - a
        ok 2 - b
        ok 3 - c
        3 passed, 0 failed

        """

    private func judge(_ end: RunEnd, _ text: String, expecting patterns: [String] = []) -> Verdict {
        Verdict.judge(end: end, output: SerialAnalysis(lines: SerialLineSplitter.lines(of: text),
                                                       expectedPatterns: patterns))
    }

    @Test(arguments: [
        (RunEnd.exited(0), [FailureReason]()),
        (.exited(33), [.noReset]),
        (.exited(35), [.guestReportedFailure]),
        (.totalTimeout(300), [.totalTimeout(300)]),
        (.silenceTimeout(60), [.silenceTimeout(60)]),
    ])
    func expectResetPassesOnlyOnAReset(end: RunEnd, reasons: [FailureReason]) {
        let verdict = Verdict.judge(end: end, output: SerialAnalysis(lines: SerialLineSplitter.lines(of: Self.good),
                                                                     expectedPatterns: []), expectReset: true)
        #expect(verdict.reasons == reasons)
    }

    @Test func expectResetStillNeedsTheTAP() {
        let verdict = Verdict.judge(end: .exited(0), output: SerialAnalysis(lines: ["Apus kernel"], expectedPatterns: []),
                                    expectReset: true)
        #expect(verdict.reasons.contains(.noTests) && verdict.reasons.contains(.missingSummary))
    }

    @Test func passesOnlyWithEverythingRight() {
        let verdict = judge(.exited(33), Self.good)
        #expect(verdict.passed)
        #expect(verdict.reasons == [])
        #expect(verdict.finalSummary == SummaryLine(passed: 3, failed: 0))
    }

    @Test(arguments: [
        (RunEnd.exited(35), FailureReason.guestReportedFailure),
        (.exited(0), .resetOrTripleFault),
        (.exited(1), .unexpectedExit(1)),
        (.exited(3), .unexpectedExit(3)),
        (.exited(255), .unexpectedExit(255)),
        (.signaled(9), .killedBySignal(9)),
        (.totalTimeout(300), .totalTimeout(300)),
        (.silenceTimeout(60), .silenceTimeout(60)),
        (.interrupted(2), .interrupted(2)),
    ])
    func failsOnAnyOtherEnd(end: RunEnd, reason: FailureReason) {
        let verdict = judge(end, Self.good)
        #expect(verdict.reasons == [reason])
        #expect(verdict.finalSummary == SummaryLine(passed: 3, failed: 1))
    }

    @Test func failsWithoutTests() {
        #expect(judge(.exited(33), "Apus kernel\n0 passed, 0 failed\n").reasons == [.noTests])
        #expect(judge(.exited(33), "").reasons == [.noTests, .missingSummary])
        #expect(judge(.exited(33), "1..0\n0 passed, 0 failed\n").reasons == [.noTests])
    }

    @Test func failsOnNotOkEvenWithPassStatus() {
        let verdict = judge(.exited(33), "1..2\nok 1 - a\nnot ok 2 - b\n1 passed, 1 failed\n")
        #expect(verdict.reasons == [.failedTests(["not ok 2 - b"])])
        #expect(verdict.finalSummary == SummaryLine(passed: 1, failed: 1))
    }

    @Test func reportsGuestFailureAndItsTests() {
        let verdict = judge(.exited(35), "1..2\nok 1 - a\nnot ok 2 - b\n1 passed, 1 failed\n")
        #expect(verdict.reasons == [.guestReportedFailure, .failedTests(["not ok 2 - b"])])
    }

    @Test func failsOnPlanMismatch() {
        #expect(judge(.exited(33), "1..4\nok 1\nok 2\nok 3\n3 passed, 0 failed\n").reasons
            == [.planMismatch(plan: 4, ran: 3)])
        #expect(judge(.exited(33), "1..2\nok 1\nok 2\nok 3\n3 passed, 0 failed\n").reasons
            == [.planMismatch(plan: 2, ran: 3)])
    }

    @Test func planAtTheEndIsFine() {
        #expect(judge(.exited(33), "ok 1\nok 2\n1..2\n2 passed, 0 failed\n").passed)
    }

    @Test func noPlanIsFine() {
        #expect(judge(.exited(33), "ok 1\n1 passed, 0 failed\n").passed)
    }

    @Test func failsOnSeveralPlans() {
        #expect(judge(.exited(33), "1..1\nok 1\n1..1\n1 passed, 0 failed\n").reasons == [.severalPlans([1, 1])])
    }

    @Test func failsOnBailOut() {
        #expect(judge(.exited(33), "ok 1\nBail out! no timer\n1 passed, 0 failed\n").reasons == [.bailOut("no timer")])
    }

    @Test func failsWithoutSummary() {
        #expect(judge(.exited(33), "1..1\nok 1 - a\n").reasons == [.missingSummary])
    }

    @Test(arguments: ["2 passed, 0 failed", "3 passed, 1 failed", "0 passed, 3 failed", "4 passed, 0 failed"])
    func failsOnSummaryMismatch(summary: String) {
        let verdict = judge(.exited(33), "ok 1\nok 2\nok 3\n\(summary)\n")
        #expect(verdict.reasons == [.summaryMismatch(guest: SummaryLine.parse(summary)!,
                                                     runner: SummaryLine(passed: 3, failed: 0))])
    }

    @Test func lastGuestSummaryCounts() {
        #expect(judge(.exited(33), "ok 1\n0 passed, 0 failed\nok 2\n2 passed, 0 failed\n").passed)
    }

    @Test(arguments: ["2 passed, 0 failed", "3 passed, 0 failed"])
    func skippedMayCountAsPassedOrNot(summary: String) {
        #expect(judge(.exited(33), "ok 1\nok 2\nok 3 # SKIP\n\(summary)\n").passed)
    }

    @Test(arguments: [
        "PANIC: deliberate panic",
        "panic: oops",
        "EXCEPTION #PF page fault (vector 14) on CPU 0",
        "Triple fault",
        "!!!! X64 Exception Type - 0D(#GP - General Protection)  CPU Apic ID - 00000000 !!!!",
    ])
    func failsOnPanicText(line: String) {
        let verdict = judge(.exited(33), "ok 1\n\(line)\n1 passed, 0 failed\n")
        #expect(verdict.reasons == [.panic(line)])
        #expect(verdict.finalSummary == SummaryLine(passed: 1, failed: 1))
    }

    @Test func expectedOutputMustMatch() {
        #expect(judge(.exited(33), Self.good, expecting: ["^ok 2 - b$", "Apus kernel [0-9.]+"]).passed)
        #expect(judge(.exited(33), Self.good, expecting: ["^ok 2 - b$", "backtrace:"]).reasons
            == [.expectedOutputMissing("backtrace:")])
    }

    @Test func collectsEveryReason() {
        let verdict = judge(.totalTimeout(5), "1..3\nnot ok 1 - a\nPANIC: x\n")
        #expect(verdict.reasons == [.totalTimeout(5), .failedTests(["not ok 1 - a"]),
                                    .planMismatch(plan: 3, ran: 1), .missingSummary, .panic("PANIC: x")])
        #expect(verdict.finalSummary == SummaryLine(passed: 0, failed: 1))
    }

    @Test(arguments: [
        (FailureReason.totalTimeout(300), "timeout after 300 s (total time limit)"),
        (.silenceTimeout(0.5), "timeout after 0.5 s without serial output (silence limit)"),
        (.guestReportedFailure, "guest exit status 35 (kernel reported failure)"),
        (.resetOrTripleFault, "guest exit status 0 (reset or triple fault with -no-reboot, or QEMU quit)"),
        (.unexpectedExit(7), "guest exit status 7 (expected 33)"),
        (.missingSummary, "guest printed no 'N passed, M failed' summary"),
        (.summaryMismatch(guest: SummaryLine(passed: 2, failed: 0), runner: SummaryLine(passed: 3, failed: 0)),
         "guest summary '2 passed, 0 failed' does not match the runner's count '3 passed, 0 failed'"),
        (.expectedOutputMissing("CR2 0x8"), "expected output not found: /CR2 0x8/"),
        (.failedTests(["not ok 1", "not ok 2", "not ok 3", "not ok 4", "not ok 5", "not ok 6"]),
         "6 test(s) failed: not ok 1; not ok 2; not ok 3; not ok 4; not ok 5; and 1 more"),
    ])
    func messages(reason: FailureReason, text: String) {
        #expect(reason.message == text)
    }

    @Test func debugExitStatuses() {
        #expect(DebugExitStatus.pass == 33)
        #expect(DebugExitStatus.fail == 35)
    }
}
