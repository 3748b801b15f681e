// The builtins that steer the shell itself: break continue [n], return [n], shift [n],
// set [--] [args], eval, fg and bg (Shell+Jobs.swift). POSIX XCU 2.14.
import Runtime
import ShellCore

extension Builtins {
    static func control(_ shell: Shell, _ name: String, _ args: [String]) -> Int32 {
        switch name {
        case "break", "continue":
            guard let n = count(shell, name, args) else { return 2 }
            // Outside a loop dash does nothing; more levels than loops leave them all.
            guard shell.loopDepth > 0 else { return 0 }
            let levels = min(n, shell.loopDepth)
            shell.jump = name == "break" ? .breakLoop(levels) : .continueLoop(levels)
            return 0
        case "return":
            var status = shell.context.lastStatus
            if let a = args.first {
                guard let n = Int32(a) else { shell.complain("return: Illegal number: " + a); return 2 }
                status = n & 0xff
            }
            shell.jump = .returnFunction
            shell.context.lastStatus = status
            return status
        case "shift":
            guard let n = count(shell, name, args, zero: true) else { return 2 }
            guard n <= shell.context.positional.count else { shell.complain("shift: can't shift that many"); return 2 }
            shell.context.positional.removeFirst(n)
            return 0
        case "set": return set(shell, args)
        case "eval":
            var text = ""
            for (i, a) in args.enumerated() { text += (i == 0 ? "" : " ") + a }
            return runText(shell, text)
        case ".": return source(shell, args)
        case "local": return shell.localBuiltin(args)
        case "fg": return shell.foreground(args)
        case "bg": return shell.background(args)
        default: return 127
        }
    }

    /// . file: the file's commands run in this shell, one complete command at a time; a
    /// name without `/` is looked for in PATH.
    private static func source(_ shell: Shell, _ args: [String]) -> Int32 {
        guard let name = args.first else { return 0 }
        var text: String? = nil, path = name
        for candidate in commandCandidates(name, path: shell.context.variables.value("PATH") ?? "/bin") {
            guard let fd = try? open(candidate, .O_RDONLY) else { continue }
            var content = ""
            while let line = readLine(fd) { content += line + "\n" }
            try? close(fd)
            text = content
            path = candidate
            break
        }
        guard let text else {
            shell.complain(".: cannot open " + name + ": No such file")
            if !shell.interactive { shell.exitRequested = 2 }
            return 2
        }
        shell.commandName = path
        return runText(shell, text)
    }

    /// eval's and `.`'s commands, one complete command at a time as dash reads them (an
    /// alias one defines holds for the next); a syntax error ends them with status 2, and
    /// a script too.
    private static func runText(_ shell: Shell, _ text: String) -> Int32 {
        var parser = Parser(text)
        var status: Int32 = 0
        while !shell.unwinding {
            do {
                parser.aliases = shell.aliases
                guard let items = try parser.nextCompleteCommand() else { break }
                status = shell.run(items)
            } catch {
                shell.complain("Syntax error: " + error.message)
                if !shell.interactive { shell.exitRequested = 2 }
                return 2
            }
        }
        return status
    }

    /// The level count of break/continue/shift: 1 (0 for shift) when absent.
    private static func count(_ shell: Shell, _ name: String, _ args: [String], zero: Bool = false) -> Int? {
        guard let a = args.first else { return zero ? 1 : 1 }
        guard let n = Int(a), n >= (zero ? 0 : 1) else { shell.complain(name + ": Illegal number: " + a); return nil }
        return n
    }

    /// set: without arguments lists the variables; `set [-efux] [+efux] [-o name] [--] [args]`
    /// sets the options (Shell+Options.swift) and replaces the positional parameters when
    /// arguments follow.
    private static func set(_ shell: Shell, _ args: [String]) -> Int32 {
        if args.isEmpty {
            for line in shell.context.variables.setListing { writeOutput(line + "\n") }
            return 0
        }
        var rest = args[...]
        var replace = false
        while let first = rest.first, first.count > 1, first.hasPrefix("-") || first.hasPrefix("+") {
            rest = rest.dropFirst()
            if first == "--" { replace = true; break }
            guard shell.setOptions(first, names: &rest) else { return shell.specialBuiltinFailed() }
        }
        if replace || !rest.isEmpty {
            shell.context.positional = Array(rest)
            // New parameters: getopts starts from the first, as dash's setparam does.
            shell.getoptsPosition = GetoptsPosition()
        }
        return 0
    }
}
