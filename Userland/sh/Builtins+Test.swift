// test and [ (POSIX test(1)): strings (-n -z = !=), integers (-eq -ne -lt -le -gt -ge),
// files (-e -f -d -h -L -r -w -x -s), ! and the argument-count rules of 0 to 4 arguments.
import Runtime
import ShellCore

extension Builtins {
    /// 0 true, 1 false, 2 an error (reported).
    static func test(_ shell: Shell, _ args: [String]) -> Int32 {
        switch args.count {
        case 0: return 1
        case 1: return args[0].isEmpty ? 1 : 0
        case 2:
            if args[0] == "!" { return args[1].isEmpty ? 0 : 1 }
            return unary(shell, args[0], args[1])
        case 3:
            if isBinary(args[1]) { return binary(shell, args[0], args[1], args[2]) }
            if args[0] == "!" { return negate(test(shell, Array(args.dropFirst()))) }
        case 4:
            if args[0] == "!" { return negate(test(shell, Array(args.dropFirst()))) }
        default: break
        }
        shell.complain("test: unsupported expression")
        return 2
    }

    private static func negate(_ status: Int32) -> Int32 { status == 2 ? 2 : (status == 0 ? 1 : 0) }

    private static func isBinary(_ op: String) -> Bool {
        ["=", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"].contains(op)
    }

    private static func unary(_ shell: Shell, _ op: String, _ operand: String) -> Int32 {
        let truth: Bool
        switch op {
        case "-n": truth = !operand.isEmpty
        case "-z": truth = operand.isEmpty
        case "-e": truth = (try? stat(operand)) != nil
        case "-f": truth = (try? stat(operand)).map { FileMode(rawValue: $0.st_mode).isRegular } ?? false
        case "-d": truth = (try? stat(operand)).map { FileMode(rawValue: $0.st_mode).isDirectory } ?? false
        case "-h", "-L": truth = (try? lstat(operand)).map { FileMode(rawValue: $0.st_mode).isSymlink } ?? false
        case "-s": truth = (try? stat(operand)).map { $0.st_size > 0 } ?? false
        case "-r": truth = (try? access(operand, .R_OK)) != nil
        case "-w": truth = (try? access(operand, .W_OK)) != nil
        case "-x": truth = (try? access(operand, .X_OK)) != nil
        default:
            shell.complain("test: " + op + ": unexpected operator")
            return 2
        }
        return truth ? 0 : 1
    }

    private static func binary(_ shell: Shell, _ left: String, _ op: String, _ right: String) -> Int32 {
        if op == "=" { return left == right ? 0 : 1 }
        if op == "!=" { return left != right ? 0 : 1 }
        guard let a = Int(left), let b = Int(right) else {
            shell.complain("test: Illegal number: " + (Int(left) == nil ? left : right))
            return 2
        }
        let truth: Bool
        switch op {
        case "-eq": truth = a == b
        case "-ne": truth = a != b
        case "-lt": truth = a < b
        case "-le": truth = a <= b
        case "-gt": truth = a > b
        default: truth = a >= b
        }
        return truth ? 0 : 1
    }
}
