// apus-tests: runs every test program in a directory (default: the `cases` folder next to
// this binary, else /usr/libexec/apus-tests/cases), one after another by name. Each case
// runs as a child (fork + execve) with its output piped back, indented under a TAP line
// of its own; a case is passed when it exits 0 and its last line says `N passed, 0 failed`.
// On Apus the suite also checks that free memory after it equals free memory before it,
// or, with --report-memory-only, prints both without counting them.
// The last line is the sum over all cases: `P passed, F failed`, and the exit status is
// non-zero if anything failed. Usage: apus-tests [-t seconds-per-case] [--report-memory-only] [directory].
import LinuxABI
import Runtime

nonisolated(unsafe) var timedOut = false

/// SIGALRM handler: the case ran past its time; the read in progress fails with EINTR.
func alarmHandler(_ signal: Int32) { timedOut = true }

/// What one case reported.
struct CaseResult {
    var passed = 0
    var failed = 0
    var summarySeen = false
    var status = WaitStatus(rawValue: 0)
    var timedOut = false
}

/// "12 passed, 3 failed" → (12, 3).
func parseSummary(_ line: String) -> (Int, Int)? {
    let words = line.split(separator: " ")
    guard words.count == 4, words[1] == "passed,", words[3] == "failed",
          let passed = Int(words[0]), let failed = Int(words[2]) else { return nil }
    return (passed, failed)
}

func runCase(_ path: String, _ environment: [String], timeout: UInt32) throws(Errno) -> CaseResult {
    var result = CaseResult()
    let pipe = try pipe2([.O_CLOEXEC])
    let child = try fork()
    if child.rawValue == 0 {
        _ = try? dup2(pipe.write, .standardOutput)
        _ = try? dup2(pipe.write, .standardError)
        do { try execve(path, [path], environment) } catch {
            writeError("apus-tests: execve " + path + ": " + errnoText(error) + "\n")
        }
        exitImmediately(127)
    }
    try close(pipe.write)
    timedOut = false
    alarm(timeout)
    var line: [UInt8] = []
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
    defer { buffer.deallocate() }
    func emit() {
        let text = String(decoding: line, as: UTF8.self)
        print("    " + text)
        if let (passed, failed) = parseSummary(text) {
            result.passed = passed; result.failed = failed; result.summarySeen = true
        }
        line.removeAll()
    }
    reading: while true {
        do {
            let count = try read(pipe.read, buffer)
            if count == 0 { break }
            for byte in buffer[0..<count] {
                if byte == UInt8(ascii: "\n") { emit() } else { line.append(byte) }
            }
        } catch {
            if error == .EINTR && timedOut {
                result.timedOut = true
                try? kill(child, .SIGKILL)
                break reading
            }
            if error != .EINTR { break reading }
        }
    }
    alarm(0)
    if !line.isEmpty { emit() }
    try? close(pipe.read)
    result.status = try waitForChild(child).status
    return result
}

/// As PID 1 (in the guest) the suite is every orphan's reaper, like any init: a case's
/// grandchild that outlives its parent ends up here, and must not stay a zombie. Returns
/// how many were reaped.
@discardableResult
func reapAdoptedOrphans() -> Int {
    guard getpid().rawValue == 1 else { return 0 }
    var reaped = 0
    while let (pid, _) = try? wait4(Pid(rawValue: -1), options: [.WNOHANG]), pid.rawValue > 0 { reaped += 1 }
    return reaped
}

/// Free memory once it has settled: a thread that just exited is freed by the next context
/// switch on its CPU, so a reading right after a case can catch it still allocated. A leak
/// is stable, so waiting for two equal readings never hides one.
func settledFreeMemory() -> UInt64? {
    guard var last = (try? sysinfo())?.freeram else { return nil }
    for _ in 0..<settleAttempts {
        try? nanosleep(Timespec(tv_sec: 0, tv_nsec: settlePauseNanoseconds))
        guard let now = (try? sysinfo())?.freeram else { return nil }
        if now == last { return now }
        last = now
    }
    return last
}
let settleAttempts = 20
let settlePauseNanoseconds: Int64 = 10_000_000

/// The directory whose cases run when none is named.
func defaultDirectory() -> String {
    let me = ProcessInfo.programName
    if let slash = me.utf8.lastIndex(of: UInt8(ascii: "/")) {
        let candidate = String(me[..<slash]) + "/cases"
        if let info = try? stat(candidate), info.mode.isDirectory { return candidate }
    }
    return "/usr/libexec/apus-tests/cases"
}

@main struct ApusTests: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var timeout: UInt32 = 120
        // --report-memory-only: print the whole-suite figures without counting them (for
        // runs that add cases of their own, which may legitimately keep memory).
        var reportMemoryOnly = false
        var directory: String? = nil
        var index = 1
        while index < arguments.count {
            if arguments[index] == "--report-memory-only" { reportMemoryOnly = true; index += 1; continue }
            if arguments[index] == "-t", index + 1 < arguments.count, let t = UInt32(arguments[index + 1]) {
                timeout = t; index += 2; continue
            }
            directory = arguments[index]; index += 1
        }
        let dir = directory ?? defaultDirectory()
        do { try sigaction(.SIGALRM, .handler(alarmHandler)) } catch { fatal("sigaction: " + errnoText(error)) }

        var names: [String] = []
        do {
            for entry in try readDirectory(dir) where entry.name != "." && entry.name != ".." {
                guard let info = try? stat(dir + "/" + entry.name), info.mode.isRegular,
                      info.mode.permissions & 0o111 != 0 else { continue }
                names.append(entry.name)
            }
        } catch {
            fatal(dir + ": " + errnoText(error))
        }
        names.sort()
        print("# apus-tests: " + String(names.count) + " cases in " + dir)

        // On Apus free memory is exact, so the suite as a whole must give back every frame
        // it took (issue 3 §2); Linux's free memory moves with caches, so it is not checked there.
        let onApus = (try? uname())?.sysname == "Apus"
        let freeBefore = onApus ? settledFreeMemory() : nil

        // Checks inside the cases, and the suite's own TAP lines (one per case): the summary
        // line counts the latter, so it agrees with the TAP the runner reads.
        var totalPassed = 0, totalFailed = 0, number = 0
        var linesFailed = 0
        for name in names {
            number += 1
            print("# case " + name)
            var verdict: String
            var ok: Bool
            do {
                let r = try runCase(dir + "/" + name, environment, timeout: timeout)
                totalPassed += r.passed
                totalFailed += r.failed
                verdict = String(r.passed) + " passed, " + String(r.failed) + " failed"
                ok = r.failed == 0 && r.summarySeen && r.status.exited && r.status.exitCode == 0
                if !ok && r.failed == 0 { totalFailed += 1 }
                if r.timedOut { verdict += "; timed out after " + String(timeout) + " s" }
                if !r.summarySeen { verdict += "; no summary line" }
                if !(r.status.exited && r.status.exitCode == 0) { verdict += "; " + r.status.description }
            } catch {
                verdict = "could not run: " + errnoText(error)
                ok = false
                totalFailed += 1
            }
            if !ok { linesFailed += 1 }
            let orphans = reapAdoptedOrphans()
            if orphans > 0 { verdict += "; reaped " + String(orphans) + " orphan" + (orphans == 1 ? "" : "s") }
            print((ok ? "ok " : "not ok ") + String(number) + " - " + name + " (" + verdict + ")")
            // Where memory goes missing, case by case (Apus only): a lead for the final check.
            if onApus, let free = settledFreeMemory() {
                print("# free memory after " + name + ": " + String(free) + " bytes")
            }
        }
        reapAdoptedOrphans()
        if let freeBefore, reportMemoryOnly {
            let freeAfter = settledFreeMemory() ?? 0
            let before: String = String(freeBefore) + " bytes, after it "
            let after: String = String(freeAfter) + " bytes (not counted)"
            print("# free memory before the suite " + before + after)
        } else if let freeBefore {
            number += 1
            let freeAfter = settledFreeMemory() ?? 0
            let ok = freeAfter == freeBefore
            if !ok { totalFailed += 1; linesFailed += 1 } else { totalPassed += 1 }
            let before: String = String(freeBefore) + " bytes before, "
            let after: String = String(freeAfter) + " bytes after"
            let verdict: String = ok ? "ok " : "not ok "
            print(verdict + String(number) + " - free memory after the suite equals free memory before it (" + before + after + ")")
        }
        print("1.." + String(number))
        print("# checks inside the cases: " + String(totalPassed) + " passed, " + String(totalFailed) + " failed")
        print(String(number - linesFailed) + " passed, " + String(linesFailed) + " failed")
        return totalFailed == 0 && linesFailed == 0 && number > 0 ? 0 : 1
    }
}
