// The `set` options (POSIX set, as dash reads them): letters (`-e`, `+x`, `-ef`) and long
// names (`-o errexit`, `+o xtrace`; `-o`/`+o` alone list them, Userland/ShellCore/ShellOptions.swift).
// Implemented: errexit (-e), noglob (-f), xtrace (-x), nounset (-u), noclobber (-C),
// allexport (-a); interactive, monitor
// and stdin are listed as the shell runs but not changed by `set`; the rest of dash's
// options are listed as off, and turning one on is dash's "Illegal option".
import Runtime
import ShellCore

extension Shell {
    /// The letters `set` takes, as `$-` lists them.
    static let optionLetters = "efxuCa"

    /// The options `set` changes (the others are listed, and only their present state is accepted).
    static let settableOptions = ["errexit", "noglob", "xtrace", "nounset", "noclobber", "allexport"]

    /// Applies `-e`, `+x`, `-ef`, `-o name` (the name taken from the front of `names`), …;
    /// false after an unknown option (reported).
    func setOptions(_ word: String, names: inout ArraySlice<String>) -> Bool {
        let on = word.hasPrefix("-")
        for c in word.dropFirst() {
            if c == "o" {
                guard let name = names.first else {
                    let lines = on ? optionListing { isOptionOn($0) } : optionRestoreCommands { isOptionOn($0) }
                    for line in lines { writeOutput(line + "\n") }
                    continue
                }
                names = names.dropFirst()
                guard setOption(name, on) else {
                    complain("set: Illegal option -o " + name)
                    return false
                }
                continue
            }
            guard let option = shellOptions.first(where: { $0.letter == c }), setOption(option.name, on) else {
                complain("set: Illegal option " + (on ? "-" : "+") + String(c))
                return false
            }
        }
        // `$-` in dash's order: its option table read backwards.
        var flags = ""
        for option in shellOptions.reversed() where Shell.settableOptions.contains(option.name) && isOptionOn(option.name) {
            if let letter = option.letter { flags.append(letter) }
        }
        context.flags = flags
        return true
    }

    /// `setOptions` for a word that takes no `-o` name (restoring saved flags).
    func setOptions(_ word: String) -> Bool {
        var none: ArraySlice<String> = []
        return setOptions(word, names: &none)
    }

    /// Sets option `name`; false when it is unknown, or one this shell cannot change to `on`.
    private func setOption(_ name: String, _ on: Bool) -> Bool {
        switch name {
        case "errexit": errexit = on
        case "noglob": noglob = on
        case "xtrace": xtrace = on
        case "nounset": context.nounset = on
        case "noclobber": noclobber = on
        case "allexport": context.variables.exportAll = on
        default:
            // Known but not implemented (or fixed while the shell runs): only its present state.
            return shellOptions.contains { $0.name == name } && isOptionOn(name) == on
        }
        return true
    }

    /// Whether option `name` is on.
    func isOptionOn(_ name: String) -> Bool {
        switch name {
        case "errexit": return errexit
        case "noglob": return noglob
        case "xtrace": return xtrace
        case "nounset": return context.nounset
        case "noclobber": return noclobber
        case "allexport": return context.variables.exportAll
        case "interactive", "monitor": return interactive
        case "stdin": return readsStandardInput
        default: return false
        }
    }
}
