// What poweroff and reboot share (BusyBox halt.c): signal init, or with -f call reboot(2)
// directly; -n: no sync first; -d DELAY: wait that many seconds first.
import Runtime

/// Runs poweroff/reboot with `arguments`; returns the exit status.
public func halt(_ arguments: [String], signal: Int32, command: UInt32) -> Int32 {
    var tool = Tool(arguments, usage: "[-d DELAY] [-n] [-f]")
    var bad = ""
    guard let options = Options(Array(arguments.dropFirst()), allowed: "nfw", withValue: "d", bad: &bad) else {
        return tool.usageError(bad.isEmpty ? "option requires an argument" : "invalid option -- '" + bad + "'")
    }
    guard options.operands.isEmpty else { return tool.usageError("extra operand '" + options.operands[0] + "'") }
    if let delay = options.value("d") {
        guard let seconds = Int64(delay), seconds >= 0 else { return tool.usageError("invalid number '" + delay + "'") }
        try? sleepNanoseconds(seconds * 1_000_000_000)
    }
    if options.has("w") { return 0 }
    if !options.has("n") { sync() }
    if options.has("f") {
        do { try reboot(command) } catch { tool.fail("reboot", error) }
        return 1
    }
    do { try killRaw(1, signal) } catch { tool.fail("cannot signal init (pid 1)", error) }
    return tool.status
}
