// mkdir(1): creates each directory; -p creates missing parents and accepts ones that exist;
// -m MODE (octal) sets the permissions.
import Runtime
import UtilKit

@main struct Mkdir: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-p] [-m MODE] DIRECTORY...")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "pv", withValue: "m", bad: &bad) else {
            return tool.usageError(bad.isEmpty ? "option requires an argument" : "invalid option -- '" + bad + "'")
        }
        guard !options.operands.isEmpty else { return tool.usageError("missing operand") }
        var mode: UInt32 = 0o777
        if let text = options.value("m") {
            guard let parsed = UInt32(text, radix: 8), parsed <= 0o7777 else {
                tool.complain("invalid mode '" + text + "'")
                return 1
            }
            mode = parsed
        }
        for path in options.operands {
            if options.has("p") {
                if let error = makeParents(path, mode: mode) { tool.fail("cannot create directory '" + path + "'", error) }
            } else {
                do { try mkdir(path, mode: mode) } catch { tool.fail("cannot create directory '" + path + "'", error) }
            }
        }
        return tool.status
    }

    /// mkdir -p: each prefix in turn; an existing directory is fine.
    static func makeParents(_ path: String, mode: UInt32) -> Errno? {
        let bytes = Array(path.utf8)
        var end = 0
        while end < bytes.count {
            end += 1
            while end < bytes.count && bytes[end] != UInt8(ascii: "/") { end += 1 }
            let prefix = String(decoding: bytes[0..<end], as: UTF8.self)
            if prefix == "/" || prefix.isEmpty { continue }
            do { try mkdir(prefix, mode: end == bytes.count ? mode : 0o777) } catch {
                if error == .EEXIST, let st = try? stat(prefix), st.st_mode & 0o170000 == 0o040000 { continue }
                return error
            }
        }
        return nil
    }
}
