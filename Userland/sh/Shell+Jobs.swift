// Waiting for foreground jobs, the job table of background and stopped jobs, and the
// job-control builtins that move jobs between them (fg, bg). POSIX XCU 2.11, fg(1), bg(1).
import Runtime
import ShellCore

/// How many reaped background statuses the shell remembers for `wait`.
let reapedMemory = 64

extension Shell {
    /// Waits for a foreground job; a stopped job becomes a listed job (keeping `number`
    /// when it had one: `fg` then ^Z again).
    func waitForeground(_ pids: [Pid], group: Pid, number: Int? = nil, text: String = "") -> Int32 {
        var status: Int32 = 0
        var remaining = pids
        var reported = false
        while !remaining.isEmpty {
            guard let (pid, ws) = try? waitForChild(Pid(rawValue: -1), options: interactive ? [.WUNTRACED] : []) else { break }
            if ws.stopped {
                let n = number ?? (jobs.map { $0.number }.max() ?? 0) + 1
                jobs.append(Job(number: n, group: group, pids: remaining, text: text, stopped: true))
                // As dash: right after the terminal's "^Z", the job as `jobs` shows it.
                writeError(JobStatusLine.format(number: n, marker: .current, state: .stopped, command: text) + "\n")
                return 128 + Int32(Signal.SIGTSTP.rawValue)
            }
            if let index = remaining.firstIndex(of: pid) {
                remaining.remove(at: index)
                if pid == pids.last { status = Shell.statusCode(ws) }
                // As dash: a job a signal killed says so once ("Segmentation fault"), but ^C and
                // a closed pipe are expected ends.
                if ws.signaled, !reported, let text = signalDescription(ws.terminationSignal) {
                    writeError(text + "\n")
                    reported = true
                }
                if ws.signaled && ws.terminationSignal == Signal.SIGINT.rawValue && interactive {
                    writeError("\n")
                    // dash abandons the rest of the line (a loop around the job too).
                    jump = .interrupt
                }
            } else {
                noteBackgroundExit(pid, ws)
            }
        }
        return status
    }

    /// ^C that reached the interactive shell itself, because its own group had the terminal
    /// (between two commands of a loop, say), abandons the command line as dash's onint
    /// does: a newline, then the prompt. (A job ^C killed was seen by waitForeground.)
    func takeShellInterrupt() {
        guard interactive, interruptedAtPrompt, jump == nil else { return }
        interruptedAtPrompt = false
        writeError("\n")
        jump = .interrupt
    }

    /// A background pid reaped while waiting for something else.
    func noteBackgroundExit(_ pid: Pid, _ status: WaitStatus) {
        reapedStatuses.append((pid, Shell.statusCode(status)))
        if reapedStatuses.count > reapedMemory { reapedStatuses.removeFirst() }
        for j in jobs.indices {
            if let k = jobs[j].pids.firstIndex(of: pid) { jobs[j].pids.remove(at: k) }
            if jobs[j].lastPid == pid { jobs[j].lastStatus = status }
        }
        for (index, j) in jobs.enumerated() where j.pids.isEmpty {
            finishedJobs.append((j.number, j.lastPid))
            let state = j.lastStatus.map(Shell.jobState) ?? .done(status: 0)
            doneJobs.append(JobStatusLine.format(number: j.number, marker: JobMarker(index: index, count: jobs.count),
                                                 state: state, command: j.text))
        }
        if finishedJobs.count > reapedMemory { finishedJobs.removeFirst(finishedJobs.count - reapedMemory) }
        jobs.removeAll { $0.pids.isEmpty }
    }

    /// A finished job's state: "Done", "Done(N)", or the signal's words ("Terminated").
    static func jobState(_ ws: WaitStatus) -> JobState {
        if ws.signaled { return .killed(description: signalName(ws.terminationSignal)) }
        return .done(status: statusCode(ws))
    }

    /// Reaps finished background jobs; the interactive shell reports them before a prompt
    /// ("[1] + Done    sleep 1"), as dash.
    func reportDoneJobs() {
        for line in takeDoneJobs() where interactive { writeError(line + "\n") }
    }

    /// Reaps what has finished and hands over the status lines not reported yet.
    func takeDoneJobs() -> [String] {
        while let (pid, ws) = try? wait4(Pid(rawValue: -1), options: [.WNOHANG]), pid.rawValue > 0 {
            noteBackgroundExit(pid, ws)
        }
        defer { doneJobs = [] }
        return doneJobs
    }

    /// `jobs`: the finished jobs not reported yet, then the listed ones, oldest first.
    /// `jobs [-l|-p] [%n...]`: -p the jobs' process groups, -l the lines with them too.
    func listJobs(_ args: [String]) -> Int32 {
        guard let (letters, words) = builtinOptions("jobs", args, allowed: "lp") else { return 2 }
        let withPid = letters.contains("l"), groupsOnly = letters.contains("p")
        var selected: [Int] = []
        for spec in words {
            guard let index = findJob(spec, "jobs") else { return 2 }
            selected.append(index)
        }
        if words.isEmpty {
            for line in takeDoneJobs() where !groupsOnly { print(line) }
            selected = Array(jobs.indices)
        }
        for index in selected {
            let j = jobs[index]
            if groupsOnly { print(String(j.group.rawValue)); continue }
            print(JobStatusLine.format(number: j.number, marker: JobMarker(index: index, count: jobs.count),
                                       state: j.stopped ? .stopped : .running, command: j.text,
                                       pid: withPid ? j.group.rawValue : nil))
        }
        return 0
    }

    /// The $? of a wait status: the exit code, or 128 + the signal.
    static func statusCode(_ ws: WaitStatus) -> Int32 {
        if ws.exited { return ws.exitCode }
        if ws.signaled { return 128 + ws.terminationSignal }
        return 1
    }

    /// The job `%n` (or `n`) names, or the most recent job when `spec` is nil.
    func findJob(_ spec: String?, _ builtin: String) -> Int? {
        guard let spec else {
            if jobs.isEmpty { complain(builtin + ": No current job") }
            return jobs.indices.last
        }
        let digits = spec.hasPrefix("%") ? String(spec.dropFirst()) : spec
        if let n = Int(digits), let index = jobs.firstIndex(where: { $0.number == n }) { return index }
        complain(builtin + ": No such job: " + spec)
        return nil
    }

    /// fg [%n]: continues the job in the foreground and waits for it (or for it to stop again).
    func foreground(_ args: [String]) -> Int32 {
        guard let index = findJob(args.first, "fg") else { return 2 }
        let job = jobs.remove(at: index)
        writeOutput(job.text + "\n")
        flushStandardOutput()
        if interactive { _ = try? tcsetpgrp(.standardInput, job.group) }
        _ = try? kill(Pid(rawValue: -job.group.rawValue), .SIGCONT)
        let status = waitForeground(job.pids, group: job.group, number: job.number, text: job.text)
        if interactive { _ = try? tcsetpgrp(.standardInput, shellGroup) }
        return status
    }

    /// bg [%n]: continues a stopped job in the background.
    func background(_ args: [String]) -> Int32 {
        guard let index = findJob(args.first, "bg") else { return 2 }
        jobs[index].stopped = false
        _ = try? kill(Pid(rawValue: -jobs[index].group.rawValue), .SIGCONT)
        writeOutput("[" + String(jobs[index].number) + "] " + jobs[index].text + "\n")
        return 0
    }
}

/// What dash prints when a foreground job dies of `signal` (strsignal's words); nil for
/// SIGINT and SIGPIPE, which end jobs as expected.
func signalDescription(_ signal: Int32) -> String? {
    signal == Signal.SIGINT.rawValue || signal == Signal.SIGPIPE.rawValue ? nil : signalName(signal)
}

/// strsignal's words for `signal`, as dash shows a job it killed; "Signal N" for others.
func signalName(_ signal: Int32) -> String {
    switch signal {
    case 2: return "Interrupt"
    case 13: return "Broken pipe"
    case 1: return "Hangup"
    case 3: return "Quit"
    case 4: return "Illegal instruction"
    case 5: return "Trace/breakpoint trap"
    case 6: return "Aborted"
    case 7: return "Bus error"
    case 8: return "Floating point exception"
    case 9: return "Killed"
    case 10: return "User defined signal 1"
    case 11: return "Segmentation fault"
    case 12: return "User defined signal 2"
    case 14: return "Alarm clock"
    case 15: return "Terminated"
    default: return "Signal " + String(signal)
    }
}
