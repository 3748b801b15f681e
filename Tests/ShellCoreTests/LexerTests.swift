// ShellCore's lexer: words with their quoting, escapes, operators, io-numbers, comments.
import Testing
@testable import ShellCore

private func lit(_ s: String, _ q: Bool = false) -> WordPart { .literal(s, quoted: q) }
private func w(_ parts: WordPart...) -> Token { .word(Word(parts)) }

@Suite struct LexerTests {
    static let cases: [(String, [Token])] = [
        ("", []),
        ("   \t ", []),
        ("echo", [w(lit("echo"))]),
        ("echo a  b", [w(lit("echo")), w(lit("a")), w(lit("b"))]),
        ("'a b'", [w(lit("a b", true))]),
        ("''", [w(lit("", true))]),
        ("\"\"", [w(lit("", true))]),
        ("a'b'c", [w(lit("a"), lit("b", true), lit("c"))]),
        ("\"a $X\"", [w(lit("a ", true), .parameter("X", .none, quoted: true))]),
        ("'$X'", [w(lit("$X", true))]),
        ("\\$X", [w(lit("$", true), lit("X"))]),
        ("a\\ b", [w(lit("a"), lit(" ", true), lit("b"))]),
        ("\"\\a\\$\\\\\"", [w(lit("\\a$\\", true))]),
        ("a\\\nb", [w(lit("ab"))]),
        ("$?$$$!$#$0$9", [w(.parameter("?", .none, quoted: false), .parameter("$", .none, quoted: false),
                             .parameter("!", .none, quoted: false), .parameter("#", .none, quoted: false),
                             .parameter("0", .none, quoted: false), .parameter("9", .none, quoted: false))]),
        ("${HOME}x", [w(.parameter("HOME", .none, quoted: false), lit("x"))]),
        ("${#X}", [w(.parameter("X", .length, quoted: false))]),
        ("${X:-d}", [w(.parameter("X", .defaultValue(Word([lit("d")]), colon: true), quoted: false))]),
        ("${X+a}", [w(.parameter("X", .alternative(Word([lit("a")]), colon: false), quoted: false))]),
        ("$ a", [w(lit("$")), w(lit("a"))]),
        ("$1x", [w(.parameter("1", .none, quoted: false), lit("x"))]),
        ("a|b", [w(lit("a")), .control(.pipe), w(lit("b"))]),
        ("a||b&&c;d&", [w(lit("a")), .control(.orIf), w(lit("b")), .control(.andIf), w(lit("c")),
                        .control(.semicolon), w(lit("d")), .control(.background)]),
        ("a\nb", [w(lit("a")), .control(.newline), w(lit("b"))]),
        ("(a)", [.control(.leftParen), w(lit("a")), .control(.rightParen)]),
        ("<a >b >>c", [.redirect(nil, .input), w(lit("a")), .redirect(nil, .output), w(lit("b")),
                       .redirect(nil, .append), w(lit("c"))]),
        ("2>e 2>&1", [.redirect(2, .output), w(lit("e")), .redirect(2, .duplicateOutput), w(lit("1"))]),
        ("0<f 3<&0 1<>x", [.redirect(0, .input), w(lit("f")), .redirect(3, .duplicateInput), w(lit("0")),
                           .redirect(1, .readWrite), w(lit("x"))]),
        ("a2>f", [w(lit("a2")), .redirect(nil, .output), w(lit("f"))]),
        ("'2'>f", [w(lit("2", true)), .redirect(nil, .output), w(lit("f"))]),
        ("echo # a comment\nb", [w(lit("echo")), .control(.newline), w(lit("b"))]),
        ("a#b", [w(lit("a#b"))]),
    ]

    @Test(arguments: cases)
    func lexes(_ source: String, _ expected: [Token]) throws {
        #expect(try Lexer.tokens(source) == expected)
    }

    static let malformed: [(String, String)] = [
        ("'abc", "syntax error: unterminated quote"),
        ("\"abc", "syntax error: unterminated quote"),
        ("echo \"a'b", "syntax error: unterminated quote"),
        ("${X", "syntax error: unterminated ${"),
        ("${", "syntax error: unterminated ${"),
        ("${}", "syntax error: bad substitution"),
        ("${X%y}", "syntax error: bad substitution"),
        ("`ls`", "syntax error: command substitution is not supported"),
        ("$(ls)", "syntax error: command substitution is not supported"),
    ]

    @Test(arguments: malformed)
    func rejects(_ source: String, _ message: String) {
        #expect(throws: SyntaxError.self) { try Lexer.tokens(source) }
        do { _ = try Lexer.tokens(source) } catch { #expect(error.message == message) }
    }

    @Test func openQuoteIsIncomplete() {
        do { _ = try Lexer.tokens("echo 'a"); Issue.record("no error") } catch { #expect(error.incomplete) }
    }
}
