// Alias substitution (POSIX XCU 2.3.1, as dash does it): where a command starts, an unquoted
// word that names an alias (and is not a reserved word) is replaced by the tokens of the
// alias's value, which are then read as if written there: they may start a compound
// command, and the first of them is checked again. An alias is not expanded inside its own
// value (`alias ls='ls -F'`), and when its value ends in a blank the word after it is
// checked too (`alias sudo='sudo '`).

/// A token of an expanded alias, with the aliases it came from.
struct AliasToken {
    var token: Token
    var origins: [String]
    /// The last token of a value ending in a blank.
    var endsBlank: Bool
    /// The alias's line, plus the newlines of the value before the token (as dash counts).
    var line: Int
}

extension Parser {
    /// Replaces the next token while it names an alias not already being expanded there.
    mutating func expandAliases() throws(SyntaxError) {
        while let token = try peek(), case .word(let word) = token, Parser.reserved(token) == nil,
              let name = Parser.plainText(word), !bufferedOrigins.contains(name),
              let value = lexer.aliases.value(name) {
            let origins = bufferedOrigins + [name]
            let line = tokenLine
            var valueLexer = Lexer(value)
            valueLexer.aliases = lexer.aliases
            var tokens: [AliasToken] = []
            var commentAtEnd = false
            do {
                while true {
                    let before = valueLexer.index
                    let start = valueLexer.skipBlanks()
                    commentAtEnd = valueLexer.bytes[before..<start].contains(ascii("#"))
                    guard let t = try valueLexer.next() else { break }
                    tokens.append(AliasToken(token: t, origins: origins, endsBlank: false,
                                             line: line + valueLexer.line(at: start) - 1))
                }
            } catch {
                var shifted = error
                shifted.line = line
                throw shifted
            }
            // The blank may end this value, or the value of the alias this name came from.
            let endsBlank = value.hasSuffix(" ") || value.hasSuffix("\t") || bufferedEndsBlankAlias
            if endsBlank && !tokens.isEmpty { tokens[tokens.count - 1].endsBlank = true }
            advance()
            // A comment that ends the value runs on over the rest of the line, as in dash,
            // where the value is read as input.
            if commentAtEnd { skipRestOfLine() }
            aliasTokens = tokens + aliasTokens
            lexer.lineBias += valueLexer.line(at: valueLexer.bytes.count) - 1
            // An empty value ending in a blank: the next word is checked all the same.
            afterBlankAlias = endsBlank && tokens.isEmpty
        }
    }

    /// Drops what is left of the line: queued alias tokens up to a newline, else the
    /// lexer's input up to its newline.
    private mutating func skipRestOfLine() {
        if let newline = aliasTokens.firstIndex(where: { $0.token == .control(.newline) }) {
            aliasTokens.removeFirst(newline)
            return
        }
        aliasTokens = []
        while let c = lexer.peek(), c != ascii("\n") { lexer.index += 1 }
    }
}
