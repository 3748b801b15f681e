// ShellCore's parser for compound commands and functions: the trees, reserved words only at
// the start of a command, one complete command at a time, and dash's syntax errors.
import Testing
@testable import ShellCore

private func cmd(_ words: String...) -> [ListItem] {
    [ListItem(AndOrList(first: Pipeline(commands: [.simple(SimpleCommand(words: words.map { Word.plain($0) }))])))]
}
private func compound(_ c: CompoundCommand, _ r: [Redirection] = []) -> [ListItem] {
    [ListItem(AndOrList(first: Pipeline(commands: [.compound(c, r)])))]
}

@Suite struct CompoundParserTests {
    static let cases: [(String, [ListItem])] = [
        ("{ a; }", compound(.group(cmd("a")))),
        ("{ a\n}", compound(.group(cmd("a")))),
        ("{ echo }; }", compound(.group(cmd("echo", "}")))),
        ("if a; then b; fi", compound(.ifClause([ConditionalBranch(condition: cmd("a"), body: cmd("b"))], elseBody: nil))),
        ("if a\nthen\nb\nelif c; then d; else e; fi",
         compound(.ifClause([ConditionalBranch(condition: cmd("a"), body: cmd("b")),
                             ConditionalBranch(condition: cmd("c"), body: cmd("d"))], elseBody: cmd("e")))),
        ("while a; do b; done", compound(.loop(.whileLoop, condition: cmd("a"), body: cmd("b")))),
        ("until a; do b; done", compound(.loop(.untilLoop, condition: cmd("a"), body: cmd("b")))),
        ("for x in a b; do c; done", compound(.forLoop("x", words: [Word.plain("a"), Word.plain("b")], body: cmd("c"), line: 1))),
        ("for x in; do c; done", compound(.forLoop("x", words: [], body: cmd("c"), line: 1))),
        ("for x\ndo c; done", compound(.forLoop("x", words: nil, body: cmd("c"), line: 1))),
        ("for x; do c; done", compound(.forLoop("x", words: nil, body: cmd("c"), line: 1))),
        ("for x do c; done", compound(.forLoop("x", words: nil, body: cmd("c"), line: 1))),
        ("for in in in; do c; done", compound(.forLoop("in", words: [Word.plain("in")], body: cmd("c"), line: 1))),
        ("case w in a|b) c;; (d) ;; *) e; esac",
         compound(.caseClause(Word.plain("w"), [CaseItem(patterns: [Word.plain("a"), Word.plain("b")], body: cmd("c")),
                                                CaseItem(patterns: [Word.plain("d")], body: []),
                                                CaseItem(patterns: [Word.plain("*")], body: cmd("e"))]))),
        ("case w in\nesac", compound(.caseClause(Word.plain("w"), []))),
        ("case w\nin\na)\nc\n;;\nesac", compound(.caseClause(Word.plain("w"), [CaseItem(patterns: [Word.plain("a")], body: cmd("c"))]))),
        ("{ a; } > f", compound(.group(cmd("a")), [Redirection(descriptor: 1, kind: .output, target: Word.plain("f"))])),
        ("echo if then fi", cmd("echo", "if", "then", "fi")),
        ("'if'", [ListItem(AndOrList(first: Pipeline(commands: [.simple(SimpleCommand(words: [Word([.literal("if", quoted: true)])]))])))]),
        ("f() { a; }", [ListItem(AndOrList(first: Pipeline(commands: [.function("f", .compound(.group(cmd("a")), []))])))]),
        ("f ( ) \n{ a; }", [ListItem(AndOrList(first: Pipeline(commands: [.function("f", .compound(.group(cmd("a")), []))])))]),
        ("f() echo x", [ListItem(AndOrList(first: Pipeline(commands: [.function("f", .simple(SimpleCommand(words: [Word.plain("echo"), Word.plain("x")])))])))]),
    ]

    @Test(arguments: cases)
    func parses(_ source: String, _ expected: [ListItem]) throws {
        #expect(try Parser.parse(source) == expected)
    }

    @Test func pipelineOfLoops() throws {
        let items = try Parser.parse("for x in a; do b; done | cat")
        #expect(items.count == 1)
        #expect(items[0].command.first.commands.count == 2)
        let negated = try Parser.parse("! if a; then b; fi && c")
        #expect(negated[0].command.first.negated)
        #expect(negated[0].command.rest.count == 1)
    }

    /// A script is read one complete command at a time, so the lines before an error run.
    @Test func completeCommandsOneAtATime() throws {
        var parser = Parser("a; b\nif c\nthen d; fi\n\ne &\n\"")
        #expect(try parser.nextCompleteCommand()?.count == 2)
        #expect(try parser.nextCompleteCommand()?.count == 1)
        #expect(try parser.nextCompleteCommand()?.first?.background == true)
        do { _ = try parser.nextCompleteCommand(); Issue.record("no error") } catch {
            #expect(error.message == "Unterminated quoted string")
            #expect(error.line == 6)
        }
        var done = Parser("a\n\n")
        _ = try done.nextCompleteCommand()
        #expect(try done.nextCompleteCommand() == nil)
    }

    // Each checked against `dash -c`: message, incomplete (more lines could finish it), line.
    static let malformed: [(String, String, Bool, Int)] = [
        ("if true; then echo", "end of file unexpected (expecting \"fi\")", true, 1),
        ("if true\nthen echo\n", "end of file unexpected (expecting \"fi\")", true, 3),
        ("if true; echo x; fi", "\"fi\" unexpected (expecting \"then\")", false, 1),
        ("if then fi", "\"then\" unexpected", false, 1),
        ("if true; then fi", "\"fi\" unexpected", false, 1),
        ("if a; then b; else fi", "\"fi\" unexpected", false, 1),
        ("while true; do", "end of file unexpected (expecting \"done\")", true, 1),
        ("if true; then", "end of file unexpected (expecting \"fi\")", true, 1),
        ("if true; then :; else", "end of file unexpected (expecting \"fi\")", true, 1),
        ("if", "end of file unexpected (expecting \"then\")", true, 1),
        ("while", "end of file unexpected (expecting \"do\")", true, 1),
        ("{", "end of file unexpected (expecting \"}\")", true, 1),
        ("f() {", "end of file unexpected (expecting \"}\")", true, 1),
        ("while do done", "\"do\" unexpected", false, 1),
        ("while a; b; done", "\"done\" unexpected (expecting \"do\")", false, 1),
        ("for x in a b", "end of file unexpected", true, 1),
        ("for 1 in a; do :; done", "Bad for loop variable", false, 1),
        ("for x in a; echo; done", "word unexpected (expecting \"do\")", false, 1),
        ("case x in", "end of file unexpected (expecting \")\")", true, 1),
        ("case x in a) echo", "end of file unexpected (expecting \";;\")", true, 1),
        ("case x in a) ;; b", "end of file unexpected (expecting \")\")", true, 1),
        ("case x a) ;; esac", "word unexpected (expecting \"in\")", false, 1),
        ("{ echo", "end of file unexpected (expecting \"}\")", true, 1),
        ("{ }", "\"}\" unexpected", false, 1),
        ("}", "\"}\" unexpected", false, 1),
        ("fi", "\"fi\" unexpected", false, 1),
        ("done", "\"done\" unexpected", false, 1),
        ("then", "\"then\" unexpected", false, 1),
        ("{ echo; } foo", "word unexpected", false, 1),
        ("if true; then :; fi x", "word unexpected", false, 1),
        ("x=1 { echo; }", "\"}\" unexpected", false, 1),
        ("a\nb\nif c; then\nd\n", "end of file unexpected (expecting \"fi\")", true, 5),
        ("a\n)\n", "\")\" unexpected", false, 2),
    ]

    @Test(arguments: malformed)
    func rejects(_ source: String, _ message: String, _ incomplete: Bool, _ line: Int) {
        do {
            _ = try Parser.parse(source)
            Issue.record("parsed: \(source)")
        } catch {
            #expect(error.message == message)
            #expect(error.incomplete == incomplete)
            #expect(error.line == line)
        }
    }
}

/// Commands written back as text for `fg` and `jobs`: what dash -i's `jobs` printed for
/// the same input, except where the header comment of Syntax+Text.swift says otherwise.
@Suite struct CommandTextTests {
    static let cases: [(String, String)] = [
        ("sleep 2", "sleep 2"),
        ("a | b && ! c || d", "a | b && !c || d"),
        ("X=1 sleep 9 $Y ${Z:-w} $(echo x) $((1+2)) > /dev/null", "X=1 sleep 9 ${Y} ${Z:-w} $(echo x) $((1+2)) 1>/dev/null"),
        // dash shows "it""s": adjacent quoted runs are one part here.
        ("sleep 9 'it''s' \"a$HOME\"b", "sleep 9 \"its\" \"a${HOME}\"b"),
        ("sleep 9 'a|b' ${#x} ${x#y} ${x:=z} $(($x + 1)) `echo`", "sleep 9 \"a|b\" ${#x} ${x#y} ${x:=z} $((${x} + 1)) $(echo)"),
        ("sleep 9 >> /tmp/a 2>&1 <> /dev/null 3>| /tmp/b", "sleep 9 1>>/tmp/a 2>&1 0<>/dev/null 3>|/tmp/b"),
        ("sleep 9 </dev/null >&2", "sleep 9 0</dev/null 1>&2"),
        ("while true; do sleep 9; done | cat", "while true; do sleep 9; done | cat"),
        ("until false; do sleep 9; done", "until false; do sleep 9; done"),
        ("(sleep 9)", "(sleep 9)"),
        ("for i in 1 2; do sleep 9; done", "for i in 1 2; do sleep 9; done"),
        ("for i; do :; done", "for i; do :; done"),
        ("if true; then sleep 9; fi", "if true; then sleep 9; fi"),
        ("if a; then b; elif c; then d; else e; fi", "if a; then b; elif c; then d; else e; fi"),
        ("case a in x|a) sleep 9;; *) :; esac", "case a in x|a) sleep 9;; *) :;; esac"),
        ("f() { sleep 9; }", "f() { ... }"),
        ("{ a; b & }", "{ a; b &; }"),
    ]
    @Test(arguments: cases)
    func text(_ source: String, _ expected: String) throws {
        #expect(commandText(try Parser.parse(source)[0].command) == expected)
    }
}
