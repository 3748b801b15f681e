// Simple commands (POSIX XCU 2.9.1): words expanded once (fields, then pathname expansion
// over the directory tree), then a function, a builtin (both in the shell, with their
// redirections saved and restored) or a program found through PATH and run in a child.
import Runtime
import ShellCore

extension Shell {
    /// Runs a simple command in the shell's process (forking for a program).
    /// `expanded`: its words when already expanded (in a pipeline's child).
    func runSimple(_ simple: SimpleCommand, expanded: [String]? = nil) -> Int32 {
        substitutionStatus = nil
        currentLine = simple.line
        guard var words = expanded ?? expandWords(simple.words) else { return 2 }
        if xtrace && expanded == nil { trace(simple, words) }
        // `command name args`: the builtin or program, never a function of that name.
        var functionsAllowed = true
        if words.first == "command", words.count > 1, !words[1].hasPrefix("-") {
            words.removeFirst()
            functionsAllowed = false
        }
        guard let name = words.first else {
            for a in simple.assignments {
                guard let value = expandString(a.value) else { return 2 }
                guard assignVariable(a.name, value) else { return assignmentFailed() }
            }
            // Redirections alone still open (and create) their files.
            guard let saved = applyRedirections(simple.redirections, save: true) else { return 2 }
            restoreRedirections(saved)
            return substitutionStatus ?? 0
        }
        // An assignment to a readonly variable fails before the command runs, even a program's.
        if let readonly = simple.assignments.first(where: { context.variables.isReadonly($0.name) }) {
            complain(readonly.name + ": is read only")
            return assignmentFailed()
        }
        if name == "exec" { return exec(simple, words) }
        if name == "kill" && words.contains(where: { $0.hasPrefix("%") }) {
            let (operands, allFound) = jobOperands(words)
            // As dash: each unknown job is reported, the rest are still signalled, status 2.
            guard allFound else {
                if operands.count > 1 && operands.last != "--" { _ = runForked([.simple(simple)], program: operands) }
                return 2
            }
            words = operands
        }
        let function = functionsAllowed ? functions.first { $0.name == name } : nil
        guard function != nil || Builtins.isBuiltin(name) else { return runForked([.simple(simple)], program: words) }
        // Assignments before a function or builtin hold while it runs (`IFS=: read a b`);
        // before a special builtin they stay (`x=1 :`), as POSIX XCU 2.14 and dash do.
        let special = function == nil && functionsAllowed && Builtins.isSpecial(name)
        // What each name was (flags too: `export x; x=1 true` leaves x exported and unset).
        var previous: [(String, Variable?)] = []
        for a in simple.assignments {
            guard let value = expandString(a.value) else { return 2 }
            if !special { previous.append((a.name, context.variables.variable(a.name))) }
            context.variables.set(a.name, value)
        }
        var status: Int32 = 2
        if let saved = applyRedirections(simple.redirections, save: true) {
            if let function { status = callFunction(function.body, words) } else {
                let savedViaCommand = viaCommand
                viaCommand = !functionsAllowed
                status = Builtins.run(self, words)
                viaCommand = savedViaCommand
            }
            flushStandardOutput()
            restoreRedirections(saved)
        }
        for (name, variable) in previous.reversed() { context.variables.restore(name, to: variable) }
        return status
    }

    /// exec: without a command its redirections stay for the rest of the shell; with one,
    /// the program replaces the shell (failing that, a non-interactive shell exits).
    func exec(_ simple: SimpleCommand, _ words: [String]) -> Int32 {
        guard words.count > 1 else {
            for a in simple.assignments {
                guard let value = expandString(a.value) else { return 2 }
                context.variables.set(a.name, value)
            }
            flushStandardOutput()
            return applyRedirections(simple.redirections, save: false) == nil ? 2 : 0
        }
        flushStandardOutput()
        if interactive { restoreDefaultSignals() }
        let status = executeProgram(simple, Array(words.dropFirst()), prefix: "exec: ")
        if !interactive { exitRequested = status }
        return status
    }

    /// set -x: "+ words" on standard error before the command runs, as dash writes it.
    func trace(_ simple: SimpleCommand, _ words: [String]) {
        var text = "+"
        for a in simple.assignments { text += " " + a.name + "=" + (expandString(a.value) ?? "") }
        for w in words { text += " " + w }
        writeError(text + "\n")
    }

    /// kill's `%n` operands: with job control the job's process group ("-- -PGID"), so
    /// /bin/kill signals the whole job as dash's kill does; without it (a script: the job
    /// shares the shell's group) its pids, as bash does where dash's killpg fails. An
    /// unknown job is reported ("No such job") and left out (`allFound` false).
    func jobOperands(_ words: [String]) -> (operands: [String], allFound: Bool) {
        var result: [String] = []
        var allFound = true
        for w in words {
            guard w.hasPrefix("%") else {
                result.append(w)
                continue
            }
            guard let n = Int(w.dropFirst()), let job = jobs.first(where: { $0.number == n }) else {
                complain("kill: No such job: " + w)
                allFound = false
                continue
            }
            if !interactive {
                result += job.pids.map { String($0.rawValue) }
                continue
            }
            if !result.contains("--") { result.append("--") }
            result.append("-" + String(job.group.rawValue))
        }
        return (result, allFound)
    }

    func isFunction(_ name: String) -> Bool { functions.contains { $0.name == name } }

    /// Runs a function body with the words as its positional parameters.
    func callFunction(_ body: Command, _ words: [String]) -> Int32 {
        let savedPositional = context.positional
        let savedLoopDepth = loopDepth
        context.positional = Array(words.dropFirst())
        loopDepth = 0
        localFrames.append(LocalFrame())
        let savedGetopts = getoptsPosition
        getoptsPosition = GetoptsPosition()
        var status = runCommand(body)
        getoptsPosition = savedGetopts
        if case .returnFunction? = jump { jump = nil; status = context.lastStatus }
        popLocalFrame()
        loopDepth = savedLoopDepth
        context.positional = savedPositional
        return status
    }

    /// The builtins whose `name=value` operands are assignments.
    static let declarations = ["export", "local", "readonly"]

    /// In a child: the assignments exported, the redirections applied, then execve.
    func executeProgram(_ simple: SimpleCommand, _ words: [String], prefix: String = "") -> Int32 {
        for a in simple.assignments {
            guard let value = expandString(a.value) else { return 2 }
            context.variables.set(a.name, value, export: true)
        }
        guard applyRedirections(simple.redirections, save: false) != nil else { return 2 }
        return execute(words, prefix: prefix)
    }

    /// The fields of the words with pathname expansion done; nil after an expansion error
    /// (reported; a non-interactive shell then exits with status 2, as dash does).
    /// The `name=value` operands of export, local and readonly are expanded as assignments
    /// are (one field, no globbing), as dash does.
    func expandWords(_ words: [Word]) -> [String]? {
        var result: [String] = []
        for word in words {
            if result.count >= 1, Shell.declarations.contains(result[0]), let assignment = Parser.assignment(word) {
                guard let value = expandString(assignment.value) else { return nil }
                result.append(assignment.name + "=" + value)
                continue
            }
            // A fresh copy each word: `${x=value}` assigns for the words after it.
            let expansion = context
            let fields: [Field]
            do { fields = try expansion.expandFields(word, self) } catch { expansionFailed(error); return nil }
            for field in fields {
                guard !noglob, let pattern = field.pattern else { result.append(field.text); continue }
                let matches = expandPathname(pattern, list: { directoryNames($0) }, exists: { (try? lstat($0)) != nil })
                if matches.isEmpty { result.append(field.text) } else { result += matches }
            }
        }
        return result
    }

    /// One word expanded without splitting or globbing; nil after an error (reported).
    func expandString(_ word: Word) -> String? {
        let expansion = context
        do { return try expansion.expandToString(word, self) } catch { expansionFailed(error); return nil }
    }

    /// A `case` pattern; nil after an error (reported).
    func expandPattern(_ word: Word) -> String? {
        let expansion = context
        do { return try expansion.expandPattern(word, self) } catch { expansionFailed(error); return nil }
    }

    func expansionFailed(_ error: ExpansionError) {
        complain(error.message)
        if !interactive { exitRequested = 2 }
    }

    /// execve through PATH; returns the status for the error if every candidate fails.
    func execute(_ words: [String], prefix: String = "") -> Int32 {
        let name = words[0]
        let environment = context.variables.environment
        var firstError: Errno? = nil
        for candidate in commandCandidates(name, path: context.variables.value("PATH") ?? "/bin:/usr/bin") {
            do { try execve(candidate, words, environment) } catch {
                if error != .ENOENT && error != .ENOTDIR && firstError == nil { firstError = error }
            }
        }
        guard let error = firstError else {
            complain(prefix + name + ": not found")
            return 127
        }
        complain(prefix + name + ": " + errnoText(error))
        return error == .ENOENT ? 127 : 126
    }
}

/// The names in a directory (getdents64), nil when it cannot be read.
func directoryNames(_ path: String) -> [String]? {
    guard let entries = try? readDirectory(path) else { return nil }
    return entries.map { $0.name }
}
