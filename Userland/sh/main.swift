// sh: the Apus shell. `sh` (interactive on a terminal, or -i), `sh -c 'command' [name args]`,
// `sh script [args]`. Syntax and expansion come from ShellCore; the executor is Shell.swift.
import Runtime
import ShellCore

@main struct Sh: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let shell = Shell(environment: environment)
        let status = start(shell, arguments)
        return shell.runExitTrap(status)
    }

    static func start(_ shell: Shell, _ arguments: [String]) -> Int32 {
        var args = Array(arguments.dropFirst())
        var forceInteractive = false
        // Options before -c or the script: -i, and the `set` options (-e, -x, -f, -u).
        while let first = args.first, first.count > 1, first.hasPrefix("-") || first.hasPrefix("+"), first != "-c" {
            args.removeFirst()
            if first == "--" { break }
            if first == "-i" { forceInteractive = true; continue }
            var rest = args[...]
            guard shell.setOptions(first, names: &rest) else { return 2 }
            args = Array(rest)
        }
        if args.first == "-c" {
            guard args.count >= 2 else { shell.complain("-c: option requires an argument"); return 2 }
            shell.context.scriptName = args.count > 2 ? args[2] : "sh"
            shell.context.positional = Array(args.dropFirst(3))
            return runSource(shell, args[1])
        }
        if let script = args.first {
            shell.context.scriptName = script
            shell.context.positional = Array(args.dropFirst())
            guard let fd = try? open(script, .O_RDONLY) else {
                let reason = (try? stat(script)) != nil ? errnoText(.EACCES) : "No such file"
                writeError("sh: 0: cannot open " + script + ": " + reason + "\n")
                return 2
            }
            var text = ""
            // Exactly as written: a here-document ended by the end of the file keeps its last
            // line's missing newline missing, as in dash.
            while let (line, newline) = readLineNoting(fd) { text += line + (newline ? "\n" : "") }
            try? close(fd)
            return runSource(shell, text)
        }
        shell.readsStandardInput = true
        shell.interactive = forceInteractive || isatty(.standardInput)
        if shell.interactive { becomeInteractive(shell) }
        return readLoop(shell)
    }

    /// Runs a script or `-c` text one complete command at a time, as dash does: the
    /// commands before a syntax error run, then the shell stops with status 2.
    static func runSource(_ shell: Shell, _ text: String) -> Int32 {
        var parser = Parser(text)
        while shell.exitRequested == nil {
            do {
                parser.aliases = shell.aliases
                guard let items = try parser.nextCompleteCommand() else { break }
                shell.run(items)
                // `return` outside a function ends a script, as in dash.
                if case .returnFunction? = shell.jump { break }
                shell.jump = nil
            } catch {
                reportSyntaxError(shell, error)
                return 2
            }
        }
        return shell.exitRequested ?? shell.context.lastStatus
    }

    /// "NAME: LINE: Syntax error: MESSAGE", with $0 as NAME, as dash prints it.
    static func reportSyntaxError(_ shell: Shell, _ error: SyntaxError) {
        writeError(shell.context.scriptName + ": " + String(shell.lineOffset + error.line) + ": Syntax error: " + error.message + "\n")
    }

    /// Ignores the job-control signals and takes the terminal for the shell's own group.
    static func becomeInteractive(_ shell: Shell) {
        for s in [Signal.SIGQUIT, .SIGTSTP, .SIGTTOU, .SIGTTIN] { _ = try? sigaction(s, .ignore) }
        // ^C at the prompt interrupts the read (no SA_RESTART); children get SIG_DFL back.
        _ = try? sigaction(.SIGINT, .handler(onPromptInterrupt))
        _ = try? setpgid(Pid(rawValue: 0), Pid(rawValue: 0))
        shell.shellGroup = getpgrp()
        _ = try? tcsetpgrp(.standardInput, shell.shellGroup)
    }

    static func prompt(_ shell: Shell) -> String {
        shell.context.variables.value("PS1") ?? (geteuid() == 0 ? "# " : "$ ")
    }

    static func lineCount(_ text: String) -> Int { text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }

    /// Reads commands line by line; an incomplete command reads more lines (PS2 "> ").
    static func readLoop(_ shell: Shell) -> Int32 {
        var pending = ""
        while shell.exitRequested == nil {
            if shell.interactive {
                if pending.isEmpty { shell.reportDoneJobs() }
                writeError(pending.isEmpty ? prompt(shell) : (shell.context.variables.value("PS2") ?? "> "))
            }
            interruptedAtPrompt = false
            guard let line = readLine(.standardInput, interruptible: shell.interactive) else {
                if interruptedAtPrompt {
                    writeError("\n")
                    pending = ""
                    continue
                }
                // At the end of the input an open here-document ends; anything else still
                // open is dash's syntax error.
                if !pending.isEmpty {
                    do { shell.run(try Parser.parse(pending, aliases: shell.aliases)) } catch { reportSyntaxError(shell, error); return 2 }
                }
                break
            }
            pending += line + "\n"
            do {
                let items = try Parser.parse(pending, moreMayFollow: true, aliases: shell.aliases)
                shell.run(items)
                // ^C ends the line with dash's status, SIGINT + 128.
                if case .interrupt? = shell.jump { shell.context.lastStatus = 128 + Int32(Signal.SIGINT.rawValue) }
                shell.jump = nil
                shell.lineOffset += lineCount(pending)
                pending = ""
            } catch {
                if error.incomplete { continue }
                reportSyntaxError(shell, error)
                shell.lineOffset += lineCount(pending)
                shell.context.lastStatus = 2
                pending = ""
            }
        }
        if shell.interactive && shell.exitRequested == nil { writeError("\n") }
        return shell.exitRequested ?? shell.context.lastStatus
    }
}
