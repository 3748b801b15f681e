// Token recognition (POSIX XCU 2.3): operators, redirection operators with their io-number,
// comments and newlines here; words with their quoting in Lexer+Word.swift, `$(...)`,
// backquotes and `$((...))` in Lexer+Substitution.swift. The parser pulls tokens one at a
// time (Parser.swift), so a script runs up to the line where a syntax error stands.

/// The control operators.
public enum ControlOperator: Equatable, Sendable {
    case pipe, orIf, andIf, background, semicolon, doubleSemicolon, newline, leftParen, rightParen

    /// How the operator is written, for error messages.
    public var text: String {
        switch self {
        case .pipe: return "|"
        case .orIf: return "||"
        case .andIf: return "&&"
        case .background: return "&"
        case .semicolon: return ";"
        case .doubleSemicolon: return ";;"
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
    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0
    /// A token already made (a here-document's body after its `<<`).
    var pendingToken: Token? = nil
    /// Here-document bodies of the current line: where the next one starts, and where the
    /// lexer jumps when it reaches the line's newline (HereDocument.swift).
    var hereDocumentNext: Int? = nil
    /// Whether the end of the input ends a here-document that lacks its delimiter line, as
    /// dash has it for a script, `-c`, eval and `.`; false where more lines may follow (the
    /// shell reading line by line), so the open here-document is an incomplete command.
    var endOfInputEndsHereDocuments = true
    /// The aliases the parsers of this input expand, `$(...)`'s included (Parser+Alias.swift).
    var aliases = Aliases()
    /// Lines added by the newlines of expanded aliases: dash counts them as input lines, so
    /// the lines after a two-line alias are numbered one more.
    var lineBias = 0

    public init(_ source: String) { bytes = Array(source.utf8) }

    init(bytes: [UInt8], index: Int) { self.bytes = bytes; self.index = index }

    /// Every token of the input, or the first syntax error.
    public static func tokens(_ source: String) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source)
        var result: [Token] = []
        while let token = try lexer.next() { result.append(token) }
        return result
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// The line (from 1) of byte `position`: errors name it, as dash does.
    func line(at position: Int) -> Int {
        var line = 1 + lineBias
        for c in bytes[..<min(position, bytes.count)] where c == ascii("\n") { line += 1 }
        return line
    }

    /// An error at the current position.
    func error(_ message: String, incomplete: Bool = false) -> SyntaxError {
        SyntaxError(message, incomplete: incomplete, line: line(at: index))
    }

    /// Skips blanks, escaped newlines and comments; returns where the next token starts.
    mutating func skipBlanks() -> Int {
        while let c = peek() {
            if c == ascii(" ") || c == ascii("\t") { index += 1; continue }
            if c == ascii("\\") && peek(1) == ascii("\n") { index += 2; continue }
            if c == ascii("#") {
                while let d = peek(), d != ascii("\n") { index += 1; _ = d }
                continue
            }
            break
        }
        return index
    }

    /// The next token, or nil at the end of the input.
    public mutating func next() throws(SyntaxError) -> Token? {
        if let token = pendingToken { pendingToken = nil; return token }
        _ = skipBlanks()
        guard let c = peek() else { return nil }
        if let op = controlOperator() { return .control(op) }
        if c == ascii("<") || c == ascii(">") { return .redirect(nil, try redirectionKind()) }
        return try word()
    }

    private mutating func controlOperator() -> ControlOperator? {
        guard let c = peek() else { return nil }
        let n = peek(1)
        switch c {
        case ascii("\n"):
            index += 1
            // The bodies of this line's here-documents were read already: skip them.
            if let next = hereDocumentNext { index = next; hereDocumentNext = nil }
            return .newline
        case ascii(";"):
            if n == ascii(";") { index += 2; return .doubleSemicolon }
            index += 1; return .semicolon
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

    /// At `<` or `>`: consumes the operator (for `<<`, also its delimiter and body).
    mutating func redirectionKind() throws(SyntaxError) -> RedirectionKind {
        let c = bytes[index]
        let n = peek(1)
        if c == ascii("<") && n == ascii("<") {
            index += 2
            let strip = peek() == ascii("-")
            if strip { index += 1 }
            try hereDocument(stripTabs: strip)
            return .hereDocument(stripTabs: strip)
        }
        if c == ascii("<") {
            if n == ascii("&") { index += 2; return .duplicateInput }
            if n == ascii(">") { index += 2; return .readWrite }
            index += 1; return .input
        }
        if n == ascii(">") { index += 2; return .append }
        if n == ascii("&") { index += 2; return .duplicateOutput }
        if n == ascii("|") { index += 2; return .clobber }
        index += 1; return .output
    }

    func isWordEnd(_ c: UInt8) -> Bool {
        c == ascii(" ") || c == ascii("\t") || c == ascii("\n") || c == ascii(";") || c == ascii("&")
            || c == ascii("|") || c == ascii("<") || c == ascii(">") || c == ascii("(") || c == ascii(")")
    }
}

@inline(__always) func ascii(_ s: Unicode.Scalar) -> UInt8 { UInt8(truncatingIfNeeded: s.value) }

/// `[A-Za-z_]`.
func isNameStart(_ c: UInt8) -> Bool {
    (c >= ascii("a") && c <= ascii("z")) || (c >= ascii("A") && c <= ascii("Z")) || c == ascii("_")
}

func isDigit(_ c: UInt8) -> Bool { c >= ascii("0") && c <= ascii("9") }

/// `? $ ! # @ * -`.
func isSpecialParameter(_ c: UInt8) -> Bool {
    c == ascii("?") || c == ascii("$") || c == ascii("!") || c == ascii("#") || c == ascii("@")
        || c == ascii("*") || c == ascii("-")
}

/// Whether `text` is a valid variable name (`[A-Za-z_][A-Za-z0-9_]*`).
public func isValidName(_ text: String) -> Bool {
    var first = true
    for c in text.utf8 {
        if !(isNameStart(c) || (!first && isDigit(c))) { return false }
        first = false
    }
    return !first
}
