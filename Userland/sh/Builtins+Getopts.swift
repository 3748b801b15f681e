// getopts optstring var [arg ...] (POSIX getopts(1), as dash does it): one option per call
// from the positional parameters (or the args), ShellCore's getoptsStep doing the reading.
// The shell keeps its place between calls; assigning OPTIND (OPTIND=1) starts it again,
// and each function call has its own place, restored when it returns (Shell+Simple.swift).
import Runtime
import ShellCore

extension Builtins {
    static func getopts(_ shell: Shell, _ args: [String]) -> Int32 {
        guard args.count >= 2 else { shell.complain("getopts: Usage: getopts optstring var [arg...]"); return 2 }
        let operands = args.count > 2 ? Array(args.dropFirst(2)) : shell.context.positional
        let variables = shell.context.variables
        let optind = variables.value("OPTIND") ?? ""
        if optind != shell.getoptsWritten {
            shell.getoptsPosition = GetoptsPosition(index: max(Int(optind) ?? 1, 1), offset: -1)
        }
        if shell.getoptsPosition.index > operands.count + 1 { shell.getoptsPosition = GetoptsPosition() }
        let step = getoptsStep(args[0], operands, &shell.getoptsPosition)
        if let message = step.message { writeError(message + "\n") }
        switch step.argument {
        case .set(let value): guard shell.assignVariable("OPTARG", value, prefix: "getopts: ") else { return 2 }
        case .unset:
            guard shell.context.variables.unset("OPTARG") else { shell.complain("getopts: OPTARG: is read only"); return 2 }
        case .unchanged: break
        }
        shell.getoptsWritten = String(shell.getoptsPosition.index)
        guard shell.assignVariable("OPTIND", shell.getoptsWritten, prefix: "getopts: ") else { return 2 }
        guard isValidName(args[1]) else { shell.complain("getopts: " + args[1] + ": bad variable name"); return 2 }
        guard shell.assignVariable(args[1], step.name, prefix: "getopts: ") else { return 2 }
        return step.done ? 1 : 0
    }
}
