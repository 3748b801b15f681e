// type and command -v / -V (POSIX type(1), command(1)): what a name runs as — keyword,
// function, builtin or the program PATH finds; `command name args` (bypassing functions)
// is handled where simple commands run (Shell+Simple.swift).
import Runtime
import ShellCore

extension Builtins {
    /// The reserved words, as `type` names them.
    static let keywords = ["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until",
                           "for", "{", "}", "!", "in"]

    /// type name...: "x is a shell builtin", "x is /bin/x", "x: not found" (127).
    static func type(_ shell: Shell, _ args: [String]) -> Int32 {
        var status: Int32 = 0
        for name in args {
            if let what = describe(shell, name, verbose: true) { print(what) } else {
                print(name + ": not found")
                status = 127
            }
        }
        return status
    }

    /// command -v|-V name...: the name or path (-v) or the `type` sentence (-V).
    static func command(_ shell: Shell, _ args: [String]) -> Int32 {
        guard let option = args.first, option == "-v" || option == "-V" else { return 0 }
        var status: Int32 = 0
        for name in args.dropFirst() {
            if let what = describe(shell, name, verbose: option == "-V") { print(what) } else {
                if option == "-V" { print(name + ": not found") }
                status = 127
            }
        }
        return status
    }

    /// How `name` would run; nil when it would not be found.
    private static func describe(_ shell: Shell, _ name: String, verbose: Bool) -> String? {
        if keywords.contains(name) { return verbose ? name + " is a shell keyword" : name }
        if let value = shell.aliases.value(name) {
            return verbose ? name + " is an alias for " + value : "alias " + name + "=" + singleQuoted(value)
        }
        if shell.isFunction(name) { return verbose ? name + " is a shell function" : name }
        if isSpecial(name) { return verbose ? name + " is a special shell builtin" : name }
        if isBuiltin(name) { return verbose ? name + " is a shell builtin" : name }
        for candidate in commandCandidates(name, path: shell.context.variables.value("PATH") ?? "/bin:/usr/bin") {
            guard (try? access(candidate, .X_OK)) != nil,
                  let info = try? stat(candidate), !FileMode(rawValue: info.st_mode).isDirectory else { continue }
            return verbose ? name + " is " + candidate : candidate
        }
        return nil
    }
}
