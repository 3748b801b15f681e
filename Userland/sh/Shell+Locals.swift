// `local` (dash's, not POSIX): a function's own variables, dynamically scoped — a name made
// local keeps its value (or stays unset) until it is assigned, functions it calls see it,
// and it is put back, export flag included, when the function returns; `local -` does the
// same for the `set` options. The frames are pushed by callFunction (Shell+Simple.swift).
import Runtime
import ShellCore

/// What one running function made local, for its return to undo.
struct LocalFrame {
    /// Each name made local with its entry before (nil: it was unset), first time only.
    var saved: [(name: String, variable: Variable?)] = []
    /// `$-` before `local -`.
    var options: String? = nil
    /// dash accepts `local 1x=2` and fails when the function returns: the first such name.
    var badName: String? = nil
}

extension Shell {
    /// local [-] [name[=value] ...]: the status is 0; outside a function, dash's error.
    func localBuiltin(_ args: [String]) -> Int32 {
        guard var frame = localFrames.popLast() else {
            complain("local: not in a function")
            if !interactive { exitRequested = 2 }
            return 2
        }
        defer { localFrames.append(frame) }
        for a in args {
            if a == "-" {
                if frame.options == nil { frame.options = context.flags }
                continue
            }
            var name = a
            var value: String? = nil
            if let equals = a.utf8.firstIndex(of: UInt8(ascii: "=")) {
                name = String(a[..<equals])
                value = String(a[a.utf8.index(after: equals)...])
            }
            guard isValidName(name) else {
                if frame.badName == nil { frame.badName = name }
                continue
            }
            if !frame.saved.contains(where: { $0.name == name }) {
                frame.saved.append((name, context.variables.variable(name)))
            }
            if let value {
                guard assignVariable(name, value, prefix: "local: ") else { return specialBuiltinFailed() }
            }
        }
        return 0
    }

    /// At a function's return: its locals and options as they were before it. After `exit`
    /// they stay, so an EXIT trap still sees them, as in dash.
    func popLocalFrame() {
        guard let frame = localFrames.popLast(), exitRequested == nil else { return }
        for entry in frame.saved.reversed() { context.variables.restore(entry.name, to: entry.variable) }
        if let options = frame.options { restoreOptions(options) }
        if let bad = frame.badName {
            complain(bad + ": bad variable name")
            if !interactive { exitRequested = 2 }
        }
    }

    /// Sets every `set` option to whether `flags` (a saved `$-`) holds its letter.
    func restoreOptions(_ flags: String) {
        _ = setOptions("+" + Shell.optionLetters)
        if !flags.isEmpty { _ = setOptions("-" + flags) }
    }
}
