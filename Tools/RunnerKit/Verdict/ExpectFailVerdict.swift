// `--expect-fail`: the runner's own tests boot kernels that must fail (a deliberate page
// fault, a panic) and check that the failure is seen and reported with the right text.

/// The judgement of a run that was supposed to fail.
public struct ExpectFailVerdict: Equatable, Sendable {
    /// Why the run failed (empty: it passed, which is wrong here).
    public var failureReasons: [FailureReason]
    /// `--expect-output` patterns that matched nothing (must be empty).
    public var missingOutput: [String]

    /// True if the run failed, for any reason, and printed every expected pattern.
    public var passed: Bool { !failureReasons.isEmpty && missingOutput.isEmpty }

    /// Judges a run under `--expect-fail`. (An interrupted run proves nothing either way;
    /// apus-run reports it as an error before asking for a verdict.)
    public static func judge(end: RunEnd, output: SerialAnalysis) -> ExpectFailVerdict {
        let reasons = Verdict.judge(end: end, output: output, includeExpectations: false).reasons
        return ExpectFailVerdict(failureReasons: reasons, missingOutput: output.unmatchedPatterns)
    }
}
