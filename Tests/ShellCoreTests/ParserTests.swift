// ShellCore's parser: lists, and-or lists, pipelines, assignments, redirections, errors.
import Testing
@testable import ShellCore

private func simple(_ words: [String], assignments: [Assignment] = [], redirections: [Redirection] = []) -> Command {
    .simple(SimpleCommand(assignments: assignments, words: words.map { Word.plain($0) }, redirections: redirections))
}
private func item(_ commands: [Command], background: Bool = false) -> ListItem {
    ListItem(AndOrList(first: Pipeline(commands: commands)), background: background)
}

@Suite struct ParserTests {
    static let cases: [(String, [ListItem])] = [
        ("", []),
        ("\n\n", []),
        ("a", [item([simple(["a"])])]),
        ("a;", [item([simple(["a"])])]),
        ("a; b\nc", [item([simple(["a"])]), item([simple(["b"])]), item([simple(["c"])])]),
        ("a & b", [item([simple(["a"])], background: true), item([simple(["b"])])]),
        ("a | b | c", [item([simple(["a"]), simple(["b"]), simple(["c"])])]),
        ("a |\n b", [item([simple(["a"]), simple(["b"])])]),
        ("X=1 Y= cmd X=2", [item([simple(["cmd", "X=2"], assignments: [
            Assignment(name: "X", value: Word.plain("1")), Assignment(name: "Y", value: Word([]))])])]),
        ("X=1", [item([.simple(SimpleCommand(assignments: [Assignment(name: "X", value: Word.plain("1"))]))])]),
        ("1X=1", [item([simple(["1X=1"])])]),
        ("=x", [item([simple(["=x"])])]),
        ("> f", [item([.simple(SimpleCommand(redirections: [Redirection(descriptor: 1, kind: .output, target: Word.plain("f"))]))])]),
        ("cmd <in >out 2>&1 3>>log", [item([simple(["cmd"], redirections: [
            Redirection(descriptor: 0, kind: .input, target: Word.plain("in")),
            Redirection(descriptor: 1, kind: .output, target: Word.plain("out")),
            Redirection(descriptor: 2, kind: .duplicateOutput, target: Word.plain("1")),
            Redirection(descriptor: 3, kind: .append, target: Word.plain("log"))])])]),
        ("0>f", [item([.simple(SimpleCommand(redirections: [Redirection(descriptor: 0, kind: .output, target: Word.plain("f"))]))])]),
        ("(a; b) > f", [item([.subshell([item([simple(["a"])]), item([simple(["b"])])],
                                        [Redirection(descriptor: 1, kind: .output, target: Word.plain("f"))])])]),
    ]

    @Test(arguments: cases)
    func parses(_ source: String, _ expected: [ListItem]) throws {
        #expect(try Parser.parse(source) == expected)
    }

    @Test func andOrChains() throws {
        let items = try Parser.parse("a && b || ! c")
        #expect(items.count == 1)
        let list = items[0].command
        #expect(list.first == Pipeline(commands: [simple(["a"])]))
        #expect(list.rest == [ConnectedPipeline(.and, Pipeline(commands: [simple(["b"])])),
                              ConnectedPipeline(.or, Pipeline(negated: true, commands: [simple(["c"])]))])
    }

    // dash's wording, checked with `dash -c` (the shell prints "sh: LINE: Syntax error: ").
    static let malformed: [(String, String, Bool)] = [
        ("|", "\"|\" unexpected", false),
        ("a | | b", "\"|\" unexpected", false),
        (";", "\";\" unexpected", false),
        ("a;;", "\";;\" unexpected", false),
        ("a; ;", "\";\" unexpected", false),
        ("&", "\"&\" unexpected", false),
        ("&& a", "\"&&\" unexpected", false),
        ("a &&", "end of file unexpected", true),
        ("a ||", "end of file unexpected", true),
        ("a |", "end of file unexpected", true),
        ("a |\n", "end of file unexpected", true),
        ("a >", "end of file unexpected", true),
        ("a >\n", "newline unexpected", false),
        ("a > | b", "\"|\" unexpected", false),
        ("a > > b", "redirection unexpected", false),
        ("a 2>&", "end of file unexpected", true),
        ("(a", "end of file unexpected (expecting \")\")", true),
        ("()", "\")\" unexpected", false),
        ("a)", "\")\" unexpected", false),
        ("a (b)", "word unexpected (expecting \")\")", false),
        ("a b (c)", "\"(\" unexpected", false),
        ("echo 'x", "Unterminated quoted string", true),
    ]

    @Test(arguments: malformed)
    func rejects(_ source: String, _ message: String, _ incomplete: Bool) {
        do {
            _ = try Parser.parse(source)
            Issue.record("parsed: \(source)")
        } catch {
            #expect(error.message == message)
            #expect(error.incomplete == incomplete)
        }
    }
}
