// trap (POSIX XCU 2.14 trap): commands run when the shell exits (EXIT) or gets a signal.
// A trapped signal's handler only records it; the commands run between commands (after
// a foreground job ends), never inside the handler. Subshells start without the traps.
import Runtime
import ShellCore

/// Signals caught by a trap and not yet handled, one bit per signal number.
nonisolated(unsafe) var pendingTrapSignals: UInt64 = 0

@c func onTrappedSignal(_ signal: Int32) { pendingTrapSignals |= 1 << UInt64(signal) }

/// A trap: the signal number (0 for EXIT) and its commands ("" ignores the signal).
struct Trap {
    var signal: Int32
    var action: String
}

/// The names trap accepts, with their numbers (also with a SIG prefix, or as numbers).
private let trapNames: [(String, Int32)] = [("EXIT", 0), ("HUP", 1), ("INT", 2), ("QUIT", 3), ("USR1", 10),
                                            ("USR2", 12), ("PIPE", 13), ("ALRM", 14), ("TERM", 15)]

extension Shell {
    /// trap [action] signal...; `trap` alone lists the traps; action `-` resets.
    func trapBuiltin(_ args: [String]) -> Int32 {
        if args.isEmpty {
            for t in traps.sorted(by: { $0.signal < $1.signal }) {
                let name = trapNames.first { $0.1 == t.signal }?.0 ?? String(t.signal)
                writeOutput("trap -- " + singleQuoted(t.action) + " " + name + "\n")
            }
            return 0
        }
        var rest = args[...]
        if rest.first == "--" { rest = rest.dropFirst() }
        // One operand that is a signal: reset it (POSIX: "trap n" is "trap - n").
        var action: String? = rest.first
        if let first = rest.first, trapNumber(first) != nil && rest.count == 1 { action = "-" } else { rest = rest.dropFirst() }
        var status: Int32 = 0
        // dash words "bad trap" without the "sh: N:" of its other messages.
        for name in rest {
            guard let number = trapNumber(name) else { writeError("trap: " + name + ": bad trap\n"); status = 1; continue }
            traps.removeAll { $0.signal == number }
            let signal = Signal(rawValue: number)
            if action == "-" {
                if number != 0 { _ = try? sigaction(signal, number == Signal.SIGINT.rawValue && interactive ? .handler(onPromptInterrupt) : .default) }
                continue
            }
            traps.append(Trap(signal: number, action: action ?? ""))
            if number != 0 { _ = try? sigaction(signal, action == "" ? .ignore : .handler(onTrappedSignal)) }
        }
        return status
    }

    private func trapNumber(_ name: String) -> Int32? {
        if let n = Int32(name) { return trapNames.contains { $0.1 == n } ? n : nil }
        let bare = name.hasPrefix("SIG") ? String(name.dropFirst(3)) : name
        return trapNames.first { $0.0 == bare }?.1
    }

    /// Runs the commands of signals that arrived since the last time.
    func runPendingTraps() {
        guard pendingTrapSignals != 0 else { return }
        let pending = pendingTrapSignals
        pendingTrapSignals = 0
        for t in traps where t.signal != 0 && pending & (1 << UInt64(t.signal)) != 0 && !t.action.isEmpty {
            runTrapAction(t.action)
        }
    }

    /// The EXIT trap, once, as the shell ends with `status`; returns the final status.
    func runExitTrap(_ status: Int32) -> Int32 {
        guard let index = traps.firstIndex(where: { $0.signal == 0 }) else { return status }
        let action = traps.remove(at: index).action
        context.lastStatus = status
        exitRequested = nil
        jump = nil
        runTrapAction(action)
        return exitRequested ?? status
    }

    private func runTrapAction(_ action: String) {
        let saved = context.lastStatus
        guard let items = try? Parser.parse(action) else { complain("trap: Syntax error"); return }
        run(items)
        if exitRequested == nil { context.lastStatus = saved }
    }

    /// In a forked subshell: traps with commands go back to the default action.
    func resetTrapsInChild() {
        for t in traps where t.signal != 0 && !t.action.isEmpty { _ = try? sigaction(Signal(rawValue: t.signal), .default) }
        traps.removeAll { !$0.action.isEmpty || $0.signal == 0 }
    }
}
