// Word expansion (POSIX XCU 2.6): tilde, parameters ($VAR ${VAR} $? $$ $! $# $0..$9 $@ $*
// and the - + forms), field splitting of unquoted results on IFS, quote removal. No
// command substitution, arithmetic or pathname expansion. Words come from Lexer.swift.

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

    /// The fields `word` expands to (quote removal done).
    public func expand(_ word: Word) -> [String] {
        var fields = FieldBuilder(separators: ifsBytes)
        append(word.parts, to: &fields, tildeAllowed: true)
        return fields.finish()
    }

    /// `word` expanded to one string without field splitting (assignments, redirection
    /// targets, `case` words).
    public func expandToString(_ word: Word) -> String {
        var fields = FieldBuilder(separators: [])
        append(word.parts, to: &fields, tildeAllowed: true)
        var text = ""
        for (i, f) in fields.finish().enumerated() { text += (i == 0 ? "" : " ") + f }
        return text
    }

    private var ifsBytes: [UInt8] {
        if let ifs = variables.value("IFS") { return Array(ifs.utf8) }
        return [ascii(" "), ascii("\t"), ascii("\n")]
    }

    private func append(_ parts: [WordPart], to fields: inout FieldBuilder, tildeAllowed: Bool) {
        for (i, part) in parts.enumerated() {
            switch part {
            case .literal(let text, let quoted):
                if i == 0 && tildeAllowed && !quoted, let expanded = tilde(text) {
                    fields.appendQuoted(expanded)
                } else {
                    fields.appendQuoted(text)
                }
            case .parameter(let name, let modifier, let quoted):
                if quoted && name == "@" && modifier == .none {
                    // "$@": one field per positional parameter.
                    for (n, value) in positional.enumerated() {
                        if n > 0 { fields.breakField() }
                        fields.appendQuoted(value)
                    }
                    continue
                }
                let value = parameterValue(name, modifier, quoted: quoted, fields: &fields)
                guard let value else { continue }
                if quoted { fields.appendQuoted(value) } else { fields.appendSplitting(value) }
            }
        }
    }

    /// The value of a parameter after its modifier; a `-`/`+` word is expanded into
    /// `fields` directly (so its own quoting holds) and nil is returned.
    private func parameterValue(_ name: String, _ modifier: ParameterModifier, quoted: Bool,
                                fields: inout FieldBuilder) -> String? {
        let value = parameter(name)
        switch modifier {
        case .none: return value
        case .length: return String((value ?? "").count)
        case .defaultValue(let word, let colon):
            if let value, !(colon && value.isEmpty) { return value }
            append(word.parts, to: &fields, tildeAllowed: false)
            return nil
        case .alternative(let word, let colon):
            if let value, !(colon && value.isEmpty) { append(word.parts, to: &fields, tildeAllowed: false) }
            return nil
        }
    }

    /// `~` or `~/…` at the start of a word: HOME. Other forms (`~user`) stay as written.
    private func tilde(_ text: String) -> String? {
        guard text.utf8.first == ascii("~"), let home = variables.value("HOME") else { return nil }
        let rest = text.utf8.dropFirst()
        if rest.isEmpty { return home }
        if rest.first == ascii("/") { return home + String(decoding: Array(rest), as: UTF8.self) }
        return nil
    }
}

/// Builds fields: quoted text always joins the current field; unquoted expansion results
/// are split at IFS characters (IFS whitespace runs count once, at the edges not at all).
struct FieldBuilder {
    let separators: [UInt8]
    var fields: [String] = []
    var current: [UInt8] = []
    /// Whether `current` is a field even when empty (quoted text was seen).
    var started = false

    init(separators: [UInt8]) { self.separators = separators }

    mutating func appendQuoted(_ text: String) {
        current.append(contentsOf: text.utf8)
        started = true
    }

    mutating func breakField() {
        fields.append(String(decoding: current, as: UTF8.self))
        current = []
        started = false
    }

    mutating func appendSplitting(_ text: String) {
        if separators.isEmpty { appendQuoted(text); return }
        for c in text.utf8 {
            if separators.contains(c) {
                let whitespace = c == ascii(" ") || c == ascii("\t") || c == ascii("\n")
                if started || !current.isEmpty {
                    breakField()
                } else if !whitespace {
                    // A non-whitespace separator with nothing before it delimits an empty field.
                    fields.append("")
                }
            } else {
                current.append(c)
                started = true
            }
        }
    }

    mutating func finish() -> [String] {
        if started || !current.isEmpty { fields.append(String(decoding: current, as: UTF8.self)) }
        return fields
    }
}
