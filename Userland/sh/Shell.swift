// The shell's state and its executor for lists, && ||, background jobs and pipelines.
// Compound commands and functions: Shell+Compound.swift; simple commands, expansion and
// PATH search: Shell+Simple.swift; $(...): Shell+Substitution.swift; builtins:
// Builtins*.swift; redirections: Redirections.swift; the reading loop: main.swift.
import Runtime
import ShellCore

/// A background or stopped job.
struct Job {
    var number: Int
    var group: Pid
    /// The processes not reaped yet.
    var pids: [Pid]
    var text: String
    var stopped = false
    /// The last process of the job: its status is the job's.
    var lastPid: Pid
    /// How the last process ended, once reaped.
    var lastStatus: WaitStatus? = nil

    init(number: Int, group: Pid, pids: [Pid], text: String, stopped: Bool = false) {
        self.number = number; self.group = group; self.pids = pids; self.text = text; self.stopped = stopped
        lastPid = pids.last ?? group
    }
}

/// A defined function.
struct ShellFunction {
    var name: String
    var body: Command
}

/// Why the commands being run stop early: `break`/`continue` [n], `return`, ^C killing
/// a foreground job at the interactive prompt (the whole line is abandoned, as in dash), or
/// at the prompt an error that would end a non-interactive shell (a readonly assignment:
/// the line is abandoned too, its status kept).
enum Jump {
    case breakLoop(Int)
    case continueLoop(Int)
    case returnFunction
    case interrupt
    case abandonLine
}

/// The shell: variables, special parameters, jobs, functions.
final class Shell {
    var context: ExpansionContext
    var interactive = false
    var jobs: [Job] = []
    var shellGroup = Pid(rawValue: 0)
    /// Set by `exit`: the status the shell ends with.
    var exitRequested: Int32? = nil
    /// What dash's messages name between the line number and the message: `eval`, or the
    /// file `.` runs, while their commands run (other builtins name themselves).
    var commandName: String? = nil
    /// Set by break/continue/return/^C; cleared where it ends.
    var jump: Jump? = nil
    /// How many loops enclose the running command (in the current function).
    var loopDepth = 0
    var functions: [ShellFunction] = []
    /// The status of the last command substitution of the command being expanded.
    var substitutionStatus: Int32? = nil
    /// Status lines of finished background jobs not reported yet.
    var doneJobs: [String] = []
    /// Background processes reaped while the shell waited for something else, with their
    /// $? — `wait pid` and `wait %n` still report them (POSIX wait); the latest few only.
    var reapedStatuses: [(pid: Pid, status: Int32)] = []
    /// Finished jobs' numbers and last pids, for `wait %n`.
    var finishedJobs: [(number: Int, lastPid: Pid)] = []
    /// `set -e`, `set -x`, `set -f` (Builtins+Control.swift); `set -u` is context.nounset.
    var errexit = false, xtrace = false, noglob = false
    /// `set -C`: `>` does not overwrite an existing file (Redirections.swift); `set -a` is
    /// context.variables.exportAll.
    var noclobber = false
    /// Whether the commands come from standard input (dash's `stdin` option, `-s`).
    var readsStandardInput = false
    /// How many conditions enclose the running command (if/while tests, the left of && ||,
    /// `!`): `set -e` ignores failures there, as POSIX says.
    var conditionDepth = 0
    /// One frame per running function: what its `local` must undo (Shell+Locals.swift).
    var localFrames: [LocalFrame] = []
    /// getopts' place, and the OPTIND it last wrote (another value: the script set it).
    var getoptsPosition = GetoptsPosition()
    var getoptsWritten = "1"
    /// Traps set with `trap` (Shell+Traps.swift).
    var traps: [Trap] = []
    /// `alias` definitions, handed to the parser before each command is read.
    var aliases = Aliases()
    /// Whether the running builtin was called through `command` (its errors do not end the shell).
    var viaCommand = false

    init(environment: [String]) {
        context = ExpansionContext(variables: Variables(environment: environment))
        context.shellPid = getpid().rawValue
        context.variables.set("OPTIND", "1")
    }

    /// The line of the simple command running (in the text being run), and how many lines
    /// the interactive shell read before that text: dash numbers its messages so.
    var currentLine = 1
    var lineOffset = 0

    /// Writes "$0: LINE: message" to standard error, as dash does ("sh: 1: x: not found").
    func complain(_ message: String) {
        let running = commandName.map { $0 + ": " } ?? ""
        writeError(context.scriptName + ": " + String(lineOffset + currentLine) + ": " + running + message + "\n")
    }

    /// A builtin's leading options as dash's nextopt reads them: letters from `allowed`,
    /// "--" or a word not starting with "-" (or just "-") ends them. nil once "NAME:
    /// Illegal option -x" has been reported.
    func builtinOptions(_ builtin: String, _ args: [String],
                        allowed: String) -> (letters: [Character], operands: ArraySlice<String>)? {
        var operands = args[...], letters: [Character] = []
        while let first = operands.first, first.hasPrefix("-"), first != "-" {
            operands.removeFirst()
            if first == "--" { break }
            for c in first.dropFirst() {
                guard allowed.contains(c) else {
                    complain(builtin + ": Illegal option -" + String(c))
                    return nil
                }
                letters.append(c)
            }
        }
        return (letters, operands)
    }

    /// Whether the running commands must stop (exit, break, continue, return, ^C).
    var unwinding: Bool { exitRequested != nil || jump != nil }

    /// Runs parsed items; returns the last status.
    @discardableResult
    func run(_ items: [ListItem]) -> Int32 {
        for item in items {
            if unwinding { break }
            if item.background {
                runBackground(item.command)
            } else {
                context.lastStatus = runAndOr(item.command)
            }
            runPendingTraps()
            takeShellInterrupt()
        }
        return context.lastStatus
    }

    /// Runs a list that may be empty (a `case` item): 0 when it is.
    func runList(_ items: [ListItem]) -> Int32 { items.isEmpty ? 0 : run(items) }

    func runAndOr(_ list: AndOrList) -> Int32 {
        var status = runTested(list.first, last: list.rest.isEmpty)
        var lastRan = 0, negated = list.first.negated
        for (i, next) in list.rest.enumerated() {
            if unwinding { break }
            if (next.connector == .and) == (status == 0) {
                context.lastStatus = status
                status = runTested(next.pipeline, last: i == list.rest.count - 1)
                lastRan = i + 1
                negated = next.pipeline.negated
            }
        }
        // set -e: a failure of the list's last pipeline (not negated, not in a test) ends the shell.
        if errexit && status != 0 && conditionDepth == 0 && !unwinding && !negated && lastRan == list.rest.count {
            exitRequested = status
        }
        return status
    }

    /// A pipeline of an and-or list; all but the last one, and negated ones, are tests.
    private func runTested(_ pipeline: Pipeline, last: Bool) -> Int32 {
        let test = !last || pipeline.negated
        if test { conditionDepth += 1 }
        defer { if test { conditionDepth -= 1 } }
        return runPipeline(pipeline)
    }

    func runBackground(_ list: AndOrList) {
        flushStandardOutput()
        guard let child = try? fork() else { complain("fork failed"); return }
        if child.rawValue == 0 {
            if interactive { _ = try? setpgid(Pid(rawValue: 0), Pid(rawValue: 0)) }
            restoreDefaultSignals()
            resetTrapsInChild()
            interactive = false
            jobs = []
            let status = runAndOr(list)
            exit(runExitTrap(exitRequested ?? status))
        }
        if interactive { _ = try? setpgid(child, child) }
        let number = (jobs.map { $0.number }.max() ?? 0) + 1
        jobs.append(Job(number: number, group: child, pids: [child], text: commandText(list)))
        context.lastBackgroundPid = child.rawValue
        if interactive { writeError("[" + String(number) + "] " + String(child.rawValue) + "\n") }
        context.lastStatus = 0
    }

    /// Runs a pipeline in the foreground; a lone command runs in the shell itself (forking
    /// only to execute a program).
    func runPipeline(_ pipeline: Pipeline) -> Int32 {
        var status: Int32
        if pipeline.commands.count == 1 {
            status = runCommand(pipeline.commands[0])
        } else {
            status = runForked(pipeline.commands)
        }
        if pipeline.negated { status = status == 0 ? 1 : 0 }
        return status
    }

    /// One command in the shell's own process.
    func runCommand(_ command: Command) -> Int32 {
        switch command {
        case .simple(let simple): return runSimple(simple)
        case .subshell: return runForked([command])
        case .compound(let compound, let redirections):
            guard let saved = applyRedirections(redirections, save: true) else { return 2 }
            let status = runCompound(compound)
            restoreRedirections(saved)
            return status
        case .function(let name, let body):
            functions.removeAll { $0.name == name }
            functions.append(ShellFunction(name: name, body: body))
            return 0
        }
    }

    /// Forks every command of the pipeline, connected by pipes, and waits for them.
    /// `program`: the already expanded words of a lone simple command that runs a program.
    func runForked(_ commands: [Command], program: [String]? = nil) -> Int32 {
        var pids: [Pid] = []
        var group = Pid(rawValue: 0)
        var input: FD? = nil
        flushStandardOutput()
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
                resetTrapsInChild()
                if let input { _ = try? dup2(input, .standardInput) }
                if let output { _ = try? dup2(output.write, .standardOutput) }
                interactive = false
                jobs = []
                let status: Int32
                if let program, case .simple(let simple) = command {
                    status = executeProgram(simple, program)
                } else {
                    status = runInChild(command)
                }
                exit(runExitTrap(exitRequested ?? status))
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
        let status = waitForeground(pids, group: group, text: pipelineDescription(commands))
        if interactive { _ = try? tcsetpgrp(.standardInput, shellGroup) }
        return status
    }

    private func pipelineDescription(_ commands: [Command]) -> String {
        commandText(AndOrList(first: Pipeline(commands: commands)))
    }

    /// In a forked child: one command of a pipeline (its status ends the child).
    func runInChild(_ command: Command) -> Int32 {
        switch command {
        case .subshell(let items, let redirections):
            guard applyRedirections(redirections, save: false) != nil else { return 2 }
            return run(items)
        case .simple(let simple):
            guard let words = expandWords(simple.words) else { return 2 }
            if words.isEmpty || isFunction(words[0]) || Builtins.isBuiltin(words[0]) { return runSimple(simple, expanded: words) }
            return executeProgram(simple, words)
        default:
            return runCommand(command)
        }
    }
}

/// Children start with the default action for the signals the interactive shell ignores.
func restoreDefaultSignals() {
    for s in [Signal.SIGINT, .SIGQUIT, .SIGTSTP, .SIGTTOU, .SIGTTIN] { _ = try? sigaction(s, .default) }
}
