// mv(1): renames SOURCE to DEST, or moves SOURCEs into the directory DEST. Across
// filesystems (EXDEV) it would copy; Apus has one filesystem, so rename(2) is the move.
import Runtime
import UtilKit

@main struct Mv: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-f] SOURCE DEST | SOURCE... DIRECTORY")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "fiv", bad: &bad) else {
            return tool.usageError("invalid option -- '" + bad + "'")
        }
        let operands = options.operands
        if let message = Tool.missingDestination(operands) { return tool.usageError(message) }
        let target = operands.last!
        let sources = operands.dropLast()
        let intoDirectory = (try? stat(target)).map { $0.st_mode & 0o170000 == 0o040000 } ?? false
        if sources.count > 1 && !intoDirectory {
            tool.complain("target '" + target + "' is not a directory")
            return 1
        }
        for source in sources {
            let destination = intoDirectory ? target + "/" + baseName(source) : target
            do { try rename(source, destination) } catch {
                if error == .ENOENT, (try? lstat(source)) == nil {
                    tool.fail("cannot stat '" + source + "'", error)
                } else {
                    tool.fail("cannot move '" + source + "' to '" + destination + "'", error)
                }
            }
        }
        return tool.status
    }
}
