// The modes of apus-run, as parsed from its command line (RunnerOptions.swift).

/// What apus-run was asked to do.
public enum RunnerCommand: Equatable, Sendable {
    /// Boot once and judge the run. With `expectFail` the verdict is inverted;
    /// `expectedOutput` patterns must match in either case. With `expectReset` the run must
    /// end in a machine reset (QEMU exits 0 under -no-reboot) instead of the pass status.
    case run(BootOptions, expectFail: Bool, expectedOutput: [String], expectReset: Bool = false)
    /// Boot once and replay the console transcript in `transcript` (a file path).
    case session(BootOptions, transcript: String)
    /// Boot `boots` times and time each boot up to the first line containing `marker`.
    case bootTime(BootOptions, boots: Int, marker: String)
    /// Convert xUnit XML files to TAP.
    case tapFromXUnit([String])
    /// Print the usage text.
    case help
}

/// A command line apus-run cannot act on; exit status 2.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
