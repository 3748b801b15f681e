// Token recognition (POSIX XCU 2.3): words with their quoting kept as parts, operators,
// redirection operators with their io-number, comments and newlines. Syntax.swift holds
// the values; Parser.swift consumes the tokens.

/// The control operators.
public enum ControlOperator: Equatable, Sendable {
    case pipe, orIf, andIf, background, semicolon, newline, leftParen, rightParen

    /// How the operator is written, for error messages.
    public var text: String {
        switch self {
        case .pipe: return "|"
        case .orIf: return "||"
        case .andIf: return "&&"
        case .background: return "&"
        case .semicolon: return ";"
        case .newline: return "newline"
        case .leftParen: return "("
        case .rightParen: return ")"
        }
    }
}

/// One token.
public enum Token: Equatable, Sendable {
    case word(Word)
    case control(ControlOperator)
    /// A redirection operator with its io-number, if one was written (`2>`).
    case redirect(Int?, RedirectionKind)
}

/// Splits shell input into tokens.
public struct Lexer {
    private let bytes: [UInt8]
    private var index = 0

    public init(_ source: String) { bytes = Array(source.utf8) }

    /// Every token of the input, or the first syntax error.
    public static func tokens(_ source: String) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source)
        var result: [Token] = []
        while let token = try lexer.next() { result.append(token) }
        return result
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// The next token, or nil at the end of the input.
    public mutating func next() throws(SyntaxError) -> Token? {
        // Blanks and comments between tokens.
        while let c = peek() {
            if c == ascii(" ") || c == ascii("\t") { index += 1; continue }
            if c == ascii("\\") && peek(1) == ascii("\n") { index += 2; continue }
            if c == ascii("#") {
                while let d = peek(), d != ascii("\n") { index += 1; _ = d }
                continue
            }
            break
        }
        guard let c = peek() else { return nil }
        if let op = controlOperator() { return .control(op) }
        if c == ascii("<") || c == ascii(">") { return .redirect(nil, redirectionKind()) }
        return try word()
    }

    private mutating func controlOperator() -> ControlOperator? {
        guard let c = peek() else { return nil }
        let n = peek(1)
        switch c {
        case ascii("\n"): index += 1; return .newline
        case ascii(";"): index += 1; return .semicolon
        case ascii("("): index += 1; return .leftParen
        case ascii(")"): index += 1; return .rightParen
        case ascii("|"):
            if n == ascii("|") { index += 2; return .orIf }
            index += 1; return .pipe
        case ascii("&"):
            if n == ascii("&") { index += 2; return .andIf }
            index += 1; return .background
        default: return nil
        }
    }

    /// At `<` or `>`: consumes the operator.
    private mutating func redirectionKind() -> RedirectionKind {
        let c = bytes[index]
        let n = peek(1)
        if c == ascii("<") {
            if n == ascii("&") { index += 2; return .duplicateInput }
            if n == ascii(">") { index += 2; return .readWrite }
            index += 1; return .input
        }
        if n == ascii(">") { index += 2; return .append }
        if n == ascii("&") { index += 2; return .duplicateOutput }
        if n == ascii("|") { index += 2; return .output }  // `>|`: clobber, as `>` here
        index += 1; return .output
    }

    private func isWordEnd(_ c: UInt8) -> Bool {
        c == ascii(" ") || c == ascii("\t") || c == ascii("\n") || c == ascii(";") || c == ascii("&")
            || c == ascii("|") || c == ascii("<") || c == ascii(">") || c == ascii("(") || c == ascii(")")
    }

    private mutating func word() throws(SyntaxError) -> Token {
        var builder = PartsBuilder()
        let start = index
        while let c = peek(), !isWordEnd(c) {
            switch c {
            case ascii("'"):
                index += 1
                var text: [UInt8] = []
                while true {
                    guard let d = peek() else { throw SyntaxError("syntax error: unterminated quote", incomplete: true) }
                    index += 1
                    if d == ascii("'") { break }
                    text.append(d)
                }
                builder.literal(text, quoted: true)
            case ascii("\""):
                index += 1
                try doubleQuoted(&builder)
            case ascii("\\"):
                guard let d = peek(1) else { throw SyntaxError("syntax error: unexpected end of input after `\\'", incomplete: true) }
                index += 2
                if d != ascii("\n") { builder.literal([d], quoted: true) }
            case ascii("$"):
                try dollar(&builder, quoted: false)
            case ascii("`"):
                throw SyntaxError("syntax error: command substitution is not supported")
            default:
                builder.literal([c], quoted: false)
                index += 1
            }
        }
        // An io-number: only unquoted digits, right before `<` or `>`.
        if let c = peek(), c == ascii("<") || c == ascii(">"), index > start,
           bytes[start..<index].allSatisfy({ $0 >= ascii("0") && $0 <= ascii("9") }), index - start <= 4 {
            var n = 0
            for d in bytes[start..<index] { n = n * 10 + Int(d - ascii("0")) }
            return .redirect(n, redirectionKind())
        }
        return .word(builder.word)
    }

    /// After the opening `"`: up to the closing one.
    private mutating func doubleQuoted(_ builder: inout PartsBuilder) throws(SyntaxError) {
        let before = builder.parts.count
        while true {
            guard let c = peek() else { throw SyntaxError("syntax error: unterminated quote", incomplete: true) }
            switch c {
            case ascii("\""):
                index += 1
                // `""` is an empty field, not nothing.
                if builder.parts.count == before { builder.literal([], quoted: true) }
                return
            case ascii("\\"):
                guard let d = peek(1) else { throw SyntaxError("syntax error: unterminated quote", incomplete: true) }
                index += 2
                if d == ascii("\n") { continue }
                if d == ascii("$") || d == ascii("`") || d == ascii("\"") || d == ascii("\\") {
                    builder.literal([d], quoted: true)
                } else {
                    builder.literal([c, d], quoted: true)
                }
            case ascii("$"): try dollar(&builder, quoted: true)
            case ascii("`"): throw SyntaxError("syntax error: command substitution is not supported")
            default: builder.literal([c], quoted: true); index += 1
            }
        }
    }

    /// At `$`: a parameter expansion, or a literal `$`.
    private mutating func dollar(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        index += 1
        guard let c = peek() else { builder.literal([ascii("$")], quoted: quoted); return }
        if c == ascii("{") {
            index += 1
            try braced(&builder, quoted: quoted)
            return
        }
        if c == ascii("(") { throw SyntaxError("syntax error: command substitution is not supported") }
        if isNameStart(c) {
            let name = readName()
            builder.parts.append(.parameter(name, .none, quoted: quoted))
            return
        }
        if isSpecialParameter(c) || (c >= ascii("0") && c <= ascii("9")) {
            index += 1
            builder.parts.append(.parameter(String(decoding: [c], as: UTF8.self), .none, quoted: quoted))
            return
        }
        builder.literal([ascii("$")], quoted: quoted)
    }

    private mutating func readName() -> String {
        let start = index
        while let d = peek(), isNameStart(d) || (d >= ascii("0") && d <= ascii("9")) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// After `${`: `name`, `#name`, `name-word`, `name:-word`, `name+word`, `name:+word`.
    private mutating func braced(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        let bad = SyntaxError("syntax error: bad substitution")
        var length = false
        if peek() == ascii("#"), let n = peek(1), n != ascii("}") { length = true; index += 1 }
        guard let c = peek() else { throw SyntaxError("syntax error: unterminated ${", incomplete: true) }
        let name: String
        if isNameStart(c) {
            name = readName()
        } else if isSpecialParameter(c) || (c >= ascii("0") && c <= ascii("9")) {
            index += 1
            name = String(decoding: [c], as: UTF8.self)
        } else {
            throw bad
        }
        guard let d = peek() else { throw SyntaxError("syntax error: unterminated ${", incomplete: true) }
        if d == ascii("}") {
            index += 1
            builder.parts.append(.parameter(name, length ? .length : .none, quoted: quoted))
            return
        }
        if length { throw bad }
        var colon = false
        if d == ascii(":") { colon = true; index += 1 }
        guard let op = peek(), op == ascii("-") || op == ascii("+") else { throw bad }
        index += 1
        // The word inside runs to the matching `}`, with the same quoting rules.
        var inner = PartsBuilder()
        while true {
            guard let e = peek() else { throw SyntaxError("syntax error: unterminated ${", incomplete: true) }
            if e == ascii("}") { index += 1; break }
            switch e {
            case ascii("'") where !quoted:
                index += 1
                var text: [UInt8] = []
                while true {
                    guard let f = peek() else { throw SyntaxError("syntax error: unterminated quote", incomplete: true) }
                    index += 1
                    if f == ascii("'") { break }
                    text.append(f)
                }
                inner.literal(text, quoted: true)
            case ascii("\""): index += 1; try doubleQuoted(&inner)
            case ascii("\\"):
                guard let f = peek(1) else { throw SyntaxError("syntax error: unterminated ${", incomplete: true) }
                index += 2
                inner.literal([f], quoted: true)
            case ascii("$"): try dollar(&inner, quoted: quoted)
            default: inner.literal([e], quoted: quoted); index += 1
            }
        }
        let word = inner.word
        builder.parts.append(.parameter(name, op == ascii("-") ? .defaultValue(word, colon: colon)
                                               : .alternative(word, colon: colon), quoted: quoted))
    }
}

/// Collects a word's parts, merging adjacent literals of the same quoting.
struct PartsBuilder {
    var parts: [WordPart] = []
    mutating func literal(_ bytes: [UInt8], quoted: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        if case .literal(let previous, let q)? = parts.last, q == quoted {
            parts[parts.count - 1] = .literal(previous + text, quoted: quoted)
        } else {
            parts.append(.literal(text, quoted: quoted))
        }
    }
    var word: Word { Word(parts) }
}

@inline(__always) func ascii(_ s: Unicode.Scalar) -> UInt8 { UInt8(truncatingIfNeeded: s.value) }

/// `[A-Za-z_]`.
func isNameStart(_ c: UInt8) -> Bool {
    (c >= ascii("a") && c <= ascii("z")) || (c >= ascii("A") && c <= ascii("Z")) || c == ascii("_")
}

/// `? $ ! # @ * -`.
func isSpecialParameter(_ c: UInt8) -> Bool {
    c == ascii("?") || c == ascii("$") || c == ascii("!") || c == ascii("#") || c == ascii("@")
        || c == ascii("*") || c == ascii("-")
}

/// Whether `text` is a valid variable name (`[A-Za-z_][A-Za-z0-9_]*`).
public func isValidName(_ text: String) -> Bool {
    var first = true
    for c in text.utf8 {
        if !(isNameStart(c) || (!first && c >= ascii("0") && c <= ascii("9"))) { return false }
        first = false
    }
    return !first
}
