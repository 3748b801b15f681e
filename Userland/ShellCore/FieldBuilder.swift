// Builds the fields of one word's expansion (POSIX XCU 2.6.5, 2.6.6): quoted text always
// joins the current field; unquoted expansion results are split at IFS characters (IFS
// whitespace runs count once, at the edges not at all). Alongside each field's text it
// keeps the field as a pattern (quoted characters escaped with `\`) for pathname expansion
// and `case`, and whether an unquoted `*`, `?` or `[` makes it one.

/// One field of an expanded word.
public struct Field: Equatable, Sendable {
    /// The text after quote removal.
    public var text: String
    /// The field as a pattern when it has unquoted pattern characters (nil: no globbing).
    public var pattern: String?
    public init(_ text: String, pattern: String? = nil) { self.text = text; self.pattern = pattern }
}

struct FieldBuilder {
    let separators: [UInt8]
    var fields: [Field] = []
    var current: [UInt8] = []
    var pattern: [UInt8] = []
    var hasPatternCharacter = false
    /// Whether `current` is a field even when empty (quoted text was seen).
    var started = false

    init(separators: [UInt8]) { self.separators = separators }

    /// Quoted text: never split, never a pattern.
    mutating func appendQuoted(_ text: String) {
        current.append(contentsOf: text.utf8)
        pattern.append(contentsOf: escapedForPattern(text))
        started = true
    }

    /// Unquoted text that is not split (written literally, or with no IFS): may be a pattern.
    mutating func appendUnquoted(_ text: String) {
        for c in text.utf8 { appendUnquotedByte(c) }
        if !text.isEmpty { started = true }
    }

    private mutating func appendUnquotedByte(_ c: UInt8) {
        current.append(c)
        if c == ascii("*") || c == ascii("?") || c == ascii("[") { hasPatternCharacter = true }
        if c == ascii("\\") { pattern.append(c) }
        pattern.append(c)
    }

    mutating func breakField() {
        fields.append(Field(String(decoding: current, as: UTF8.self),
                            pattern: hasPatternCharacter ? String(decoding: pattern, as: UTF8.self) : nil))
        current = []
        pattern = []
        hasPatternCharacter = false
        started = false
    }

    /// Ends the current field if it has anything (between unquoted `$@` parameters).
    mutating func endField() {
        if started || !current.isEmpty { breakField() }
    }

    /// An unquoted expansion's result: split at the separators.
    mutating func appendSplitting(_ text: String) {
        if separators.isEmpty { appendUnquoted(text); return }
        for c in text.utf8 {
            if separators.contains(c) {
                let whitespace = c == ascii(" ") || c == ascii("\t") || c == ascii("\n")
                if started || !current.isEmpty {
                    breakField()
                } else if !whitespace {
                    // A non-whitespace separator with nothing before it delimits an empty field.
                    fields.append(Field(""))
                }
            } else {
                appendUnquotedByte(c)
                started = true
            }
        }
    }

    mutating func finish() -> [Field] {
        if started || !current.isEmpty { breakField() }
        return fields
    }

    /// The whole expansion as one pattern (for `case`): quoted parts escaped.
    var wholePattern: String { String(decoding: pattern, as: UTF8.self) }
}
