// apus-run --session FILE: boots once and replays a console transcript over the serial
// console as a person would type it (RunnerKit's ConsoleSession decides; this moves the
// bytes). Prints one TAP line per command and the summary; QEMU is stopped once the
// session is over. --monitor steps run as in a normal run (make screenshot uses one). A
// panic on the console fails the run whatever the commands printed. When the guest stops
// answering, an NMI through the monitor makes the kernel print every thread's state
// (Kernel/Sched/ThreadDump.swift) before QEMU is stopped, so a hang shows its cause.
import Glibc
import RunnerKit

func sessionRun(_ options: BootOptions, transcriptPath: String) -> Int32 {
    let out = LineWriter.standardOutput
    guard let text = readWholeFile(transcriptPath) else {
        return setupFailure("cannot read the session file " + transcriptPath)
    }
    let transcript: ConsoleTranscript
    do throws(UsageError) { transcript = try ConsoleTranscript.parse(text) } catch {
        return setupFailure(transcriptPath + ": " + error.message)
    }
    let disk: BootDisk
    do throws(RunnerError) { disk = try BootDisk(options) } catch { return setupFailure(error.message) }
    defer { disk.remove() }
    var session = ConsoleSession(transcript)
    var analysis = SerialAnalysis()
    var log: LineWriter?
    do throws(RunnerError) {
        log = try options.log.map { path throws(RunnerError) in try LineWriter.create(path: path) }
        defer { log?.close() }
        // --monitor/--keys steps work here too (e.g. a screendump after some output); the
        // monitor is always there for the NMI of a stalled session.
        let boot = try QemuBoot.start(options, on: disk, monitor: true, serialInput: true)
        defer { boot.close() }
        let qemu = boot.qemu, monitor = boot.monitor
        var monitorScript = MonitorScript(options.monitorInput)
        var dumpRequested: Double? = nil
        let outcome = watch(qemu, started: boot.started, timeout: options.timeout, silence: options.silence, onLine: { line in
            out.line(line)
            log?.line(line)
            analysis.add(line)
            session.line(line, now: monotonicSeconds())
            for command in monitorScript.commands(after: line) where monitor?.send(command) != true {
                out.line("apus-run: cannot write to QEMU's monitor: " + command)
            }
            return .keepGoing
        }, onPoll: { partial in
            if let bytes = session.poll(partial: partial, now: monotonicSeconds()), !qemu.send(bytes) {
                session.end(reason: "cannot type into the guest's serial input (QEMU's stdin closed)")
            }
            if session.stalled && dumpRequested == nil {
                out.line("apus-run: the guest stopped answering; sending an NMI for a thread dump")
                if monitor?.send("nmi") != true { out.line("apus-run: cannot write to QEMU's monitor: nmi") }
                dumpRequested = monotonicSeconds()
            }
            if let asked = dumpRequested { return monotonicSeconds() - asked > threadDumpSeconds ? .stop : .keepGoing }
            return session.isFinished ? .stop : .keepGoing
        })
        if case .ended(let end) = outcome {
            session.end(reason: "the run ended first: " + (Verdict.endReasons(end).first?.message ?? "QEMU exited"))
        }
    } catch {
        return setupFailure(error.message)
    }
    return reportSession(session.results, panics: analysis.panicLines)
}

/// How long the kernel gets to print its thread dump over a 115200-baud serial line.
private let threadDumpSeconds = 5.0

private func reportSession(_ results: [SessionStepResult], panics: [String]) -> Int32 {
    let out = LineWriter.standardOutput
    out.line("1.." + String(results.count))
    for (index, result) in results.enumerated() {
        let name = "$ " + result.step.command + " (session line " + String(result.step.line) + ")"
        out.line((result.passed ? "ok " : "not ok ") + String(index + 1) + " - " + name)
        for diagnostic in result.diagnostics { out.line("#   " + diagnostic) }
    }
    let failed = results.filter { !$0.passed }.count
    for line in panics.prefix(3) { out.line("apus-run: FAIL: " + FailureReason.panic(line).message) }
    let passed = failed == 0 && panics.isEmpty
    out.line(passed ? "apus-run: PASS" : "apus-run: FAIL: " + String(failed) + " command(s) of the session failed")
    out.line(SummaryLine(passed: results.count - failed, failed: failed + (failed == 0 && !panics.isEmpty ? 1 : 0)).description)
    return passed ? 0 : 1
}

private func readWholeFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if count == 0 { break }
        bytes += chunk[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}
