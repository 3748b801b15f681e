// The builtins: cd pwd exit echo wait jobs read true false and `:`; the
// control builtins (break continue return shift set eval local fg bg) are in Builtins+Control.swift,
// test and [ in Builtins+Test.swift, umask in Builtins+Umask.swift,
// getopts in Builtins+Getopts.swift, export readonly unset in Builtins+Declarations.swift,
// alias unalias in Builtins+Alias.swift.
import Runtime
import ShellCore

enum Builtins {
    static let names = ["cd", "pwd", "exit", "echo", "export", "unset", "wait", "jobs", "read", "true", "false", ":",
                        "break", "continue", "return", "shift", "set", "eval", "fg", "bg", "test", "[", ".", "exec", "printf", "trap", "type", "command", "local", "umask", "getopts",
                        "readonly", "alias", "unalias"]

    static func isBuiltin(_ name: String) -> Bool { names.contains(name) }

    /// POSIX's special builtins (XCU 2.14) and dash's `local`: assignments before them stay
    /// after they finish, and `type` calls them "special shell builtin".
    static let specialNames = [":", ".", "break", "continue", "eval", "exec", "exit", "export", "readonly",
                               "return", "set", "shift", "times", "trap", "unset", "local"]

    static func isSpecial(_ name: String) -> Bool { specialNames.contains(name) && isBuiltin(name) }

    static func run(_ shell: Shell, _ words: [String]) -> Int32 {
        let saved = shell.commandName
        shell.commandName = words[0] == "eval" ? "eval" : nil
        defer { shell.commandName = saved }
        return runNamed(shell, words)
    }

    private static func runNamed(_ shell: Shell, _ words: [String]) -> Int32 {
        let args = Array(words.dropFirst())
        switch words[0] {
        case "true", ":": return 0
        case "false": return 1
        case "echo": return echo(args)
        case "pwd":
            do { print(try getcwd()); return 0 } catch { shell.complain("pwd: " + errnoText(error)); return 1 }
        case "cd":
            // `cd -` goes back to OLDPWD and prints it, as dash does.
            var target = args.first ?? shell.context.variables.value("HOME") ?? "/"
            let back = target == "-"
            if back { target = shell.context.variables.value("OLDPWD") ?? "" }
            let previous = (try? getcwd()) ?? shell.context.variables.value("PWD") ?? ""
            do { try chdir(target) } catch { shell.complain("cd: can't cd to " + target); return 2 }
            shell.context.variables.set("OLDPWD", previous)
            if let cwd = try? getcwd() {
                shell.context.variables.set("PWD", cwd)
                if back { print(cwd) }
            }
            return 0
        case "exit":
            var code = shell.context.lastStatus
            if let a = args.first {
                guard let n = Int32(a) else { shell.complain("exit: " + a + ": numeric argument required"); code = 2; shell.exitRequested = code; return code }
                code = n & 0xff
            }
            shell.exitRequested = code
            return code
        case "export", "readonly": return declare(shell, words[0], args)
        case "unset": return unset(shell, args)
        case "alias": return alias(shell, args)
        case "unalias": return unalias(shell, args)
        case "jobs": return shell.listJobs(args)
        case "wait": return wait(shell, args)
        case "read": return read(shell, args)
        case "test": return test(shell, args)
        case "printf": return printf(shell, args)
        case "trap": return shell.trapBuiltin(args)
        case "type": return type(shell, args)
        case "command": return command(shell, args)
        case "umask": return umask(shell, args)
        case "getopts": return getopts(shell, args)
        case "[":
            guard args.last == "]" else { shell.complain("[: missing ]"); return 2 }
            return test(shell, Array(args.dropLast()))
        default: return control(shell, words[0], args)
        }
    }

    /// echo [-n] args: the arguments separated by spaces, with dash's backslash escapes
    /// (\n \t \c \0NNN …; dash is the reference, and its echo is XSI's).
    static func echo(_ args: [String]) -> Int32 {
        var a = args[...]
        var newline = true
        if a.first == "-n" { newline = false; a = a.dropFirst() }
        var bytes: [UInt8] = []
        for (i, s) in a.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            let (expanded, stop) = echoEscapes(s)
            bytes += expanded
            if stop { newline = false; break }
        }
        if newline { bytes.append(UInt8(ascii: "\n")) }
        flushStandardOutput()
        bytes.withUnsafeBytes { try? writeAll(.standardOutput, $0) }
        return 0
    }

    /// printf format [arg ...]: ShellCore's formatting, written as bytes.
    static func printf(_ shell: Shell, _ args: [String]) -> Int32 {
        guard let format = args.first else { shell.complain("printf: usage: printf format [arg ...]"); return 2 }
        let result = formatPrintf(format, Array(args.dropFirst()))
        // dash complains as it meets a bad argument, before the rest is written.
        for e in result.errors { shell.complain("printf: " + e) }
        flushStandardOutput()
        result.output.withUnsafeBytes { try? writeAll(.standardOutput, $0) }
        return result.errors.isEmpty ? 0 : 1
    }

    /// wait [pid|%n ...]: with no operand, every background job; the status of the last.
    static func wait(_ shell: Shell, _ args: [String]) -> Int32 {
        var targets: [Pid] = []
        for a in args {
            if a.hasPrefix("%"), let n = Int(a.dropFirst()) {
                if let j = shell.jobs.first(where: { $0.number == n }) {
                    targets += j.pids
                    if !j.pids.contains(j.lastPid) { targets.append(j.lastPid) }
                } else if let done = shell.finishedJobs.last(where: { $0.number == n }) {
                    targets.append(done.lastPid)
                } else { shell.complain("wait: No such job: " + a); return 2 }
            } else if let p = Int32(a) {
                targets.append(Pid(rawValue: p))
            } else {
                shell.complain("wait: " + (a.hasPrefix("%") ? "No such job: " : "Illegal number: ") + a)
                return 2
            }
        }
        var status: Int32 = 0
        if targets.isEmpty {
            while let (pid, ws) = try? waitForChild(Pid(rawValue: -1)) { shell.noteBackgroundExit(pid, ws) }
            shell.doneJobs = []
            shell.reapedStatuses = []
            return 0
        }
        for t in targets {
            // Reaped already (while a foreground job was waited for): its remembered status.
            if let index = shell.reapedStatuses.lastIndex(where: { $0.pid == t }) {
                status = shell.reapedStatuses.remove(at: index).status
                continue
            }
            guard let (pid, ws) = try? waitForChild(t) else { status = 127; continue }
            status = Shell.statusCode(ws)
            shell.noteBackgroundExit(pid, ws)
            if let index = shell.reapedStatuses.lastIndex(where: { $0.pid == pid }) { shell.reapedStatuses.remove(at: index) }
        }
        shell.doneJobs = []
        return status
    }

    /// read [-r] [name ...]: one line of standard input split on IFS into the names (the
    /// last takes the rest); without -r a backslash quotes the next character and a
    /// backslash-newline joins the next line. Status 1 at end of input.
    static func read(_ shell: Shell, _ args: [String]) -> Int32 {
        var names = args[...]
        var raw = false
        if names.first == "-r" { raw = true; names = names.dropFirst() }
        var text = ""
        var sawLine = false
        var complete = true
        while let (line, newline) = readLineNoting(.standardInput) {
            sawLine = true
            complete = newline
            if raw { text = line; break }
            var bytes = Array(line.utf8)
            var joined: [UInt8] = []
            var continued = false
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\\") {
                    if i + 1 == bytes.count { continued = true; break }
                    i += 1
                }
                joined.append(bytes[i])
                i += 1
            }
            bytes = joined
            text += String(decoding: bytes, as: UTF8.self)
            if !continued { break }
        }
        guard sawLine else {
            for n in names { guard shell.assignVariable(n, "", prefix: "read: ") else { return 2 } }
            return 1
        }
        let targets = names.isEmpty ? ["REPLY"] : Array(names)
        let ifs = Array((shell.context.variables.value("IFS") ?? " \t\n").utf8)
        for (n, value) in zip(targets, splitForRead(text, ifs: ifs, count: targets.count)) {
            guard shell.assignVariable(n, value, prefix: "read: ") else { return 2 }
        }
        // A last line without its newline still fills the names, but reports the end.
        return complete ? 0 : 1
    }
}

/// Set by the interactive shell's SIGINT handler: ^C at the prompt, or while the shell
/// itself has the terminal (Shell.takeShellInterrupt).
nonisolated(unsafe) var interruptedAtPrompt = false

/// The interactive shell's SIGINT handler: the prompt's read returns EINTR and the
/// half-typed command is dropped, as in dash.
@c func onPromptInterrupt(_ signal: Int32) { interruptedAtPrompt = true }

/// One line from `fd`, read a byte at a time so nothing past it is consumed (a child
/// reading the same input gets the rest); nil at end of input with nothing read, or
/// (`interruptible`) when ^C interrupted the read.
func readLine(_ fd: FD, interruptible: Bool = false) -> String? {
    readLineNoting(fd, interruptible: interruptible)?.line
}

/// `readLine`, also telling whether the line ended with a newline (not the input's end).
func readLineNoting(_ fd: FD, interruptible: Bool = false) -> (line: String, newline: Bool)? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
        let n: Int
        do { n = try withUnsafeMutableBytes(of: &byte) { (b) throws(Errno) -> Int in try Runtime.read(fd, b) } } catch {
            if error == .EINTR {
                if interruptible && interruptedAtPrompt { return nil }
                continue
            }
            n = 0
        }
        if n == 0 { return bytes.isEmpty ? nil : (String(decoding: bytes, as: UTF8.self), false) }
        if byte == UInt8(ascii: "\n") { return (String(decoding: bytes, as: UTF8.self), true) }
        bytes.append(byte)
    }
}
