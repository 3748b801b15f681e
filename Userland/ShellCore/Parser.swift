// The shell grammar (POSIX XCU 2.9/2.10, without compound commands other than `( )`):
//   program  := linebreak (and_or separator)* [and_or]
//   and_or   := pipeline ((&& | ||) linebreak pipeline)*
//   pipeline := [!] command (| linebreak command)*
//   command  := simple_command | ( program ) redirection*
// Tokens come from Lexer.swift; the tree's types are in Syntax.swift.

/// Parses tokens into a list of items.
public struct Parser {
    private let tokens: [Token]
    private var index = 0

    init(_ tokens: [Token]) { self.tokens = tokens }

    /// The whole input as a list of items, or the first syntax error.
    public static func parse(_ source: String) throws(SyntaxError) -> [ListItem] {
        var parser = Parser(try Lexer.tokens(source))
        let items = try parser.list(endsAt: nil)
        if let extra = parser.peek() { throw SyntaxError.unexpected(describe(extra)) }
        return items
    }

    private func peek() -> Token? { index < tokens.count ? tokens[index] : nil }

    private func isControl(_ op: ControlOperator) -> Bool {
        if case .control(let o)? = peek(), o == op { return true }
        return false
    }

    private mutating func skipNewlines() { while isControl(.newline) { index += 1 } }

    /// Items up to the end of input or, inside `( )`, up to the `)`.
    private mutating func list(endsAt closing: ControlOperator?) throws(SyntaxError) -> [ListItem] {
        var items: [ListItem] = []
        while true {
            skipNewlines()
            guard let token = peek() else { break }
            if case .control(let op) = token, op == closing { break }
            let command = try andOr()
            var background = false
            if case .control(let op)? = peek() {
                switch op {
                case .semicolon, .newline: index += 1
                case .background: background = true; index += 1
                case .rightParen where closing == .rightParen: break
                default: throw SyntaxError.unexpected(op.text)
                }
            } else if let other = peek() {
                throw SyntaxError.unexpected(Parser.describe(other))
            }
            items.append(ListItem(command, background: background))
        }
        return items
    }

    private mutating func andOr() throws(SyntaxError) -> AndOrList {
        var result = AndOrList(first: try pipeline())
        while case .control(let op)? = peek(), op == .andIf || op == .orIf {
            index += 1
            skipNewlines()
            guard peek() != nil else { throw SyntaxError("syntax error: unexpected end of input after `" + op.text + "'", incomplete: true) }
            result.rest.append(ConnectedPipeline(op == .andIf ? .and : .or, try pipeline()))
        }
        return result
    }

    private mutating func pipeline() throws(SyntaxError) -> Pipeline {
        var negated = false
        if case .word(let w)? = peek(), w == Word.plain("!") { negated = true; index += 1 }
        var commands = [try command()]
        while isControl(.pipe) {
            index += 1
            skipNewlines()
            guard peek() != nil else { throw SyntaxError("syntax error: unexpected end of input after `|'", incomplete: true) }
            commands.append(try command())
        }
        return Pipeline(negated: negated, commands: commands)
    }

    private mutating func command() throws(SyntaxError) -> Command {
        guard let token = peek() else { throw SyntaxError("syntax error: unexpected end of input", incomplete: true) }
        if case .control(let op) = token {
            guard op == .leftParen else { throw SyntaxError.unexpected(op.text) }
            index += 1
            let body = try list(endsAt: .rightParen)
            guard isControl(.rightParen) else { throw SyntaxError("syntax error: missing `)'", incomplete: true) }
            if body.isEmpty { throw SyntaxError.unexpected(")") }
            index += 1
            var redirections: [Redirection] = []
            while case .redirect? = peek() { redirections.append(try redirection()) }
            return .subshell(body, redirections)
        }
        var simple = SimpleCommand()
        while let token = peek() {
            switch token {
            case .control(let op):
                if op == .leftParen { throw SyntaxError.unexpected("(") }
                return try finish(simple)
            case .redirect:
                simple.redirections.append(try redirection())
            case .word(let word):
                index += 1
                if simple.words.isEmpty, let assignment = Parser.assignment(word) {
                    simple.assignments.append(assignment)
                } else {
                    simple.words.append(word)
                }
            }
        }
        return try finish(simple)
    }

    private func finish(_ simple: SimpleCommand) throws(SyntaxError) -> Command {
        if simple.assignments.isEmpty && simple.words.isEmpty && simple.redirections.isEmpty {
            if let token = peek() { throw SyntaxError.unexpected(Parser.describe(token)) }
            throw SyntaxError("syntax error: unexpected end of input", incomplete: true)
        }
        return .simple(simple)
    }

    private mutating func redirection() throws(SyntaxError) -> Redirection {
        guard case .redirect(let fd, let kind)? = peek() else { throw SyntaxError("syntax error: expected a redirection") }
        index += 1
        guard case .word(let target)? = peek() else {
            if let token = peek() { throw SyntaxError.unexpected(Parser.describe(token)) }
            throw SyntaxError.unexpected("newline")
        }
        index += 1
        return Redirection(descriptor: fd ?? kind.defaultDescriptor, kind: kind, target: target)
    }

    /// `NAME=value` when the word starts with an unquoted valid name and `=`.
    static func assignment(_ word: Word) -> Assignment? {
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

    /// A token as the error message shows it.
    static func describe(_ token: Token) -> String {
        switch token {
        case .control(let op): return op.text
        case .word(let w):
            var text = ""
            for part in w.parts {
                switch part {
                case .literal(let t, _): text += t
                case .parameter(let n, _, _): text += "$" + n
                }
            }
            return text
        case .redirect(_, let kind):
            switch kind {
            case .input: return "<"
            case .output: return ">"
            case .append: return ">>"
            case .duplicateOutput: return ">&"
            case .duplicateInput: return "<&"
            case .readWrite: return "<>"
            }
        }
    }
}
