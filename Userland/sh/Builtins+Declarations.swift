// export, readonly and unset (POSIX XCU 2.14, as dash does them), and the check every
// assignment makes: a readonly variable is never assigned or unset, with dash's message
// "x: is read only" (after the builtin's name when a builtin assigns). An assignment error,
// or an error of a special builtin not run through `command`, ends a non-interactive shell
// with status 2 and abandons the rest of the line at the prompt, as dash does.
import Runtime
import ShellCore

extension Shell {
    /// Assigns `name`; false after reporting "PREFIXname: is read only".
    func assignVariable(_ name: String, _ value: String, export: Bool = false, prefix: String = "") -> Bool {
        if context.variables.set(name, value, export: export) { return true }
        complain(prefix + name + ": is read only")
        return false
    }

    /// After a failed assignment (`x=1` with x readonly, a `for` variable): status 2; a
    /// non-interactive shell exits, the interactive one drops the rest of the line.
    func assignmentFailed() -> Int32 {
        if interactive { jump = .abandonLine } else { exitRequested = 2 }
        return 2
    }

    /// After an error of a special builtin: as `assignmentFailed`, unless `command` ran the
    /// builtin (which makes it an ordinary one, POSIX XCU 2.14).
    func specialBuiltinFailed() -> Int32 {
        if !viaCommand { return assignmentFailed() }
        return 2
    }

    /// The name before the `=` of an operand and the value after it (nil: no `=`).
    static func splitAssignment(_ operand: String) -> (name: String, value: String?) {
        guard let equals = operand.utf8.firstIndex(of: UInt8(ascii: "=")) else { return (operand, nil) }
        return (String(operand[..<equals]), String(operand[operand.utf8.index(after: equals)...]))
    }
}

extension Builtins {
    /// export [-p] [name[=value] ...] and readonly [-p] [name[=value] ...]: without operands
    /// (or with -p) the list dash prints, "export x='1'" ("export x" while unset).
    static func declare(_ shell: Shell, _ builtin: String, _ args: [String]) -> Int32 {
        guard let (letters, operands) = shell.builtinOptions(builtin, args, allowed: "p") else {
            return shell.specialBuiltinFailed()
        }
        let listing = operands.isEmpty || !letters.isEmpty
        // With -p, dash lists every name and ignores the operands.
        if listing {
            let variables = shell.context.variables
            for line in builtin == "export" ? variables.exportListing : variables.readonlyListing { writeOutput(line + "\n") }
            return 0
        }
        for operand in operands {
            let (name, value) = Shell.splitAssignment(operand)
            guard isValidName(name) else {
                shell.complain(builtin + ": " + name + ": bad variable name")
                return shell.specialBuiltinFailed()
            }
            if builtin == "export" {
                if let value {
                    guard shell.assignVariable(name, value, export: true, prefix: "export: ") else { return shell.specialBuiltinFailed() }
                } else {
                    shell.context.variables.export(name)
                }
            } else if !shell.context.variables.makeReadonly(name, value) {
                shell.complain("readonly: " + name + ": is read only")
                return shell.specialBuiltinFailed()
            }
        }
        return 0
    }

    /// unset [-v] name... (variables) or unset -f name... (functions).
    static func unset(_ shell: Shell, _ args: [String]) -> Int32 {
        var operands = args[...]
        var functions = false
        while let first = operands.first, first == "-f" || first == "-v" {
            functions = first == "-f"
            operands = operands.dropFirst()
        }
        for name in operands {
            if functions { shell.functions.removeAll { $0.name == name }; continue }
            guard isValidName(name) else {
                shell.complain("unset: " + name + ": bad variable name")
                return shell.specialBuiltinFailed()
            }
            guard shell.context.variables.unset(name) else {
                shell.complain("unset: " + name + ": is read only")
                return shell.specialBuiltinFailed()
            }
        }
        return 0
    }
}
