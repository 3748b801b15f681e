// alias [name[=value] ...] and unalias [-a] name... (POSIX alias(1), unalias(1), worded as
// dash does: its "not found" messages have no line number). The table is ShellCore's
// Aliases; the parser expands them as it reads each command (Parser+Alias.swift).
import Runtime
import ShellCore

extension Builtins {
    /// alias: lists every alias ("name='value'"), prints the named ones, defines name=value;
    /// status 1 when a named alias does not exist.
    static func alias(_ shell: Shell, _ args: [String]) -> Int32 {
        if args.isEmpty {
            for a in shell.aliases.listed { writeOutput(a.name + "=" + singleQuoted(a.value) + "\n") }
            return 0
        }
        // dash writes its errors at once and its output when the builtin ends: errors first.
        var status: Int32 = 0
        var output = ""
        for operand in args {
            switch aliasOperation(operand) {
            case .define(let name, let value): shell.aliases.define(name, value)
            case .show(let name):
                if let line = shell.aliases.listing(name) { output += line + "\n" } else {
                    writeError("alias: " + name + " not found\n")
                    status = 1
                }
            }
        }
        writeOutput(output)
        return status
    }

    /// unalias -a removes every alias; unalias name... the named ones (status 1 when one
    /// did not exist).
    static func unalias(_ shell: Shell, _ args: [String]) -> Int32 {
        guard let (letters, names) = shell.builtinOptions("unalias", args, allowed: "a") else { return 2 }
        if !letters.isEmpty {
            shell.aliases.removeAll()
            return 0
        }
        var status: Int32 = 0
        for name in names where !shell.aliases.remove(name) {
            writeError("unalias: " + name + " not found\n")
            status = 1
        }
        return status
    }
}
