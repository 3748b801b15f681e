// Word expansion (POSIX XCU 2.6): tilde, parameters ($VAR ${VAR} $? $$ $! $# $0..$9 $@ $*
// and the - + forms), command substitution (run by the shell through CommandSubstituting),
// arithmetic (Arithmetic.swift), field splitting on IFS and quote removal (FieldBuilder.swift).
// Pathname expansion of the fields' patterns is Glob.swift's, driven by the shell.

/// Runs the commands of a `$(...)`: the shell forks, captures standard output and notes
/// the status for `$?`.
public protocol CommandSubstituting: AnyObject {
    /// The commands' standard output.
    func substitute(_ commands: [ListItem]) -> String
    /// `${name=word}` and `$((name=value))` assign the variable; a readonly one is dash's
    /// "name: is read only" error.
    func assign(_ name: String, _ value: String) throws(ExpansionError)
}

/// For expansion without a shell (tests, prompts): every substitution is empty.
public final class NoCommandSubstitution: CommandSubstituting {
    public init() {}
    public func substitute(_ commands: [ListItem]) -> String { "" }
    public func assign(_ name: String, _ value: String) {}
}

/// What expansion reads: variables and the special parameters.
public struct ExpansionContext: Sendable {
    public var variables: Variables
    /// `$?`.
    public var lastStatus: Int32 = 0
    /// `$$`.
    public var shellPid: Int32 = 0
    /// `$!` (nil: no background job yet, expands to nothing).
    public var lastBackgroundPid: Int32? = nil
    /// `$0`.
    public var scriptName: String = "sh"
    /// `$1`, `$2`, …
    public var positional: [String] = []
    /// `$-`.
    public var flags: String = ""
    /// `set -u`: expanding an unset parameter (other than `$@`/`$*`, and not in a `-` `=` `+`
    /// `?` form) is an error, "x: parameter not set", as in dash.
    public var nounset = false

    public init(variables: Variables = Variables()) { self.variables = variables }

    /// The value of parameter `name`, nil when unset. `$@` and `$*` join with spaces here;
    /// `"$@"` is split into fields by `expand`.
    public func parameter(_ name: String) -> String? {
        switch name {
        case "?": return String(lastStatus)
        case "$": return String(shellPid)
        case "!": return lastBackgroundPid.map { String($0) }
        case "#": return String(positional.count)
        case "-": return flags
        case "0": return scriptName
        case "@", "*": return positional.isEmpty ? nil : joined(positional)
        default:
            if let n = Int(name), n >= 1 { return n <= positional.count ? positional[n - 1] : nil }
            return variables.value(name)
        }
    }

    private func joined(_ values: [String]) -> String {
        var text = ""
        for (i, v) in values.enumerated() { text += (i == 0 ? "" : " ") + v }
        return text
    }

    /// The fields `word` expands to (quote removal done), each with its glob pattern.
    public func expandFields<R: CommandSubstituting>(_ word: Word, _ runner: R) throws(ExpansionError) -> [Field] {
        var fields = FieldBuilder(separators: ifsBytes)
        try append(word.parts, to: &fields, tildeAllowed: true, runner)
        return fields.finish()
    }

    /// The fields' texts, without pathname expansion or command substitution (tests).
    public func expand(_ word: Word) throws(ExpansionError) -> [String] {
        try expandFields(word, NoCommandSubstitution()).map { $0.text }
    }

    /// `word` expanded to one string without field splitting (assignments, redirection
    /// targets, `case` words).
    public func expandToString<R: CommandSubstituting>(_ word: Word, _ runner: R) throws(ExpansionError) -> String {
        var fields = FieldBuilder(separators: [])
        try append(word.parts, to: &fields, tildeAllowed: true, runner)
        var text = ""
        for (i, f) in fields.finish().enumerated() { text += (i == 0 ? "" : " ") + f.text }
        return text
    }

    /// `word` as a `case` pattern: expanded, not split, its quoted characters escaped.
    public func expandPattern<R: CommandSubstituting>(_ word: Word, _ runner: R) throws(ExpansionError) -> String {
        var fields = FieldBuilder(separators: [])
        try append(word.parts, to: &fields, tildeAllowed: true, runner)
        return fields.wholePattern
    }

    private var ifsBytes: [UInt8] {
        if let ifs = variables.value("IFS") { return Array(ifs.utf8) }
        return [ascii(" "), ascii("\t"), ascii("\n")]
    }

    private func append<R: CommandSubstituting>(_ parts: [WordPart], to fields: inout FieldBuilder, tildeAllowed: Bool,
                                                _ runner: R) throws(ExpansionError) {
        for (i, part) in parts.enumerated() {
            switch part {
            case .literal(let text, let quoted):
                if i == 0 && tildeAllowed && !quoted, let (home, rest) = tilde(text) {
                    fields.appendQuoted(home)
                    fields.appendUnquoted(rest)
                } else if quoted {
                    fields.appendQuoted(text)
                } else {
                    fields.appendUnquoted(text)
                }
            case .parameter(let name, let modifier, let quoted):
                if (name == "@" || name == "*") && modifier == .none {
                    if quoted && name == "@" {
                        // "$@": one field per positional parameter.
                        for (n, value) in positional.enumerated() {
                            if n > 0 { fields.breakField() }
                            fields.appendQuoted(value)
                        }
                    } else if quoted {
                        // "$*": joined by the first character of IFS (none when IFS is empty).
                        let separator = variables.value("IFS").map { String($0.prefix(1)) } ?? " "
                        var text = ""
                        for (n, value) in positional.enumerated() { text += (n == 0 ? "" : separator) + value }
                        fields.appendQuoted(text)
                    } else {
                        // Unquoted, each parameter is split on its own and ends a field.
                        for (n, value) in positional.enumerated() {
                            if n > 0 { fields.endField() }
                            fields.appendSplitting(value)
                        }
                    }
                    continue
                }
                let value = try parameterValue(name, modifier, quoted: quoted, fields: &fields, runner)
                guard let value else { continue }
                if quoted { fields.appendQuoted(value) } else { fields.appendSplitting(value) }
            case .commandSubstitution(let items, let quoted):
                var output = Array(runner.substitute(items).utf8)
                while output.last == ascii("\n") { output.removeLast() }
                let text = String(decoding: output, as: UTF8.self)
                if quoted { fields.appendQuoted(text) } else { fields.appendSplitting(text) }
            case .arithmetic(let expression, let quoted):
                let text = try expandToString(expression, runner)
                let (value, assignments) = try evaluateArithmeticAssigning(text) { variables.value($0) }
                for (name, assigned) in assignments { try runner.assign(name, String(assigned)) }
                if quoted { fields.appendQuoted(String(value)) } else { fields.appendSplitting(String(value)) }
            }
        }
    }

    /// The value of a parameter after its modifier; a `-`/`+` word is expanded into
    /// `fields` directly (so its own quoting holds) and nil is returned.
    private func parameterValue<R: CommandSubstituting>(_ name: String, _ modifier: ParameterModifier, quoted: Bool,
                                                        fields: inout FieldBuilder, _ runner: R) throws(ExpansionError) -> String? {
        let value = parameter(name)
        if nounset && value == nil {
            switch modifier {
            case .none, .length, .removePrefix, .removeSuffix: throw ExpansionError(name + ": parameter not set")
            default: break
            }
        }
        switch modifier {
        case .none: return value
        case .length: return String((value ?? "").count)
        case .defaultValue(let word, let colon):
            if let value, !(colon && value.isEmpty) { return value }
            try append(word.parts, to: &fields, tildeAllowed: false, runner)
            return nil
        case .alternative(let word, let colon):
            if let value, !(colon && value.isEmpty) { try append(word.parts, to: &fields, tildeAllowed: false, runner) }
            return nil
        case .assignDefault(let word, let colon):
            if let value, !(colon && value.isEmpty) { return value }
            guard isValidName(name) else { throw ExpansionError(name + ": bad variable name") }
            let assigned = try expandToString(word, runner)
            try runner.assign(name, assigned)
            return assigned
        case .errorIfUnset(let word, let colon):
            if let value, !(colon && value.isEmpty) { return value }
            let message = word.parts.isEmpty ? (colon ? "parameter not set or null" : "parameter not set")
                                             : try expandToString(word, runner)
            throw ExpansionError(name + ": " + message)
        case .removePrefix(let word, let longest):
            let pattern = Array(try expandPattern(word, runner).utf8)
            let bytes = Array((value ?? "").utf8)
            let lengths = longest ? Array((0...bytes.count).reversed()) : Array(0...bytes.count)
            for n in lengths where patternMatches(pattern[...], bytes[..<n]) {
                return String(decoding: bytes[n...], as: UTF8.self)
            }
            return value ?? ""
        case .removeSuffix(let word, let longest):
            let pattern = Array(try expandPattern(word, runner).utf8)
            let bytes = Array((value ?? "").utf8)
            let starts = longest ? Array(0...bytes.count) : Array((0...bytes.count).reversed())
            for n in starts where patternMatches(pattern[...], bytes[n...]) {
                return String(decoding: bytes[..<n], as: UTF8.self)
            }
            return value ?? ""
        }
    }

    /// `~` or `~/…` at the start of a word: HOME and the rest. Other forms (`~user`) stay as written.
    private func tilde(_ text: String) -> (String, String)? {
        guard text.utf8.first == ascii("~"), let home = variables.value("HOME") else { return nil }
        let rest = text.utf8.dropFirst()
        if rest.isEmpty { return (home, "") }
        if rest.first == ascii("/") { return (home, String(decoding: Array(rest), as: UTF8.self)) }
        return nil
    }
}
