// rm(1): removes files; -r removes directories and their contents, -f ignores missing files
// and never complains about them. A directory without -r is "Is a directory" (GNU).
import Runtime
import UtilKit

@main struct Rm: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-rf] FILE...")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "rRfiv", bad: &bad) else {
            return tool.usageError("invalid option -- '" + bad + "'")
        }
        let force = options.has("f")
        let recursive = options.has("r") || options.has("R")
        if options.operands.isEmpty {
            return force ? 0 : tool.usageError("missing operand")
        }
        for path in options.operands {
            let name = baseName(path)
            if name == "." || name == ".." {
                tool.complain("refusing to remove '.' or '..' directory: skipping '" + path + "'")
                tool.failed = true
                continue
            }
            remove(path, recursive: recursive, force: force, tool: &tool)
        }
        return tool.status
    }

    static func remove(_ path: String, recursive: Bool, force: Bool, tool: inout Tool) {
        let info: Stat
        do { info = try lstat(path) } catch {
            if !(force && error == .ENOENT) { tool.fail("cannot remove '" + path + "'", error) }
            return
        }
        if info.st_mode & 0o170000 != 0o040000 {
            do { try unlink(path) } catch { tool.fail("cannot remove '" + path + "'", error) }
            return
        }
        guard recursive else {
            tool.fail("cannot remove '" + path + "'", .EISDIR)
            return
        }
        do {
            for entry in try readDirectory(path) where entry.name != "." && entry.name != ".." {
                remove(path + "/" + entry.name, recursive: true, force: force, tool: &tool)
            }
        } catch {
            tool.fail("cannot remove '" + path + "'", error)
            return
        }
        do { try rmdir(path) } catch { tool.fail("cannot remove '" + path + "'", error) }
    }
}
