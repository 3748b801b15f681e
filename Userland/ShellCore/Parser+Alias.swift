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
}

extension Parser {
    /// Replaces the next token while it names an alias not already being expanded there.
    mutating func expandAliases() throws(SyntaxError) {
        while let token = try peek(), case .word(let word) = token, Parser.reserved(token) == nil,
              let name = Parser.plainText(word), !bufferedOrigins.contains(name),
              let value = lexer.aliases.value(name) {
            let origins = bufferedOrigins + [name]
            var valueLexer = Lexer(value)
            valueLexer.aliases = lexer.aliases
            var tokens: [AliasToken] = []
            do {
                while let t = try valueLexer.next() { tokens.append(AliasToken(token: t, origins: origins, endsBlank: false)) }
            } catch {
                var shifted = error
                shifted.line = lexer.line(at: tokenStart)
                throw shifted
            }
            let endsBlank = value.hasSuffix(" ") || value.hasSuffix("\t")
            if endsBlank && !tokens.isEmpty { tokens[tokens.count - 1].endsBlank = true }
            advance()
            aliasTokens = tokens + aliasTokens
            // An empty value ending in a blank: the next word is checked all the same.
            if endsBlank && tokens.isEmpty { afterBlankAlias = true }
        }
    }
}
