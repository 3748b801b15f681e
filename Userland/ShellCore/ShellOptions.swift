// The `set -o` option names (POSIX set, dash's table and order): what `set -o` lists and
// what `set +o` prints to restore them. The shell keeps the options themselves; the ones
// it does not implement are listed (always off) so the listing reads as dash's.

/// One option: its long name and the letter `set -x` style takes (nil: none).
public struct ShellOption: Equatable, Sendable {
    public var name: String
    public var letter: Character?
}

/// dash's options, in its order.
public let shellOptions: [ShellOption] = [
    ShellOption(name: "errexit", letter: "e"), ShellOption(name: "noglob", letter: "f"),
    ShellOption(name: "ignoreeof", letter: "I"), ShellOption(name: "interactive", letter: "i"),
    ShellOption(name: "monitor", letter: "m"), ShellOption(name: "noexec", letter: "n"),
    ShellOption(name: "stdin", letter: "s"), ShellOption(name: "xtrace", letter: "x"),
    ShellOption(name: "verbose", letter: "v"), ShellOption(name: "vi", letter: "V"),
    ShellOption(name: "emacs", letter: "E"), ShellOption(name: "noclobber", letter: "C"),
    ShellOption(name: "allexport", letter: "a"), ShellOption(name: "notify", letter: "b"),
    ShellOption(name: "nounset", letter: "u"), ShellOption(name: "privileged", letter: "p"),
    ShellOption(name: "nolog", letter: nil), ShellOption(name: "debug", letter: nil),
]

/// The width dash pads an option's name to in the `set -o` listing.
private let optionNameWidth = 16

/// `set -o`: a heading, then each option's name padded to 16 columns and "on" or "off".
public func optionListing(_ isOn: (String) -> Bool) -> [String] {
    var lines = ["Current option settings"]
    for option in shellOptions {
        let padding = String(repeating: " ", count: max(optionNameWidth - option.name.count, 1))
        lines.append(option.name + padding + (isOn(option.name) ? "on" : "off"))
    }
    return lines
}

/// `set +o`: one `set -o name` or `set +o name` per option, commands that restore them all.
public func optionRestoreCommands(_ isOn: (String) -> Bool) -> [String] {
    shellOptions.map { (isOn($0.name) ? "set -o " : "set +o ") + $0.name }
}
