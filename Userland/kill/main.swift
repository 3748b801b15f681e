// kill(1): sends a signal (default TERM) to pids, or to a process group with "-PGID"
// after "--" or the signal. -SIGNAL, -s NAME, -n NUMBER pick it; -l lists the names (or
// names the signal of a number or an exit status > 128).
import Runtime
import UtilKit

@main struct Kill: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var tool = Tool(arguments, usage: "[-s SIGNAL | -SIGNAL] PID... | -l [SIGNAL]")
        var words = Array(arguments.dropFirst())
        var signal = Signal.SIGTERM.rawValue
        if let first = words.first, first == "-l" || first == "-L" {
            words.removeFirst()
            if words.isEmpty {
                var line: [String] = []
                for number in Int32(1)...31 { line.append(signalName(number)) }
                print(line.joined(separator: " "))
                return 0
            }
            for word in words {
                if var number = Int32(word) {
                    if number > 128 { number -= 128 }
                    guard number >= 1 && number <= 31 else { tool.complain("unknown signal '" + word + "'"); return 1 }
                    print(signalName(number))
                } else if let number = parseSignal(word) {
                    print(String(number))
                } else {
                    tool.complain("unknown signal '" + word + "'")
                    return 1
                }
            }
            return 0
        }
        if let first = words.first {
            if first == "-s" || first == "-n" {
                guard words.count >= 2, let number = parseSignal(words[1]) else {
                    return tool.usageError(words.count >= 2 ? "unknown signal '" + words[1] + "'" : "option requires an argument")
                }
                signal = number
                words.removeFirst(2)
            } else if first == "--" {
                words.removeFirst()
            } else if first.hasPrefix("-"), first.count > 1 {
                guard let number = parseSignal(String(first.dropFirst())) else {
                    tool.complain("unknown signal '" + String(first.dropFirst()) + "'")
                    return 1
                }
                signal = number
                words.removeFirst()
            }
        }
        if words.first == "--" { words.removeFirst() }
        guard !words.isEmpty else { return tool.usageError("no process ID specified") }
        for word in words {
            guard let pid = Int32(word) else {
                tool.complain("invalid process id '" + word + "'")
                tool.failed = true
                continue
            }
            do { try killRaw(pid, signal) } catch { tool.fail("(" + word + ")", error) }
        }
        return tool.status
    }
}
