// umask [-S] [mask] (POSIX umask(1), as dash does it): prints the mask ("0022", or with -S
// the permissions kept, "u=rwx,g=rx,o=rx") or sets it from an octal or symbolic operand
// (ShellCore's Umask.swift reads and writes the notation).
import Runtime
import ShellCore

extension Builtins {
    static func umask(_ shell: Shell, _ args: [String]) -> Int32 {
        var rest = args[...]
        var symbolic = false
        while let a = rest.first, a.hasPrefix("-"), a != "-" {
            rest = rest.dropFirst()
            if a == "--" { break }
            for c in a.dropFirst() {
                guard c == "S" else { shell.complain("umask: Illegal option -" + String(c)); return 2 }
                symbolic = true
            }
        }
        let current = currentUmask()
        guard let operand = rest.first else {
            print(symbolic ? symbolicUmask(current) : octalUmask(current))
            return 0
        }
        switch parseUmask(operand, current: current) {
        case .mask(let mask):
            _ = rawSyscall(SyscallNumber.umask, Int(mask))
            return 0
        case .illegalNumber:
            shell.complain("umask: Illegal number: " + operand)
            return 2
        case .illegalMode:
            shell.complain("umask: Illegal mode: " + operand)
            return 2
        }
    }

    /// The process's umask: umask(2) only reads it by setting it, so it is put back.
    private static func currentUmask() -> UInt32 {
        let mask = UInt32(truncatingIfNeeded: rawSyscall(SyscallNumber.umask, 0))
        _ = rawSyscall(SyscallNumber.umask, Int(mask))
        return mask
    }
}
