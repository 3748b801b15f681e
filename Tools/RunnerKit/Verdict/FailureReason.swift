// The reasons a test boot fails (Verdict.swift decides which apply), each with the one
// line apus-run prints after `apus-run: FAIL: `.

/// Why a run failed; `message` is the text after `apus-run: FAIL: `.
public enum FailureReason: Equatable, Sendable {
    /// `--timeout` seconds passed.
    case totalTimeout(Double)
    /// No serial output for `--silence` seconds.
    case silenceTimeout(Double)
    /// The runner was stopped by this signal.
    case interrupted(Int32)
    /// Exit status 35: the kernel wrote 0x11 to isa-debug-exit.
    case guestReportedFailure
    /// Exit status 0: with -no-reboot, a triple fault or reset ends QEMU this way.
    case resetOrTripleFault
    /// Any other exit status.
    case unexpectedExit(Int32)
    /// QEMU died from a signal the runner did not send.
    case killedBySignal(Int32)
    /// Not one `ok`/`not ok` line.
    case noTests
    /// These `not ok` lines (without SKIP).
    case failedTests([String])
    /// A `1..N` plan that does not match the number of test lines.
    case planMismatch(plan: Int, ran: Int)
    /// More than one `1..N` line.
    case severalPlans([Int])
    /// A `Bail out!` line.
    case bailOut(String)
    /// No `N passed, M failed` line from the guest.
    case missingSummary
    /// The guest's summary disagrees with the runner's count.
    case summaryMismatch(guest: SummaryLine, runner: SummaryLine)
    /// A panic or exception report (PanicDetector).
    case panic(String)
    /// An `--expect-output` pattern matched no line.
    case expectedOutputMissing(String)
    /// `--expect-reset`/`--expect-poweroff`, but the guest exited with the pass status.
    case noReset

    /// One line saying what went wrong.
    public var message: String {
        switch self {
        case .totalTimeout(let seconds):
            return "timeout after \(formatSeconds(seconds)) s (total time limit)"
        case .silenceTimeout(let seconds):
            return "timeout after \(formatSeconds(seconds)) s without serial output (silence limit)"
        case .interrupted(let signal):
            return "interrupted by signal \(signal)"
        case .guestReportedFailure:
            return "guest exit status \(DebugExitStatus.fail) (kernel reported failure)"
        case .resetOrTripleFault:
            return "guest exit status 0 (reset or triple fault with -no-reboot, or QEMU quit)"
        case .unexpectedExit(let status):
            return "guest exit status \(status) (expected \(DebugExitStatus.pass))"
        case .killedBySignal(let signal):
            return "QEMU killed by signal \(signal)"
        case .noTests:
            return "no TAP test lines in the serial output"
        case .failedTests(let lines):
            let shown = lines.prefix(5).joined(separator: "; ")
            let more = lines.count > 5 ? "; and \(lines.count - 5) more" : ""
            return "\(lines.count) test(s) failed: \(shown)\(more)"
        case .planMismatch(let plan, let ran):
            return "TAP plan 1..\(plan) but \(ran) test(s) ran"
        case .severalPlans(let plans):
            return "more than one TAP plan: " + plans.map { "1..\($0)" }.joined(separator: ", ")
        case .bailOut(let reason):
            return "guest bailed out: \(reason)"
        case .missingSummary:
            return "guest printed no 'N passed, M failed' summary"
        case .summaryMismatch(let guest, let runner):
            return "guest summary '\(guest)' does not match the runner's count '\(runner)'"
        case .panic(let line):
            return "panic in the serial output: \(line)"
        case .expectedOutputMissing(let pattern):
            return "expected output not found: /\(pattern)/"
        case .noReset:
            return "the guest exited with the pass status; the machine was to reset or power off by itself"
        }
    }
}

/// Seconds without a useless ".0": 300 → "300", 0.5 → "0.5".
func formatSeconds(_ seconds: Double) -> String {
    seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
}
