// chmod(1): sets each file's mode: octal (755), or symbolic clauses [ugoa]*[+-=][rwxst]*
// separated by commas (u+x, go-w, a=r); with no who, + and - apply to all but the umask,
// as POSIX says.
import Runtime
import UtilKit

@main struct Chmod: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "MODE FILE...")
        let operands = Array(arguments.dropFirst())
        guard operands.count >= 2 else { return tool.usageError(operands.isEmpty ? "missing operand" : "missing operand after '" + operands[0] + "'") }
        let modeText = operands[0]
        let mask = currentUmask()
        for path in operands.dropFirst() {
            let old: UInt32
            do { old = try stat(path).st_mode & 0o7777 } catch { tool.fail("cannot access '" + path + "'", error); continue }
            guard let mode = Self.apply(modeText, to: old, umask: mask) else {
                tool.complain("invalid mode: '" + modeText + "'")
                return 1
            }
            do { try chmod(path, mode: mode) } catch { tool.fail("changing permissions of '" + path + "'", error) }
        }
        return tool.status
    }

    /// The umask, read the only way there is (set it and put it back).
    static func currentUmask() -> UInt32 {
        let old = UInt32(truncatingIfNeeded: rawSyscall(SyscallNumber.umask, 0o022))
        _ = rawSyscall(SyscallNumber.umask, Int(old))
        return old
    }

    /// `text` applied to mode `old`; nil if it is not a mode.
    static func apply(_ text: String, to old: UInt32, umask: UInt32) -> UInt32? {
        if let octal = UInt32(text, radix: 8), !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
            return octal <= 0o7777 ? octal : nil
        }
        var mode = old
        for clause in text.split(separator: ",", omittingEmptySubsequences: false) {
            var who: UInt32 = 0
            var rest = Substring(clause)
            while let c = rest.first, "ugoa".contains(c) {
                switch c {
                case "u": who |= 0o4700
                case "g": who |= 0o2070
                case "o": who |= 0o1007
                default: who |= 0o7777
                }
                rest = rest.dropFirst()
            }
            guard let op = rest.first, "+-=".contains(op) else { return nil }
            rest = rest.dropFirst()
            var bits: UInt32 = 0
            for c in rest {
                switch c {
                case "r": bits |= 0o444
                case "w": bits |= 0o222
                case "x": bits |= 0o111
                case "s": bits |= 0o6000
                case "t": bits |= 0o1000
                default: return nil
                }
            }
            let scope = who == 0 ? 0o7777 & ~umask : who
            switch op {
            case "+": mode |= bits & scope
            case "-": mode &= ~(bits & scope)
            default: mode = (mode & ~(who == 0 ? 0o7777 : who)) | (bits & scope)
            }
        }
        return mode
    }
}
