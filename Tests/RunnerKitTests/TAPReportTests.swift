// TAPReport: counting a stream the way the verdict needs it.
import Testing
@testable import RunnerKit

struct TAPReportTests {
    private func report(_ text: String) -> TAPReport {
        TAPReport(lines: SerialLineSplitter.lines(of: text))
    }

    @Test func emptyStream() {
        let tap = report("")
        #expect(tap.total == 0 && tap.plans.isEmpty && tap.failures.isEmpty)
    }

    @Test func onlyAPlan() {
        let tap = report("1..3\n")
        #expect(tap.total == 0)
        #expect(tap.plans == [3])
    }

    @Test func countsPassFailSkip() {
        let tap = report("""
            TAP version 13
            1..4
            ok 1 - a
            not ok 2 - b
            # diagnostic for b
            ok 3 - c # SKIP no hardware
            not ok 4 - d # TODO not yet

            """)
        #expect(tap.passed == 1)
        #expect(tap.failed == 2)
        #expect(tap.skipped == 1)
        #expect(tap.total == 4)
        #expect(tap.failures == ["not ok 2 - b", "not ok 4 - d # TODO not yet"])
    }

    @Test func ignoresGarbageAroundTheTests() {
        let tap = report("""
            BdsDxe: loading Boot0001 "UEFI QEMU HARDDISK"
            Apus kernel 0.1 booting
            [    0.001] frames: 248 MiB usable
            ok 1 - frames
            random noise ok 2 - not at line start
              ok 3 - indented
            okay then
            ok 2 - heap

            """)
        #expect(tap.passed == 2)
        #expect(tap.failed == 0)
    }

    @Test func toleratesCRLFAndEscapesInTheMiddle() {
        let tap = report("\u{1B}[0mok 1 - \u{1B}[1mbold\u{1B}[0m\r\nnot\u{1B}[31m ok 2 - red\r\n1..2\r\n")
        #expect(tap.passed == 1)
        #expect(tap.failed == 1)
        #expect(tap.failures == ["not ok 2 - red"])
        #expect(tap.plans == [2])
    }

    @Test func recordsEveryPlanAndBailOut() {
        let tap = report("1..2\nok 1\nBail out! disk on fire\n1..3\n")
        #expect(tap.plans == [2, 3])
        #expect(tap.bailOuts == ["disk on fire"])
    }
}
