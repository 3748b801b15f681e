// ShellCore's aliases: the table, `alias` operands, and their expansion by the parser
// where a command starts (dash's behaviour is the reference for every case).
import Testing
@testable import ShellCore

/// The commands `source` parses to with `aliases`, as text, one per list item.
private func expanded(_ source: String, _ aliases: [(String, String)]) throws -> [String] {
    var table = Aliases()
    for (name, value) in aliases { table.define(name, value) }
    return try Parser.parse(source, aliases: table).map { commandText($0.command) + ($0.background ? " &" : "") }
}

@Suite struct AliasTests {
    @Test func tableKeepsNamesSortedAndRedefines() {
        var a = Aliases()
        a.define("ll", "ls -l")
        a.define("a", "echo")
        a.define("ll", "ls -la")
        #expect(a.entries.map { $0.name } == ["ll", "a"])
        #expect(a.value("ll") == "ls -la")
        #expect(a.value("l") == nil)
        #expect(a.listing("ll") == "ll='ls -la'")
        #expect(a.listing("nothing") == nil)
        let ok1 = a.remove("a")
        #expect(ok1)
        let ok2 = a.remove("a")
        #expect(!ok2)
        a.removeAll()
        #expect(a.entries.isEmpty)
    }

    /// dash lists by its hash table's buckets, then in definition order (checked with dash).
    @Test func listedInDashOrder() {
        var a = Aliases()
        for name in ["t_ll", "t_e", "t_w", "ll", "a", "b"] { a.define(name, "x") }
        #expect(Aliases.bucket("t_w") == 2 && Aliases.bucket("t_ll") == 21 && Aliases.bucket("t_e") == 23)
        #expect(a.listed.map { $0.name } == ["t_w", "a", "t_ll", "t_e", "b", "ll"])
    }

    static let operands: [(String, AliasOperation)] = [
        ("ll=ls -l", .define("ll", "ls -l")),
        ("x=", .define("x", "")),
        ("a=b=c", .define("a", "b=c")),
        ("ll", .show("ll")),
        ("=x", .show("=x")),
        ("", .show("")),
    ]
    @Test(arguments: operands)
    func operand(_ text: String, _ expected: AliasOperation) {
        #expect(aliasOperation(text) == expected)
    }

    static let expansions: [(String, [(String, String)], [String])] = [
        ("ll x", [("ll", "ls -l")], ["ls -l x"]),
        // Only where a command starts: not as an argument.
        ("echo ll", [("ll", "ls -l")], ["echo ll"]),
        // Quoted or escaped: no alias.
        ("'ll' x", [("ll", "ls -l")], ["\"ll\" x"]),
        ("\\ll x", [("ll", "ls -l")], ["\"l\"l x"]),
        // Not inside its own value.
        ("ls /", [("ls", "ls -F")], ["ls -F /"]),
        // Chains, and a loop broken where a name comes back.
        ("a", [("a", "b 1"), ("b", "c 2")], ["c 2 1"]),
        ("a", [("a", "b"), ("b", "a x")], ["a x"]),
        // After assignments and redirections, after | && ; and in compound lists.
        ("X=1 ll", [("ll", "ls -l")], ["X=1 ls -l"]),
        ("a | ll && ll; ll", [("ll", "ls")], ["a | ls && ls", "ls"]),
        ("if ll; then ll; fi", [("ll", "ls")], ["if ls; then ls; fi"]),
        ("(ll)", [("ll", "ls")], ["(ls)"]),
        ("echo $(ll)", [("ll", "ls")], ["echo $(ls)"]),
        // A value ending in a blank: the next word is checked too.
        ("e w", [("e", "echo "), ("w", "world")], ["echo world"]),
        ("e e w", [("e", "echo "), ("w", "world")], ["echo echo world"]),
        ("e w", [("e", "echo"), ("w", "world")], ["echo w"]),
        ("n w", [("n", " "), ("w", "world")], ["world"]),
        // A value may hold operators and start a compound command.
        ("sc y", [("sc", "echo x;")], ["echo x", "y"]),
        ("bg y", [("bg", "x &")], ["x &", "y"]),
        ("begin echo in; end", [("begin", "{"), ("end", "}")], ["{ echo in; }"]),
        // A comment ending the value runs over the rest of the line.
        ("c b\nx", [("c", "echo a # comment")], ["echo a", "x"]),
        ("c b; d", [("c", "echo a #")], ["echo a"]),
        // An empty alias is nothing; reserved words are not aliases here.
        ("nothing x", [("nothing", "")], ["x"]),
        ("if true; then :; fi", [("if", "echo")], ["if true; then :; fi"]),
    ]
    @Test(arguments: expansions)
    func expands(_ source: String, _ aliases: [(String, String)], _ expected: [String]) throws {
        #expect(try expanded(source, aliases) == expected)
    }

    @Test func errorsInAValueNameTheAliasLine() {
        var table = Aliases()
        table.define("bad", "echo (")
        #expect(throws: SyntaxError.self) { try Parser.parse("\n\nbad", aliases: table) }
        do { _ = try Parser.parse("\n\nbad", aliases: table) } catch { #expect(error.line == 3) }
    }

    @Test func definedLaterHoldsFromTheNextCommand() throws {
        var parser = Parser("ll\nll\n")
        #expect(commandText(try parser.nextCompleteCommand()![0].command) == "ll")
        var table = Aliases()
        table.define("ll", "ls -l")
        parser.aliases = table
        #expect(commandText(try parser.nextCompleteCommand()![0].command) == "ls -l")
    }
}
