// cat(1): copies each file (or standard input for none or "-") to standard output; a file
// that cannot be read is reported ("cat: path: <errno text>") and the rest still copied.
import Runtime
import UtilKit

@main struct Cat: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-u] [FILE]...")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "u", bad: &bad) else {
            return tool.usageError("invalid option -- '" + bad + "'")
        }
        let files = options.operands.isEmpty ? ["-"] : options.operands
        for path in files {
            if path == "-" {
                if let error = copy(.standardInput) { tool.fail("-", error) }
                continue
            }
            let fd: FD
            do { fd = try open(path, [.O_RDONLY, .O_CLOEXEC]) } catch {
                tool.fail(path, error)
                continue
            }
            if let error = copy(fd) { tool.fail(path, error) }
            try? close(fd)
        }
        return tool.status
    }

    /// Copies `fd` to standard output; the error that stopped it, if any.
    static func copy(_ fd: FD) -> Errno? {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let r = buffer.withUnsafeMutableBytes { b in
                rawSyscall(SyscallNumber.read, Int(fd.rawValue), Int(bitPattern: UInt(bitPattern: b.baseAddress)), b.count)
            }
            if r == -Int(Errno.EINTR.rawValue) { continue }
            guard let n = try? checkedResult(r) else { return Errno(rawValue: Int32(-r)) }
            if n == 0 { return nil }
            do { try writeBytes(.standardOutput, Array(buffer[0..<n])) } catch { return error }
        }
    }
}
