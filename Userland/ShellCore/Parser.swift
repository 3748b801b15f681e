// The shell grammar (POSIX XCU 2.10), read one complete command at a time:
//   program  := linebreak (and_or separator)* [and_or]
//   and_or   := pipeline ((&& | ||) linebreak pipeline)*
//   pipeline := [!] command (| linebreak command)*
//   command  := simple_command | ( list ) redirection* | compound redirection* | name ( ) command
// Compound commands are in Parser+Compound.swift, simple commands in Parser+Simple.swift;
// tokens come from Lexer.swift, pulled one at a time; the tree's types are in Syntax.swift.

/// Parses shell input into list items.
public struct Parser {
    var lexer: Lexer
    /// The token after the last one consumed, once peeked.
    private var buffered: Token? = nil
    private var hasBuffered = false
    /// Where `buffered` starts in the input (for the line of an error; for the tokens of an
    /// alias, where the alias's name stood).
    var tokenStart = 0
    /// The tokens of expanded aliases still to be read, before the lexer's (Parser+Alias.swift).
    var aliasTokens: [AliasToken] = []
    /// The aliases `buffered` comes from (not expanded again inside themselves).
    var bufferedOrigins: [String] = []
    /// The line of `buffered` when it comes from an alias.
    var bufferedLine: Int? = nil
    /// Whether `buffered` ends the value of an alias that ends in a blank.
    var bufferedEndsBlankAlias = false
    /// Whether the last token consumed did: the word after it is alias-checked too.
    var afterBlankAlias = false

    /// A parser over `source`, to be read with `nextCompleteCommand()`.
    public init(_ source: String) { lexer = Lexer(source) }

    init(lexer: Lexer) { self.lexer = lexer }

    /// The aliases expanded where commands start. The shell sets them before reading each
    /// complete command, so an alias defined on a line holds from the next one, as in dash.
    public var aliases: Aliases {
        get { lexer.aliases }
        set { lexer.aliases = newValue }
    }

    /// The whole input as a list of items, or the first syntax error. `moreMayFollow`: the
    /// input is what was read so far, so a here-document without its delimiter is
    /// incomplete rather than ended by the end of the input.
    public static func parse(_ source: String, moreMayFollow: Bool = false,
                             aliases: Aliases = Aliases()) throws(SyntaxError) -> [ListItem] {
        var parser = Parser(source)
        parser.lexer.endOfInputEndsHereDocuments = !moreMayFollow
        parser.aliases = aliases
        return try parser.program()
    }

    /// Every remaining complete command.
    mutating func program() throws(SyntaxError) -> [ListItem] {
        var items: [ListItem] = []
        while let more = try nextCompleteCommand() { items += more }
        return items
    }

    /// The items of the next line (a compound command may span several), nil at the end.
    public mutating func nextCompleteCommand() throws(SyntaxError) -> [ListItem]? {
        try skipNewlines()
        guard try peek() != nil else { return nil }
        var items: [ListItem] = []
        while true {
            let command = try andOr()
            guard let token = try peek() else { items.append(ListItem(command)); break }
            guard case .control(let op) = token, op == .semicolon || op == .background || op == .newline else {
                throw unexpected()
            }
            advance()
            items.append(ListItem(command, background: op == .background))
            if op == .newline { break }
            // `a;` or `a &` ends the line too.
            if try peek() == nil { break }
            if try isControl(.newline) { advance(); break }
        }
        return items
    }

    /// A list inside a compound command: items up to a token that cannot start a command
    /// (end of input, `)`, `;;`, or a reserved word such as `fi` or `done`), which stays.
    mutating func compoundList() throws(SyntaxError) -> [ListItem] {
        var items: [ListItem] = []
        while true {
            try skipNewlines()
            try expandAliases()
            guard let token = try peek() else { break }
            if case .control(let op) = token, op == .rightParen || op == .doubleSemicolon { break }
            if let word = Parser.reserved(token), word != "!" && !Parser.startsCommand(word) { break }
            let command = try andOr()
            var background = false
            if case .control(let op)? = try peek() {
                switch op {
                case .semicolon, .newline: advance()
                case .background: background = true; advance()
                case .rightParen, .doubleSemicolon: break
                default: throw unexpected()
                }
            } else if let next = try peek(), Parser.reserved(next) == nil || Parser.startsCommand(Parser.reserved(next) ?? "") {
                throw unexpected()
            }
            items.append(ListItem(command, background: background))
        }
        return items
    }

    /// The commands of `$(...)` up to and including the closing `)`.
    mutating func substitutionBody() throws(SyntaxError) -> [ListItem] {
        let items = try compoundList()
        guard try isControl(.rightParen) else { throw unexpected(expecting: ")") }
        advance()
        return items
    }

    private mutating func andOr() throws(SyntaxError) -> AndOrList {
        var result = AndOrList(first: try pipeline())
        while case .control(let op)? = try peek(), op == .andIf || op == .orIf {
            advance()
            try skipNewlines()
            result.rest.append(ConnectedPipeline(op == .andIf ? .and : .or, try pipeline()))
        }
        return result
    }

    private mutating func pipeline() throws(SyntaxError) -> Pipeline {
        var negated = false
        try expandAliases()
        if let token = try peek(), Parser.reserved(token) == "!" { negated = true; advance() }
        var commands = [try command()]
        while try isControl(.pipe) {
            advance()
            try skipNewlines()
            commands.append(try command())
        }
        return Pipeline(negated: negated, commands: commands)
    }

    private mutating func command() throws(SyntaxError) -> Command {
        try expandAliases()
        guard let token = try peek() else { throw unexpected() }
        if case .control(let op) = token {
            guard op == .leftParen else { throw unexpected() }
            advance()
            let body = try compoundList()
            guard try isControl(.rightParen) else { throw unexpected(expecting: ")") }
            if body.isEmpty { throw unexpected() }
            advance()
            return .subshell(body, try redirections())
        }
        if let word = Parser.reserved(token) {
            guard Parser.startsCommand(word) else { throw unexpected() }
            let compound = try compoundCommand(word)
            return .compound(compound, try redirections())
        }
        return try simpleCommand()
    }

    // MARK: tokens

    mutating func peek() throws(SyntaxError) -> Token? {
        if !hasBuffered {
            if aliasTokens.isEmpty {
                tokenStart = lexer.skipBlanks()
                buffered = try lexer.next()
                bufferedOrigins = []
                bufferedLine = nil
                bufferedEndsBlankAlias = false
            } else {
                let next = aliasTokens.removeFirst()
                buffered = next.token
                bufferedOrigins = next.origins
                bufferedLine = next.line
                bufferedEndsBlankAlias = next.endsBlank
            }
            hasBuffered = true
        }
        return buffered
    }

    /// The line the peeked token is on.
    var tokenLine: Int { bufferedLine ?? lexer.line(at: tokenStart) }

    /// Consumes the peeked token (and reads nothing more: `$(...)` relies on it).
    mutating func advance() {
        afterBlankAlias = hasBuffered && bufferedEndsBlankAlias
        hasBuffered = false
        buffered = nil
        bufferedEndsBlankAlias = false
    }

    /// Whether the next token is `op`.
    mutating func isControl(_ op: ControlOperator) throws(SyntaxError) -> Bool {
        if case .control(let o)? = try peek(), o == op { return true }
        return false
    }

    mutating func skipNewlines() throws(SyntaxError) {
        while case .control(.newline)? = try peek() { advance() }
    }

    /// Consumes the reserved word `word` or fails, naming what was expected.
    mutating func expect(_ word: String) throws(SyntaxError) {
        guard let token = try peek(), Parser.reserved(token) == word else { throw unexpected(expecting: word) }
        advance()
    }

    /// The reserved word `token` is, if it is one (only plain unquoted words are).
    static func reserved(_ token: Token) -> String? {
        guard case .word(let w) = token, w.parts.count == 1, case .literal(let text, quoted: false) = w.parts[0],
              reservedWords.contains(text) else { return nil }
        return text
    }

    /// Whether reserved word `word` begins a compound command.
    static func startsCommand(_ word: String) -> Bool {
        word == "if" || word == "while" || word == "until" || word == "for" || word == "case" || word == "{"
    }

    /// dash's message for the peeked token: `"fi" unexpected`, `word unexpected`,
    /// `end of file unexpected (expecting "done")`.
    func unexpected(expecting: String? = nil) -> SyntaxError {
        let what: String
        var line = tokenLine
        var incomplete = false
        switch hasBuffered ? buffered : nil {
        case nil:
            what = "end of file"
            incomplete = true
            line = lexer.line(at: lexer.bytes.count)
        case .control(let op)?: what = op == .newline ? "newline" : "\"" + op.text + "\""
        case .redirect?: what = "redirection"
        case .word(let w)?:
            if let word = Parser.reserved(.word(w)) { what = "\"" + word + "\"" } else { what = "word" }
        }
        var message = what + " unexpected"
        if let expecting { message += " (expecting \"" + expecting + "\")" }
        return SyntaxError(message, incomplete: incomplete, line: line)
    }
}
