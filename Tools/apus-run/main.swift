// apus-run: boots the Apus image in QEMU and judges the run (TestRun.swift), times boots
// (BootTimer.swift), or converts xUnit XML to TAP (XUnitCommand.swift). The rules live in
// RunnerKit, which the unit tests cover; this target does the processes and files.
import Glibc
import RunnerKit

/// Parses the command line and runs the chosen mode; the result is the exit status.
func main() -> Int32 {
    let command: RunnerCommand
    do {
        command = try RunnerOptions.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
        LineWriter.standardError.line("apus-run: \(error.message)")
        LineWriter.standardError.line(RunnerOptions.usage)
        return 2
    }
    switch command {
    case .help:
        LineWriter.standardOutput.line(RunnerOptions.usage)
        return 0
    case .tapFromXUnit(let files):
        return tapFromXUnit(files)
    case .run(let options, let expectFail, let expectedOutput, let expectReset):
        installInterruptHandlers()
        return testRun(options, expectFail: expectFail, expectedOutput: expectedOutput, expectReset: expectReset)
    case .session(let options, let transcript):
        installInterruptHandlers()
        return sessionRun(options, transcriptPath: transcript)
    case .bootTime(let options, let boots, let marker):
        installInterruptHandlers()
        return timeBoots(options, boots: boots, marker: marker)
    }
}

exit(main())
