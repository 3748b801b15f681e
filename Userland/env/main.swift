// env(1): prints the environment, or runs COMMAND with NAME=VALUE settings added (-i:
// starting from an empty environment; -u NAME removes one). PATH is searched as execvp
// does; a command that cannot be run exits 127 (not found) or 126 (GNU).
import Runtime
import UtilKit

@main struct Env: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let tool = Tool(arguments, usage: "[-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]")
        var words = Array(arguments.dropFirst())
        var env = environment
        while let word = words.first, word.hasPrefix("-") {
            words.removeFirst()
            if word == "--" { break }
            if word == "-i" || word == "-" { env = []; continue }
            if word == "-u" {
                guard let name = words.first else { return tool.usageError("option requires an argument -- 'u'", status: 125) }
                words.removeFirst()
                env.removeAll { $0.hasPrefix(name + "=") }
                continue
            }
            return tool.usageError("invalid option -- '" + String(word.dropFirst()) + "'", status: 125)
        }
        while let word = words.first, word.contains("=") {
            words.removeFirst()
            let name = String(word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0])
            env.removeAll { $0.hasPrefix(name + "=") }
            env.append(word)
        }
        guard let command = words.first else {
            for entry in env { print(entry) }
            return 0
        }
        var lastError = Errno.ENOENT
        if command.contains("/") {
            do { try execve(command, words, env) } catch { lastError = error }
        } else {
            var path = "/bin:/sbin:/usr/bin"
            for entry in env where entry.hasPrefix("PATH=") { path = String(entry.dropFirst(5)) }
            for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
                let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + command
                do { try execve(candidate, words, env) } catch {
                    if error != .ENOENT && error != .ENOTDIR { lastError = error }
                }
            }
        }
        tool.complain("'" + command + "': " + errnoText(lastError))
        return lastError == .ENOENT ? 127 : 126
    }
}
