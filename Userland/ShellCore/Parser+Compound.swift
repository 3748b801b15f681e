// Compound commands (POSIX XCU 2.9.4): { }, if, while/until, for and case, each at its
// reserved word; errors say what was expected, as dash's do.

extension Parser {
    /// At the reserved word `word` (one that `startsCommand`).
    mutating func compoundCommand(_ word: String) throws(SyntaxError) -> CompoundCommand {
        advance()
        switch word {
        case "{":
            let body = try nonEmptyList(before: "}")
            try expect("}")
            return .group(body)
        case "if": return try ifClause()
        case "while", "until":
            let condition = try nonEmptyList(before: "do")
            try expect("do")
            let body = try nonEmptyList(before: "done")
            try expect("done")
            return .loop(word == "while" ? .whileLoop : .untilLoop, condition: condition, body: body)
        case "for": return try forLoop()
        default: return try caseClause()
        }
    }

    /// A compound list that must hold a command: `if then` fails at `then`; at the end of
    /// the input the error names `next`, the word that would follow the list.
    private mutating func nonEmptyList(before next: String) throws(SyntaxError) -> [ListItem] {
        let items = try compoundList()
        if items.isEmpty {
            if try peek() == nil { throw unexpected(expecting: next) }
            throw unexpected()
        }
        return items
    }

    private mutating func ifClause() throws(SyntaxError) -> CompoundCommand {
        var branches: [ConditionalBranch] = []
        var elseBody: [ListItem]? = nil
        while true {
            let condition = try nonEmptyList(before: "then")
            try expect("then")
            branches.append(ConditionalBranch(condition: condition, body: try nonEmptyList(before: "fi")))
            guard let token = try peek() else { throw unexpected(expecting: "fi") }
            let word = Parser.reserved(token)
            if word == "elif" { advance(); continue }
            if word == "else" { advance(); elseBody = try nonEmptyList(before: "fi") }
            break
        }
        try expect("fi")
        return .ifClause(branches, elseBody: elseBody)
    }

    private mutating func forLoop() throws(SyntaxError) -> CompoundCommand {
        guard case .word(let nameWord)? = try peek(), let name = Parser.plainText(nameWord), isValidName(name) else {
            if try peek() == nil { throw unexpected() }
            throw SyntaxError("Bad for loop variable", line: lexer.line(at: lexer.index))
        }
        let line = tokenLine
        advance()
        try skipNewlines()
        var words: [Word]? = nil
        if let token = try peek(), Parser.reserved(token) == "in" {
            advance()
            var list: [Word] = []
            while case .word(let w)? = try peek() { list.append(w); advance() }
            let semicolon = try isControl(.semicolon), newline = try isControl(.newline)
            guard semicolon || newline else { throw unexpected() }
            advance()
            words = list
        } else if try isControl(.semicolon) {
            advance()
        }
        try skipNewlines()
        try expect("do")
        let body = try nonEmptyList(before: "done")
        try expect("done")
        return .forLoop(name, words: words, body: body, line: line)
    }

    private mutating func caseClause() throws(SyntaxError) -> CompoundCommand {
        guard case .word(let subject)? = try peek() else { throw unexpected() }
        advance()
        try skipNewlines()
        try expect("in")
        var items: [CaseItem] = []
        while true {
            try skipNewlines()
            guard let token = try peek() else { throw unexpected(expecting: ")") }
            if Parser.reserved(token) == "esac" { advance(); break }
            if try isControl(.leftParen) { advance() }
            var patterns: [Word] = []
            while true {
                guard case .word(let pattern)? = try peek() else { throw unexpected() }
                patterns.append(pattern)
                advance()
                let more = try isControl(.pipe), closed = try isControl(.rightParen)
                guard more || closed else { throw unexpected(expecting: ")") }
                advance()
                if !more { break }
            }
            let body = try compoundList()
            items.append(CaseItem(patterns: patterns, body: body))
            if try isControl(.doubleSemicolon) { advance(); continue }
            guard let next = try peek(), Parser.reserved(next) == "esac" else { throw unexpected(expecting: ";;") }
            advance()
            break
        }
        return .caseClause(subject, items)
    }
}
