// cp(1): copies SOURCE to DEST, or SOURCEs into the directory DEST; -r copies directories
// recursively. The new file gets the source's permission bits (GNU without -p: mode & ~umask).
import Runtime
import UtilKit

@main struct Cp: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-r] SOURCE DEST | SOURCE... DIRECTORY")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "rRfpv", bad: &bad) else {
            return tool.usageError("invalid option -- '" + bad + "'")
        }
        let operands = options.operands
        if let message = Tool.missingDestination(operands) { return tool.usageError(message) }
        let recursive = options.has("r") || options.has("R")
        let target = operands.last!
        let sources = operands.dropLast()
        let intoDirectory = (try? stat(target)).map { $0.st_mode & 0o170000 == 0o040000 } ?? false
        if sources.count > 1 && !intoDirectory {
            tool.complain("target '" + target + "' is not a directory")
            return 1
        }
        for source in sources {
            copy(source, to: intoDirectory ? target + "/" + baseName(source) : target, recursive: recursive, tool: &tool)
        }
        return tool.status
    }

    static func copy(_ source: String, to destination: String, recursive: Bool, tool: inout Tool) {
        let info: Stat
        do { info = try stat(source) } catch {
            tool.fail("cannot stat '" + source + "'", error)
            return
        }
        if info.st_mode & 0o170000 == 0o040000 {
            guard recursive else {
                tool.complain("-r not specified; omitting directory '" + source + "'")
                tool.failed = true
                return
            }
            do { try mkdir(destination, mode: info.st_mode & 0o7777) } catch {
                if error != .EEXIST { tool.fail("cannot create directory '" + destination + "'", error); return }
            }
            do {
                for entry in try readDirectory(source) where entry.name != "." && entry.name != ".." {
                    copy(source + "/" + entry.name, to: destination + "/" + entry.name, recursive: true, tool: &tool)
                }
            } catch { tool.fail("cannot access '" + source + "'", error) }
            return
        }
        let input: FD
        do { input = try open(source, [.O_RDONLY, .O_CLOEXEC]) } catch {
            tool.fail("cannot open '" + source + "' for reading", error)
            return
        }
        defer { try? close(input) }
        let output: FD
        do {
            output = try open(destination, [.O_WRONLY, .O_CREAT, .O_TRUNC, .O_CLOEXEC], mode: info.st_mode & 0o777)
        } catch {
            tool.fail("cannot create regular file '" + destination + "'", error)
            return
        }
        defer { try? close(output) }
        do {
            let bytes = try readAll(input)
            try writeBytes(output, bytes)
        } catch { tool.fail("error copying '" + source + "' to '" + destination + "'", error) }
    }
}
