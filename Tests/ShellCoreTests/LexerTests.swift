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
        ("a >|f 2>|g", [w(lit("a")), .redirect(nil, .clobber), w(lit("f")), .redirect(2, .clobber), w(lit("g"))]),
        ("'2'>f", [w(lit("2", true)), .redirect(nil, .output), w(lit("f"))]),
        ("echo # a comment\nb", [w(lit("echo")), .control(.newline), w(lit("b"))]),
        ("a#b", [w(lit("a#b"))]),
    ]

    @Test(arguments: cases)
    func lexes(_ source: String, _ expected: [Token]) throws {
        #expect(try Lexer.tokens(source) == expected)
    }

    // dash's wording (the shell adds "sh: LINE: Syntax error: ").
    static let malformed: [(String, String)] = [
        ("'abc", "Unterminated quoted string"),
        ("\"abc", "Unterminated quoted string"),
        ("echo \"a'b", "Unterminated quoted string"),
        ("${X", "Missing '}'"),
        ("${", "Missing '}'"),
        ("${}", "Bad substitution"),
        ("${X:%y}", "Bad substitution"),
        ("${X!}", "Bad substitution"),
        ("`ls", "EOF in backquote substitution"),
        ("\"`ls\"", "EOF in backquote substitution"),
        ("$(ls", "end of file unexpected (expecting \")\")"),
        ("$(ls;;)", "\";;\" unexpected (expecting \")\")"),
        ("$(fi)", "\"fi\" unexpected (expecting \")\")"),
        ("$((1+2)", "Missing '))'"),
        ("$((1+2) )", "Missing '))'"),
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

private func sub(_ source: String, quoted: Bool = false) throws -> WordPart {
    .commandSubstitution(try Parser.parse(source), quoted: quoted)
}

/// Command substitution and arithmetic inside words.
@Suite struct SubstitutionLexerTests {
    @Test func dollarParen() throws {
        #expect(try Lexer.tokens("a$(echo x)b") == [w(lit("a"), try sub("echo x"), lit("b"))])
        #expect(try Lexer.tokens("\"$(echo 'x)')\"") == [w(try sub("echo 'x)'", quoted: true))])
        // A `)` of a case pattern does not end the substitution.
        #expect(try Lexer.tokens("$(case a in a) echo y;; esac)") == [w(try sub("case a in a) echo y;; esac"))])
        #expect(try Lexer.tokens("$( (echo x) )") == [w(try sub("(echo x)"))])
        #expect(try Lexer.tokens("$()") == [w(.commandSubstitution([], quoted: false))])
        #expect(try Lexer.tokens("$(echo $(echo y))") == [w(try sub("echo $(echo y)"))])
    }

    @Test func backquotes() throws {
        #expect(try Lexer.tokens("`echo x`y") == [w(try sub("echo x"), lit("y"))])
        #expect(try Lexer.tokens("`echo \\`echo z\\``") == [w(try sub("echo `echo z`"))])
        #expect(try Lexer.tokens("\"`echo \\\"q\\\"`\"") == [w(try sub("echo \"q\"", quoted: true))])
    }

    @Test func arithmetic() throws {
        #expect(try Lexer.tokens("$((1 + $X))") == [w(.arithmetic(Word([lit("1 + ", true), .parameter("X", .none, quoted: true)]), quoted: false))])
        #expect(try Lexer.tokens("$(((1+2)*3))x") == [w(.arithmetic(Word([lit("(1+2)*3", true)]), quoted: false), lit("x"))])
        #expect(try Lexer.tokens("\"$((2))\"") == [w(.arithmetic(Word([lit("2", true)]), quoted: true))])
    }

    @Test func doubleSemicolon() throws {
        #expect(try Lexer.tokens("a;;b") == [w(lit("a")), .control(.doubleSemicolon), w(lit("b"))])
    }

    @Test func errorLines() {
        do { _ = try Lexer.tokens("a\nb\n'c\nd"); Issue.record("no error") } catch { #expect(error.line == 4) }
        do { _ = try Lexer.tokens("a\n${}"); Issue.record("no error") } catch { #expect(error.line == 2) }
    }
}

/// Here-documents: the body is the redirection's target word.
@Suite struct HereDocumentLexerTests {
    @Test func bodies() throws {
        #expect(try Lexer.tokens("cat <<E\nhi $X\nE\necho") == [
            w(lit("cat")), .redirect(nil, .hereDocument(stripTabs: false)),
            w(lit("hi ", true), .parameter("X", .none, quoted: true), lit("\n", true)), .control(.newline), w(lit("echo"))])
        #expect(try Lexer.tokens("cat <<'E'\n$X `y`\nE\n") == [
            w(lit("cat")), .redirect(nil, .hereDocument(stripTabs: false)), w(lit("$X `y`\n", true)), .control(.newline)])
        #expect(try Lexer.tokens("cat <<-E\n\t\ta\n\tE\n") == [
            w(lit("cat")), .redirect(nil, .hereDocument(stripTabs: true)), w(lit("a\n", true)), .control(.newline)])
        #expect(try Lexer.tokens("a <<A; b <<B\n1\nA\n2\nB\nc") == [
            w(lit("a")), .redirect(nil, .hereDocument(stripTabs: false)), w(lit("1\n", true)), .control(.semicolon),
            w(lit("b")), .redirect(nil, .hereDocument(stripTabs: false)), w(lit("2\n", true)), .control(.newline), w(lit("c"))])
        #expect(try Lexer.tokens("cat <<E\nE\n") == [
            w(lit("cat")), .redirect(nil, .hereDocument(stripTabs: false)), w(lit("", true)), .control(.newline)])
        #expect(try Lexer.tokens("cat <<E\n\\$x \\\\ a\\\nb \\q\nE\n") == [
            w(lit("cat")), .redirect(nil, .hereDocument(stripTabs: false)), w(lit("$x \\ ab \\q\n", true)), .control(.newline)])
    }

    /// Where more lines may follow (the prompt), an open body is an incomplete command.
    @Test func unfinishedBodyAsksForMore() {
        do { _ = try Parser.parse("cat <<EOF\nline\n", moreMayFollow: true); Issue.record("no error") } catch {
            #expect(error.message == "end of file unexpected (expecting \"EOF\")")
            #expect(error.incomplete)
        }
        do { _ = try Lexer.tokens("cat <<\n"); Issue.record("no error") } catch {
            #expect(error.message == "newline unexpected")
        }
    }

    /// In a whole input (script, -c, eval) the end of the input ends the body, as in dash;
    /// a last line without its newline stays without one.
    @Test func endOfInputEndsTheBody() throws {
        let heredoc = Token.redirect(nil, .hereDocument(stripTabs: false))
        #expect(try Lexer.tokens("cat <<EOF\none\ntwo\n") == [w(lit("cat")), heredoc, w(lit("one\ntwo\n", true)), .control(.newline)])
        #expect(try Lexer.tokens("cat <<EOF\none\ntwo") == [w(lit("cat")), heredoc, w(lit("one\ntwo", true)), .control(.newline)])
        #expect(try Lexer.tokens("cat <<EOF") == [w(lit("cat")), heredoc, w(lit("", true))])
        #expect(try Lexer.tokens("cat <<'E'\n$x\nE-not") == [w(lit("cat")), heredoc, w(lit("$x\nE-not", true)), .control(.newline)])
        #expect(try Lexer.tokens("cat <<A <<B\na\n") == [w(lit("cat")), heredoc, w(lit("a\n", true)), heredoc, w(lit("", true)), .control(.newline)])
        #expect(try Parser.parse("cat <<E\n$x").count == 1)
        #expect(throws: SyntaxError.self) { try Parser.parse("if true; then cat <<E\nin if\n") }
    }
}
