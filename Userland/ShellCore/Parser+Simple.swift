// Simple commands (POSIX XCU 2.9.1): assignments, words and redirections in any order, and
// function definitions `name() command` (XCU 2.9.5), which start like a simple command.

extension Parser {
    mutating func simpleCommand() throws(SyntaxError) -> Command {
        var simple = SimpleCommand()
        _ = try peek()
        simple.line = tokenLine
        while true {
            // The command's name (after assignments and redirections), and the word after an
            // alias ending in a blank, may be aliases.
            if simple.words.isEmpty || afterBlankAlias { try expandAliases() }
            guard let token = try peek() else { break }
            switch token {
            case .control(let op):
                guard op == .leftParen else { return try finish(simple) }
                guard simple.assignments.isEmpty, simple.redirections.isEmpty, simple.words.count == 1,
                      let name = Parser.plainText(simple.words[0]), isValidName(name) else { throw unexpected() }
                advance()
                guard try isControl(.rightParen) else { throw unexpected(expecting: ")") }
                advance()
                try skipNewlines()
                return .function(name, try functionBody())
            case .redirect:
                simple.redirections.append(try redirection())
            case .word(let word):
                advance()
                if simple.words.isEmpty, let assignment = Parser.assignment(word) {
                    simple.assignments.append(assignment)
                } else {
                    simple.words.append(word)
                }
            }
        }
        return try finish(simple)
    }

    /// A function's body: any command but another definition, as dash allows.
    private mutating func functionBody() throws(SyntaxError) -> Command {
        guard let token = try peek() else { throw unexpected() }
        if let word = Parser.reserved(token), Parser.startsCommand(word) {
            let compound = try compoundCommand(word)
            return .compound(compound, try redirections())
        }
        if case .control(.leftParen) = token {
            advance()
            let body = try compoundList()
            guard try isControl(.rightParen), !body.isEmpty else { throw unexpected(expecting: ")") }
            advance()
            return .subshell(body, try redirections())
        }
        let body = try simpleCommand()
        if case .function = body { throw unexpected() }
        return body
    }

    private mutating func finish(_ simple: SimpleCommand) throws(SyntaxError) -> Command {
        if simple.assignments.isEmpty && simple.words.isEmpty && simple.redirections.isEmpty { throw unexpected() }
        return .simple(simple)
    }

    /// Redirections after a compound command.
    mutating func redirections() throws(SyntaxError) -> [Redirection] {
        var result: [Redirection] = []
        while case .redirect? = try peek() { result.append(try redirection()) }
        return result
    }

    private mutating func redirection() throws(SyntaxError) -> Redirection {
        guard case .redirect(let fd, let kind)? = try peek() else { throw unexpected() }
        advance()
        guard case .word(let target)? = try peek() else { throw unexpected() }
        advance()
        return Redirection(descriptor: fd ?? kind.defaultDescriptor, kind: kind, target: target)
    }

    /// The text of a word of one unquoted literal.
    static func plainText(_ word: Word) -> String? {
        guard word.parts.count == 1, case .literal(let text, quoted: false) = word.parts[0] else { return nil }
        return text
    }

    /// `NAME=value` when the word starts with an unquoted valid name and `=` (also how the
    /// shell reads the operands of export and local).
    public static func assignment(_ word: Word) -> Assignment? {
        guard case .literal(let text, quoted: false)? = word.parts.first,
              let equals = text.utf8.firstIndex(of: ascii("=")) else { return nil }
        let name = String(text[..<equals])
        guard isValidName(name) else { return nil }
        var parts = word.parts
        let rest = String(text[text.utf8.index(after: equals)...])
        parts.removeFirst()
        if !rest.isEmpty { parts.insert(.literal(rest, quoted: false), at: 0) }
        return Assignment(name: name, value: Word(parts))
    }
}
