// Command substitution `$(list)` and `` `list` `` and arithmetic `$((expression))` inside a
// word (POSIX XCU 2.6.3, 2.6.4). `$(` hands the rest of the input to a nested Parser, which
// stops at the unmatched `)` (so `case` patterns and quotes inside are handled right);
// backquoted text is unescaped first and then parsed on its own.

extension Lexer {
    /// At `$(` (index on the `(`).
    mutating func commandSubstitution(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        index += 1
        var inner = Lexer(bytes: bytes, index: index)
        inner.aliases = aliases
        inner.lineBias = lineBias
        var parser = Parser(lexer: inner)
        let items = try parser.substitutionBody()
        index = parser.lexer.index
        builder.parts.append(.commandSubstitution(items, quoted: quoted))
    }

    /// At a backquote: the text up to the next unescaped one, where `\$`, `` \` `` and `\\`
    /// (and `\"` inside double quotes) stand for the character itself.
    mutating func backquote(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        let start = index
        index += 1
        var inner: [UInt8] = []
        while true {
            guard let c = peek() else { throw error("EOF in backquote substitution", incomplete: true) }
            index += 1
            if c == ascii("`") { break }
            if c == ascii("\\"), let d = peek(),
               d == ascii("$") || d == ascii("`") || d == ascii("\\") || (quoted && d == ascii("\"")) {
                inner.append(d)
                index += 1
                continue
            }
            inner.append(c)
        }
        var innerLexer = Lexer(bytes: inner, index: 0)
        innerLexer.aliases = aliases
        var parser = Parser(lexer: innerLexer)
        do {
            let items = try parser.program()
            builder.parts.append(.commandSubstitution(items, quoted: quoted))
        } catch {
            var shifted = error
            shifted.line += line(at: start) - 1
            throw shifted
        }
    }

    /// At `$((` (index on the first `(`): the expression up to the matching `))`, as a word
    /// whose parameters and substitutions expand before it is evaluated.
    mutating func arithmetic(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        index += 2
        let start = index
        var depth = 0
        while true {
            guard let c = peek() else { throw error("Missing '))'", incomplete: true) }
            if c == ascii("(") { depth += 1 }
            if c == ascii(")") {
                if depth == 0 {
                    guard peek(1) == ascii(")") else { throw error("Missing '))'") }
                    break
                }
                depth -= 1
            }
            index += 1
        }
        var sub = Lexer(bytes: Array(bytes[start..<index]), index: 0)
        index += 2
        var inner = PartsBuilder()
        while let c = sub.peek() {
            switch c {
            case ascii("$"): try sub.dollar(&inner, quoted: true)
            case ascii("`"): try sub.backquote(&inner, quoted: true)
            case ascii("\""): sub.index += 1; try sub.doubleQuoted(&inner)
            case ascii("\\"):
                sub.index += 1
                if let d = sub.peek() { inner.literal([d], quoted: true); sub.index += 1 }
            default: inner.literal([c], quoted: true); sub.index += 1
            }
        }
        builder.parts.append(.arithmetic(inner.word, quoted: quoted))
    }
}
