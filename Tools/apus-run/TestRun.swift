// One judged test boot: copy the image, start QEMU, stream the serial output to stdout
// (and the log), then print the verdict and the runner's summary as the last line.
import Glibc
import RunnerKit

/// Boots once and returns the exit status (0 pass, 1 fail).
func testRun(_ options: BootOptions, expectFail: Bool, expectedOutput: [String], expectReset: Bool) -> Int32 {
    let out = LineWriter.standardOutput
    let disk: BootDisk
    do throws(RunnerError) {
        disk = try BootDisk(options)
    } catch {
        return setupFailure(error.message)
    }
    defer { disk.remove() }
    var log: LineWriter?
    var analysis = SerialAnalysis(expectedPatterns: expectedOutput)
    let end: RunEnd
    do throws(RunnerError) {
        log = try options.log.map { path throws(RunnerError) in try LineWriter.create(path: path) }
        defer { log?.close() }
        let boot = try QemuBoot.start(options, on: disk, monitor: !options.monitorInput.isEmpty,
                                      serialInput: !options.serialInput.isEmpty)
        defer { boot.close() }
        let qemu = boot.qemu, monitor = boot.monitor
        var script = SerialInputScript(options.serialInput)
        var monitorScript = MonitorScript(options.monitorInput)
        let outcome = watch(qemu, started: boot.started, timeout: options.timeout, silence: options.silence) { line in
            out.line(line)
            log?.line(line)
            analysis.add(line)
            if let bytes = script.input(after: line), !qemu.send(bytes) {
                out.line("apus-run: cannot type into the guest's serial input (QEMU's stdin closed)")
            }
            for command in monitorScript.commands(after: line) {
                if monitor?.send(command) != true { out.line("apus-run: cannot write to QEMU's monitor: " + command) }
            }
            return .keepGoing
        }
        guard case .ended(let runEnd) = outcome else { fatalError("the test run never asks to stop") }
        end = runEnd
    } catch {
        return setupFailure(error.message)
    }

    switch end {
    case .totalTimeout, .silenceTimeout:
        out.line("apus-run: " + Verdict.endReasons(end).map(\.message).joined())
    case .interrupted(let signalNumber):
        // Neither a pass nor a failure of the guest: never an "expected" failure either.
        out.line("apus-run: ERROR: interrupted by signal \(signalNumber); QEMU stopped")
        out.line(SummaryLine(passed: analysis.tap.passed, failed: analysis.tap.failed + 1).description)
        return 1
    case .exited(1) where analysis.lineCount == 0:
        return setupFailure("QEMU exited with status 1 before any serial output (it did not start; see its message above)")
    default:
        break
    }
    return expectFail ? reportExpectedFailure(end: end, analysis: analysis)
                      : report(Verdict.judge(end: end, output: analysis, expectReset: expectReset))
}

/// Prints the verdict of a normal run.
private func report(_ verdict: Verdict) -> Int32 {
    let out = LineWriter.standardOutput
    if verdict.passed {
        out.line("apus-run: PASS")
    } else {
        for reason in verdict.reasons { out.line("apus-run: FAIL: " + reason.message) }
    }
    out.line(verdict.finalSummary.description)
    return verdict.passed ? 0 : 1
}

/// Prints the verdict of an `--expect-fail` run; the last line is still the runner's
/// count of the guest's TAP lines.
private func reportExpectedFailure(end: RunEnd, analysis: SerialAnalysis) -> Int32 {
    let out = LineWriter.standardOutput
    let verdict = ExpectFailVerdict.judge(end: end, output: analysis)
    for reason in verdict.failureReasons { out.line("apus-run: the run failed: " + reason.message) }
    for pattern in analysis.expectedPatterns where !verdict.missingOutput.contains(pattern) {
        out.line("apus-run: expected output found: /\(pattern)/")
    }
    if verdict.failureReasons.isEmpty {
        out.line("apus-run: FAIL: --expect-fail, but the run passed")
    }
    for pattern in verdict.missingOutput {
        out.line("apus-run: FAIL: " + FailureReason.expectedOutputMissing(pattern).message)
    }
    if verdict.passed { out.line("apus-run: PASS (the run failed, as expected)") }
    out.line(SummaryLine(passed: analysis.tap.passed, failed: analysis.tap.failed).description)
    return verdict.passed ? 0 : 1
}

/// Reports a run that could not happen (no image, no QEMU, mcopy failed): exit 1, and
/// `--expect-fail` does not turn this into a pass.
func setupFailure(_ message: String) -> Int32 {
    LineWriter.standardOutput.line("apus-run: ERROR: " + message)
    LineWriter.standardOutput.line(SummaryLine(passed: 0, failed: 1).description)
    return 1
}
