// The shell's state and its executor: lists, && ||, background jobs, pipelines, simple
// commands (builtins in the shell, others forked and exec'd through PATH). Builtins are in
// Builtins.swift, redirections in Redirections.swift, the reading loop in main.swift.
import Runtime
import ShellCore

/// A background or stopped job.
struct Job {
    var number: Int
    var group: Pid
    var pids: [Pid]
    var text: String
    var stopped = false
}

/// The shell: variables, special parameters, jobs.
final class Shell {
    var context: ExpansionContext
    var interactive = false
    var jobs: [Job] = []
    var shellGroup = Pid(rawValue: 0)
    /// Set by `exit`: the status the shell ends with.
    var exitRequested: Int32? = nil

    init(environment: [String]) {
        context = ExpansionContext(variables: Variables(environment: environment))
        context.shellPid = getpid().rawValue
    }

    /// Writes "sh: message" to standard error.
    func complain(_ message: String) { writeError("sh: " + message + "\n") }

    /// Runs parsed items; returns the last status.
    @discardableResult
    func run(_ items: [ListItem], source: String) -> Int32 {
        for item in items {
            if exitRequested != nil { break }
            if item.background {
                runBackground(item.command)
            } else {
                context.lastStatus = runAndOr(item.command)
            }
        }
        return context.lastStatus
    }

    func runAndOr(_ list: AndOrList) -> Int32 {
        var status = runPipeline(list.first, background: false)
        for next in list.rest {
            if exitRequested != nil { break }
            if (next.connector == .and) == (status == 0) {
                context.lastStatus = status
                status = runPipeline(next.pipeline, background: false)
            }
        }
        return status
    }

    func runBackground(_ list: AndOrList) {
        guard let child = try? fork() else { complain("fork failed"); return }
        if child.rawValue == 0 {
            if interactive { _ = try? setpgid(Pid(rawValue: 0), Pid(rawValue: 0)) }
            restoreDefaultSignals()
            interactive = false
            jobs = []
            exit(runAndOr(list))
        }
        if interactive { _ = try? setpgid(child, child) }
        let number = (jobs.map { $0.number }.max() ?? 0) + 1
        jobs.append(Job(number: number, group: child, pids: [child], text: "job"))
        context.lastBackgroundPid = child.rawValue
        if interactive { writeError("[" + String(number) + "] " + String(child.rawValue) + "\n") }
        context.lastStatus = 0
    }

    /// Runs a pipeline in the foreground; a lone builtin runs in the shell itself.
    func runPipeline(_ pipeline: Pipeline, background: Bool) -> Int32 {
        var status: Int32
        if pipeline.commands.count == 1, case .simple(let simple) = pipeline.commands[0],
           !simple.words.isEmpty || true, runsInShell(simple) {
            status = runSimpleInShell(simple)
        } else {
            status = runForked(pipeline.commands)
        }
        if pipeline.negated { status = status == 0 ? 1 : 0 }
        return status
    }

    /// Whether the command is a builtin (or only assignments/redirections).
    func runsInShell(_ simple: SimpleCommand) -> Bool {
        guard let first = simple.words.first else { return true }
        let fields = context.expand(first)
        guard let name = fields.first else { return true }
        return Builtins.isBuiltin(name)
    }

    func runSimpleInShell(_ simple: SimpleCommand) -> Int32 {
        var words: [String] = []
        for w in simple.words { words += context.expand(w) }
        if words.isEmpty {
            for a in simple.assignments { context.variables.set(a.name, context.expandToString(a.value)) }
            // Redirections alone still open (and create) their files.
            guard let saved = applyRedirections(simple.redirections, save: true) else { return 1 }
            restoreRedirections(saved)
            return 0
        }
        guard let saved = applyRedirections(simple.redirections, save: true) else { return 1 }
        let status = Builtins.run(self, words)
        flushStandardOutput()
        restoreRedirections(saved)
        return status
    }

    /// Forks every command of the pipeline, connected by pipes, and waits for them.
    func runForked(_ commands: [Command]) -> Int32 {
        var pids: [Pid] = []
        var group = Pid(rawValue: 0)
        var input: FD? = nil
        for (i, command) in commands.enumerated() {
            var output: (read: FD, write: FD)? = nil
            if i < commands.count - 1 {
                guard let p = try? pipe2([.O_CLOEXEC]) else { complain("pipe failed"); break }
                output = p
            }
            guard let child = try? fork() else { complain("fork failed"); break }
            if child.rawValue == 0 {
                if interactive {
                    _ = try? setpgid(Pid(rawValue: 0), group)
                    if group.rawValue == 0 { _ = try? tcsetpgrp(.standardInput, getpid()) }
                }
                restoreDefaultSignals()
                if let input { _ = try? dup2(input, .standardInput) }
                if let output { _ = try? dup2(output.write, .standardOutput) }
                interactive = false
                exit(runInChild(command))
            }
            if interactive {
                if group.rawValue == 0 { group = child }
                _ = try? setpgid(child, group)
            }
            pids.append(child)
            if let input { try? close(input) }
            if let output { try? close(output.write); input = output.read }
        }
        if let input { try? close(input) }
        if interactive && group.rawValue != 0 { _ = try? tcsetpgrp(.standardInput, group) }
        let status = waitForeground(pids, group: group)
        if interactive { _ = try? tcsetpgrp(.standardInput, shellGroup) }
        return status
    }

    /// Waits for a foreground job; a stopped job becomes a listed job.
    func waitForeground(_ pids: [Pid], group: Pid) -> Int32 {
        var status: Int32 = 0
        var remaining = pids
        while !remaining.isEmpty {
            guard let (pid, ws) = try? waitForChild(Pid(rawValue: -1), options: interactive ? [.WUNTRACED] : []) else { break }
            if ws.stopped {
                let number = (jobs.map { $0.number }.max() ?? 0) + 1
                jobs.append(Job(number: number, group: group, pids: remaining, text: "job", stopped: true))
                writeError("\n[" + String(number) + "]+ Stopped\n")
                return 128 + Int32(Signal.SIGTSTP.rawValue)
            }
            if let index = remaining.firstIndex(of: pid) {
                remaining.remove(at: index)
                if pid == pids.last { status = Shell.statusCode(ws) }
                if ws.signaled && ws.terminationSignal == Signal.SIGINT.rawValue && interactive { writeError("\n") }
            } else {
                noteBackgroundExit(pid, ws)
            }
        }
        return status
    }

    /// A background pid reaped while waiting for something else.
    func noteBackgroundExit(_ pid: Pid, _ status: WaitStatus) {
        for j in jobs.indices {
            if let k = jobs[j].pids.firstIndex(of: pid) { jobs[j].pids.remove(at: k) }
        }
        doneJobs.append(contentsOf: jobs.filter { $0.pids.isEmpty }.map { $0.number })
        jobs.removeAll { $0.pids.isEmpty }
    }
    var doneJobs: [Int] = []

    /// Prints "[n]+ Done" for background jobs that finished (interactive only), before a prompt.
    func reportDoneJobs() {
        while let (pid, ws) = try? wait4(Pid(rawValue: -1), options: [.WNOHANG]), pid.rawValue > 0 {
            noteBackgroundExit(pid, ws)
        }
        if interactive { for n in doneJobs { writeError("[" + String(n) + "]+ Done\n") } }
        doneJobs = []
    }

    /// The $? of a wait status: the exit code, or 128 + the signal.
    static func statusCode(_ ws: WaitStatus) -> Int32 {
        if ws.exited { return ws.exitCode }
        if ws.signaled { return 128 + ws.terminationSignal }
        return 1
    }

    /// In a forked child: one command of a pipeline (never returns to the caller's loop).
    func runInChild(_ command: Command) -> Int32 {
        switch command {
        case .subshell(let items, let redirections):
            guard applyRedirections(redirections, save: false) != nil else { return 1 }
            return run(items, source: "")
        case .simple(let simple):
            var words: [String] = []
            for w in simple.words { words += context.expand(w) }
            for a in simple.assignments { context.variables.set(a.name, context.expandToString(a.value), export: true) }
            guard applyRedirections(simple.redirections, save: false) != nil else { return 1 }
            guard let name = words.first else { return 0 }
            if Builtins.isBuiltin(name) { return Builtins.run(self, words) }
            return execute(words)
        }
    }

    /// execve through PATH; returns the status for the error if every candidate fails.
    func execute(_ words: [String]) -> Int32 {
        let name = words[0]
        let environment = context.variables.environment
        var firstError: Errno? = nil
        for candidate in commandCandidates(name, path: context.variables.value("PATH") ?? "/bin:/usr/bin") {
            do { try execve(candidate, words, environment) } catch {
                if error != .ENOENT && error != .ENOTDIR && firstError == nil { firstError = error }
            }
        }
        guard let error = firstError else {
            complain(name + ": not found")
            return 127
        }
        complain(name + ": " + errnoText(error))
        return error == .ENOENT ? 127 : 126
    }
}

/// Children start with the default action for the signals the interactive shell ignores.
func restoreDefaultSignals() {
    for s in [Signal.SIGINT, .SIGQUIT, .SIGTSTP, .SIGTTOU, .SIGTTIN] { _ = try? sigaction(s, .default) }
}
