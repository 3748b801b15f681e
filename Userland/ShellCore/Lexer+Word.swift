// Words (POSIX XCU 2.3, 2.2 quoting): unquoted text, '...', "...", backslash escapes and
// `$` parameter expansions, kept as parts with their quoting so expansion knows what to
// split and glob. Substitutions ($(...), `...`, $((...))) are in Lexer+Substitution.swift.

extension Lexer {
    mutating func word() throws(SyntaxError) -> Token {
        var builder = PartsBuilder()
        let start = index
        while let c = peek(), !isWordEnd(c) {
            switch c {
            case ascii("'"):
                index += 1
                builder.literal(try singleQuoted(), quoted: true)
            case ascii("\""):
                index += 1
                try doubleQuoted(&builder)
            case ascii("\\"):
                // A backslash at the very end of the input stays a backslash, as in dash.
                guard let d = peek(1) else { builder.literal([c], quoted: false); index += 1; continue }
                index += 2
                if d != ascii("\n") { builder.literal([d], quoted: true) }
            case ascii("$"):
                try dollar(&builder, quoted: false)
            case ascii("`"):
                try backquote(&builder, quoted: false)
            default:
                builder.literal([c], quoted: false)
                index += 1
            }
        }
        // An io-number: only unquoted digits, right before `<` or `>`.
        if let c = peek(), c == ascii("<") || c == ascii(">"), index > start,
           bytes[start..<index].allSatisfy({ isDigit($0) }), index - start <= 4 {
            var n = 0
            for d in bytes[start..<index] { n = n * 10 + Int(d - ascii("0")) }
            return .redirect(n, try redirectionKind())
        }
        return .word(builder.word)
    }

    /// After the opening `'`: the text up to the closing one.
    mutating func singleQuoted() throws(SyntaxError) -> [UInt8] {
        var text: [UInt8] = []
        while true {
            guard let d = peek() else { throw error("Unterminated quoted string", incomplete: true) }
            index += 1
            if d == ascii("'") { return text }
            text.append(d)
        }
    }

    /// After the opening `"`: up to the closing one.
    mutating func doubleQuoted(_ builder: inout PartsBuilder) throws(SyntaxError) {
        let before = builder.parts.count
        while true {
            guard let c = peek() else { throw error("Unterminated quoted string", incomplete: true) }
            switch c {
            case ascii("\""):
                index += 1
                // `""` is an empty field, not nothing.
                if builder.parts.count == before { builder.literal([], quoted: true) }
                return
            case ascii("\\"):
                guard let d = peek(1) else { throw error("Unterminated quoted string", incomplete: true) }
                index += 2
                if d == ascii("\n") { continue }
                if d == ascii("$") || d == ascii("`") || d == ascii("\"") || d == ascii("\\") {
                    builder.literal([d], quoted: true)
                } else {
                    builder.literal([c, d], quoted: true)
                }
            case ascii("$"): try dollar(&builder, quoted: true)
            case ascii("`"): try backquote(&builder, quoted: true)
            default: builder.literal([c], quoted: true); index += 1
            }
        }
    }

    /// At `$`: a parameter expansion, a substitution, or a literal `$`.
    mutating func dollar(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        index += 1
        guard let c = peek() else { builder.literal([ascii("$")], quoted: quoted); return }
        if c == ascii("{") {
            index += 1
            try braced(&builder, quoted: quoted)
            return
        }
        if c == ascii("(") {
            if peek(1) == ascii("(") { try arithmetic(&builder, quoted: quoted) } else { try commandSubstitution(&builder, quoted: quoted) }
            return
        }
        if isNameStart(c) {
            let name = readName()
            builder.parts.append(.parameter(name, .none, quoted: quoted))
            return
        }
        if isSpecialParameter(c) || isDigit(c) {
            index += 1
            builder.parts.append(.parameter(String(decoding: [c], as: UTF8.self), .none, quoted: quoted))
            return
        }
        builder.literal([ascii("$")], quoted: quoted)
    }

    mutating func readName() -> String {
        let start = index
        while let d = peek(), isNameStart(d) || isDigit(d) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// After `${`: `name`, `#name`, `name[:]-word`, `name[:]+word`, `name[:]=word`,
    /// `name[:]?word`, `name#pattern`, `name##pattern`, `name%pattern`, `name%%pattern`.
    mutating func braced(_ builder: inout PartsBuilder, quoted: Bool) throws(SyntaxError) {
        let missing = error("Missing '}'", incomplete: true)
        var length = false
        if peek() == ascii("#"), let n = peek(1), n != ascii("}") { length = true; index += 1 }
        guard let c = peek() else { throw missing }
        let name: String
        if isNameStart(c) {
            name = readName()
        } else if isSpecialParameter(c) || isDigit(c) {
            index += 1
            name = String(decoding: [c], as: UTF8.self)
        } else {
            throw error("Bad substitution")
        }
        guard let d = peek() else { throw missing }
        if d == ascii("}") {
            index += 1
            builder.parts.append(.parameter(name, length ? .length : .none, quoted: quoted))
            return
        }
        if length { throw error("Bad substitution") }
        var colon = false
        if d == ascii(":") { colon = true; index += 1 }
        guard let op = peek() else { throw missing }
        let isPattern = !colon && (op == ascii("%") || op == ascii("#"))
        guard isPattern || op == ascii("-") || op == ascii("+") || op == ascii("=") || op == ascii("?") else {
            throw error("Bad substitution")
        }
        index += 1
        var longest = false
        if isPattern && peek() == op { longest = true; index += 1 }
        // The word inside runs to the matching `}`, with the same quoting rules; in a pattern
        // its plain characters stay pattern characters even inside double quotes.
        let plainQuoted = quoted && !isPattern
        var inner = PartsBuilder()
        while true {
            guard let e = peek() else { throw missing }
            if e == ascii("}") { index += 1; break }
            switch e {
            case ascii("'") where !quoted:
                index += 1
                inner.literal(try singleQuoted(), quoted: true)
            case ascii("\""): index += 1; try doubleQuoted(&inner)
            case ascii("\\"):
                guard let f = peek(1) else { throw missing }
                index += 2
                inner.literal([f], quoted: true)
            case ascii("$"): try dollar(&inner, quoted: plainQuoted)
            case ascii("`"): try backquote(&inner, quoted: plainQuoted)
            default: inner.literal([e], quoted: plainQuoted); index += 1
            }
        }
        let word = inner.word
        let modifier: ParameterModifier
        switch op {
        case ascii("-"): modifier = .defaultValue(word, colon: colon)
        case ascii("+"): modifier = .alternative(word, colon: colon)
        case ascii("="): modifier = .assignDefault(word, colon: colon)
        case ascii("?"): modifier = .errorIfUnset(word, colon: colon)
        case ascii("#"): modifier = .removePrefix(word, longest: longest)
        default: modifier = .removeSuffix(word, longest: longest)
        }
        builder.parts.append(.parameter(name, modifier, quoted: quoted))
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
