// The pass/fail rules of a test boot, as pure logic: a run passes only if QEMU exited
// with the kernel's pass status AND the serial output backs that up (TAP, summary, no
// panic, expected text). Every other outcome is a failure with a stated reason.

/// The judgement of one run.
public struct Verdict: Equatable, Sendable {
    /// Every reason the run failed; empty means it passed.
    public var reasons: [FailureReason]
    /// The runner's own TAP count.
    public var counts: SummaryLine

    public var passed: Bool { reasons.isEmpty }

    /// Judges a run by its end and its serial output. `includeExpectations: false` leaves
    /// out the `--expect-output` checks (used by `--expect-fail`, which checks them apart).
    /// With `expectReset` the run must end in a reset (reboot(2) RESTART) instead.
    public static func judge(end: RunEnd, output: SerialAnalysis, includeExpectations: Bool = true,
                             expectReset: Bool = false) -> Verdict {
        var reasons = expectReset ? resetEndReasons(end) : endReasons(end)
        let tap = output.tap
        let counts = SummaryLine(passed: tap.passed, failed: tap.failed)
        if tap.total == 0 { reasons.append(.noTests) }
        if !tap.failures.isEmpty { reasons.append(.failedTests(tap.failures)) }
        if tap.plans.count > 1 {
            reasons.append(.severalPlans(tap.plans))
        } else if let plan = tap.plans.first, plan != tap.total {
            reasons.append(.planMismatch(plan: plan, ran: tap.total))
        }
        reasons += tap.bailOuts.map(FailureReason.bailOut)
        if let guest = output.guestSummary {
            if !summaryMatches(guest: guest, tap: tap) {
                reasons.append(.summaryMismatch(guest: guest, runner: counts))
            }
        } else {
            reasons.append(.missingSummary)
        }
        reasons += output.panicLines.prefix(3).map(FailureReason.panic)
        if includeExpectations {
            reasons += output.unmatchedPatterns.map(FailureReason.expectedOutputMissing)
        }
        return Verdict(reasons: reasons, counts: counts)
    }

    /// Only the agreed pass status counts: 0 is what a triple fault gives with
    /// -no-reboot, and a hang never exits at all.
    public static func endReasons(_ end: RunEnd) -> [FailureReason] {
        switch end {
        case .exited(DebugExitStatus.pass): return []
        case .exited(DebugExitStatus.fail): return [.guestReportedFailure]
        case .exited(0): return [.resetOrTripleFault]
        case .exited(let status): return [.unexpectedExit(status)]
        case .signaled(let signal): return [.killedBySignal(signal)]
        case .totalTimeout(let seconds): return [.totalTimeout(seconds)]
        case .silenceTimeout(let seconds): return [.silenceTimeout(seconds)]
        case .interrupted(let signal): return [.interrupted(signal)]
        }
    }

    /// A run that must end in a reset: only exit status 0 (what a reset gives with
    /// -no-reboot) will do; the pass status means the guest exited instead of rebooting.
    public static func resetEndReasons(_ end: RunEnd) -> [FailureReason] {
        switch end {
        case .exited(0): return []
        case .exited(DebugExitStatus.pass): return [.noReset]
        default: return endReasons(end)
        }
    }

    /// The guest's failures must equal the runner's; its passes may include the skipped
    /// tests or not (either way of counting a skip is honest).
    static func summaryMatches(guest: SummaryLine, tap: TAPReport) -> Bool {
        guest.failed == tap.failed && (guest.passed == tap.passed || guest.passed == tap.passed + tap.skipped)
    }

    /// The summary the runner prints last. A run that failed with no failing test line
    /// (timeout, crash, bad exit status) counts as one failure, so that the last line
    /// says "0 failed" exactly when the run passed.
    public var finalSummary: SummaryLine {
        var summary = counts
        if !passed && summary.failed == 0 { summary.failed = 1 }
        return summary
    }
}
