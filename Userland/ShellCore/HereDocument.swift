// Here-documents (POSIX XCU 2.7.4): at `<<word` the lexer reads the delimiter, then the
// body from the line after the current one (or after the previous here-document of the
// same line) up to a line that is the delimiter, and hands the body to the parser as the
// redirection's target word. A quoted delimiter keeps the body literal; otherwise `$`,
// `$(...)`, backquotes and `\$ \` \\ \newline` work as inside double quotes.

extension Lexer {
    /// After `<<` or `<<-` (index past it): reads the delimiter word and the body, and
    /// queues the body as the next token.
    mutating func hereDocument(stripTabs: Bool) throws(SyntaxError) {
        _ = skipBlanks()
        guard let c = peek(), !isWordEnd(c), case .word(let delimiterWord) = try word() else {
            throw error(peek() == nil ? "end of file unexpected" : "newline unexpected", incomplete: peek() == nil)
        }
        var delimiter = ""
        var quoted = false
        for part in delimiterWord.parts {
            switch part {
            case .literal(let text, let q): delimiter += text; quoted = quoted || q
            case .parameter(let name, _, _): delimiter += "$" + name
            default: quoted = true
            }
        }
        // The first body starts past this line's newline, a later one where the previous ended.
        let start = hereDocumentNext ?? min(endOfLine(from: index) + 1, bytes.count)
        var body: [UInt8] = []
        var position = start
        var found = false
        while position < bytes.count {
            var end = position
            while end < bytes.count && bytes[end] != ascii("\n") { end += 1 }
            var lineStart = position
            if stripTabs { while lineStart < end && bytes[lineStart] == ascii("\t") { lineStart += 1 } }
            let line = bytes[lineStart..<end]
            position = min(end + 1, bytes.count)
            if String(decoding: line, as: UTF8.self) == delimiter { found = true; break }
            body += line
            // A last line without its newline stays without one, as in dash.
            if end < bytes.count { body.append(ascii("\n")) }
        }
        // dash takes the end of the input as the delimiter; when more lines may come (the
        // prompt), this asks for them instead.
        if !found && !endOfInputEndsHereDocuments {
            throw SyntaxError("end of file unexpected (expecting \"" + delimiter + "\")", incomplete: true, line: line(at: bytes.count))
        }
        // Where the lexer resumes after this line's newline: past the last body read.
        hereDocumentNext = position
        pendingToken = .word(quoted ? Word([.literal(String(decoding: body, as: UTF8.self), quoted: true)])
                                    : try Lexer.expandableBody(body))
    }

    /// The newline ending the line that `position` is on, outside quotes (or the end).
    private func endOfLine(from position: Int) -> Int {
        var i = position
        var quote: UInt8? = nil
        while i < bytes.count {
            let c = bytes[i]
            if let q = quote {
                if c == q { quote = nil } else if c == ascii("\\") && q == ascii("\"") { i += 1 }
            } else if c == ascii("'") || c == ascii("\"") {
                quote = c
            } else if c == ascii("\\") {
                i += 1
            } else if c == ascii("\n") {
                return i
            }
            i += 1
        }
        return bytes.count
    }

    /// An unquoted-delimiter body as a word: expansions, and `\` only before `$ ` \ newline`.
    static func expandableBody(_ body: [UInt8]) throws(SyntaxError) -> Word {
        var sub = Lexer(bytes: body, index: 0)
        var parts = PartsBuilder()
        while let c = sub.peek() {
            switch c {
            case ascii("$"): try sub.dollar(&parts, quoted: true)
            case ascii("`"): try sub.backquote(&parts, quoted: true)
            case ascii("\\"):
                let d = sub.peek(1)
                if let d, d == ascii("$") || d == ascii("`") || d == ascii("\\") {
                    parts.literal([d], quoted: true); sub.index += 2
                } else if d == ascii("\n") {
                    sub.index += 2
                } else {
                    parts.literal([c], quoted: true); sub.index += 1
                }
            default: parts.literal([c], quoted: true); sub.index += 1
            }
        }
        if parts.parts.isEmpty { parts.literal([], quoted: true) }
        return parts.word
    }
}
