// ShellCore's arithmetic expansion: C precedence and integer rules on Int, variables,
// and dash's error wording; command substitution through a CommandSubstituting runner.
import Testing
@testable import ShellCore

@Suite struct ArithmeticTests {
    static let values: [(String, Int)] = [
        ("0", 0), ("1+2", 3), (" 2 + 3 * 4 ", 14), ("(2+3)*4", 20), ("7/2", 3), ("-7/2", -3), ("-7%3", -1),
        ("7%-3", 1), ("1-2-3", -4), ("2*3%4", 2), ("-3", -3), ("--3", 3), ("!0", 1), ("!5", 0), ("~0", -1),
        ("1<2", 1), ("2<=1", 0), ("3>2", 1), ("3>=3", 1), ("1==1", 1), ("1!=1", 0), ("1<<4", 16), ("256>>2", 64),
        ("6&3", 2), ("6|3", 7), ("6^3", 5), ("1&&0", 0), ("0||2", 1), ("1?2:3", 2), ("0?2:3", 3),
        ("x", 5), ("x*x+y", 25), ("unset+1", 1), ("empty+1", 1), ("0x10", 16), ("010", 8), ("n", -4),
        ("9223372036854775807+1", Int.min), ("-9223372036854775807-1", Int.min),
        ("(-9223372036854775807-1)/-1", Int.min), ("((1))", 1),
    ]

    static func lookup(_ name: String) -> String? {
        ["x": "5", "y": "0", "empty": "", "n": "-4", "bad": "abc"][name]
    }

    @Test(arguments: values)
    func evaluates(_ expression: String, _ expected: Int) throws {
        #expect(try evaluateArithmetic(expression, lookup: ArithmeticTests.lookup) == expected)
    }

    static let errors: [(String, String)] = [
        ("1/0", "arithmetic expression: division by zero: \"1/0\""),
        ("5%y", "arithmetic expression: division by zero: \"5%y\""),
        (" 3 > ", "arithmetic expression: expecting primary: \" 3 > \""),
        ("", "arithmetic expression: expecting primary: \"\""),
        ("(1", "arithmetic expression: expecting ')': \"(1\""),
        ("1 2", "arithmetic expression: expecting EOF: \"1 2\""),
        ("bad+1", "Illegal number: abc"),
        ("09", "arithmetic expression: expecting primary: \"09\""),
    ]

    @Test(arguments: errors)
    func fails(_ expression: String, _ message: String) {
        ArithmeticTests.expectFailure(expression, message)
    }

    /// `expression` is refused with exactly `message`.
    static func expectFailure(_ expression: String, _ message: String) {
        do {
            _ = try evaluateArithmetic(expression, lookup: lookup)
            Issue.record("evaluated: \(expression)")
        } catch { #expect(error.message == message) }
    }

    @Test func expansionUsesVariables() throws {
        let c = ExpansionContext(variables: Variables(environment: ["I=4"]))
        let items = try Parser.parse("echo $((I*2)) \"$(( I + 1 ))\"")
        guard case .simple(let s) = items[0].command.first.commands[0] else { Issue.record("not simple"); return }
        #expect(try c.expand(s.words[1]) == ["8"])
        #expect(try c.expand(s.words[2]) == ["5"])
    }
}

/// Answers every substitution with fixed output.
private final class FixedOutput: CommandSubstituting {
    let output: String
    var calls = 0
    init(_ output: String) { self.output = output }
    func substitute(_ commands: [ListItem]) -> String { calls += 1; return output }
    var assigned: [String] = []
    func assign(_ name: String, _ value: String) { assigned.append(name + "=" + value) }
}

@Suite struct CommandSubstitutionExpansionTests {
    private func expand(_ source: String, _ output: String) throws -> [String] {
        let items = try Parser.parse("cmd " + source)
        guard case .simple(let s) = items[0].command.first.commands[0] else { return [] }
        let runner = FixedOutput(output)
        let result = try ExpansionContext().expandFields(s.words[1], runner).map { $0.text }
        #expect(runner.calls == 1)
        return result
    }

    @Test func trailingNewlinesGoAndUnquotedResultsSplit() throws {
        #expect(try expand("$(x)", "a b\n\n\n") == ["a", "b"])
        #expect(try expand("\"$(x)\"", "a  b\n\n") == ["a  b"])
        #expect(try expand("\"$(x)\"", "\n\nmid\n\nend\n") == ["\n\nmid\n\nend"])
        #expect(try expand("$(x)", "one\ntwo\tthree\n") == ["one", "two", "three"])
        #expect(try expand("$(x)", "\n") == [])
        #expect(try expand("\"$(x)\"", "\n") == [""])
        #expect(try expand("pre`x`post", "A") == ["preApost"])
    }

    @Test func assignDefaultAssignsThroughTheShell() throws {
        let items = try Parser.parse("cmd ${V=new} ${X:=kept} ${E:=filled}")
        guard case .simple(let s) = items[0].command.first.commands[0] else { return }
        let runner = FixedOutput("")
        let c = ExpansionContext(variables: Variables(environment: ["X=old", "E="]))
        var fields: [String] = []
        for w in s.words.dropFirst() { fields += try c.expandFields(w, runner).map { $0.text } }
        #expect(fields == ["new", "old", "filled"])
        #expect(runner.assigned == ["V=new", "E=filled"])
    }
}

/// Assignments inside $(( )): returned in order, visible to the rest of the expression.
@Suite struct ArithmeticAssignmentTests {
    static let cases: [(String, Int, [String])] = [
        ("i = 3", 3, ["i=3"]),
        ("x += 2", 7, ["x=7"]),
        ("x -= 1, 0", 0, []),   // no comma operator: an error below instead
        ("x *= x", 25, ["x=25"]),
        ("x <<= 2", 20, ["x=20"]),
        ("a = b = 4", 4, ["b=4", "a=4"]),
        ("(i = 2) * i", 4, ["i=2"]),
        ("x == 5", 1, []),
        ("x <= 5", 1, []),
    ]

    @Test(arguments: cases)
    func assigns(_ expression: String, _ value: Int, _ assigned: [String]) throws {
        if expression.contains(",") {
            #expect(throws: ExpansionError.self) { try evaluateArithmeticAssigning(expression, lookup: ArithmeticTests.lookup) }
            return
        }
        let result = try evaluateArithmeticAssigning(expression, lookup: ArithmeticTests.lookup)
        #expect(result.value == value)
        #expect(result.assignments.map { $0.0 + "=" + String($0.1) } == assigned)
    }

    @Test func divisionByZeroInAssignment() {
        #expect(throws: ExpansionError.self) { try evaluateArithmeticAssigning("y /= 0", lookup: ArithmeticTests.lookup) }
        #expect(throws: ExpansionError.self) { try evaluateArithmeticAssigning("x /= y", lookup: ArithmeticTests.lookup) }
    }
}

/// The operand of `&&`, `||` and `?:` that is not needed is parsed but not evaluated, as
/// in dash: no assignment, no read of a bad number, no division by zero; a syntax error
/// there is still an error. dash has no `++`/`--` and no comma operator.
@Suite struct ArithmeticShortCircuitTests {
    static let cases: [(String, Int, [String])] = [
        ("1 || (i = 5)", 1, []),
        ("0 && (i = 5)", 0, []),
        ("0 || (i = 5)", 1, ["i=5"]),
        ("1 && (i = 5)", 1, ["i=5"]),
        ("1 ? 2 : (i = 5)", 2, []),
        ("0 ? (i = 5) : 3", 3, []),
        ("1 ? (i = 2) : (j = 3)", 2, ["i=2"]),
        ("0 ? i = 3 : 4", 4, []),
        ("0 && 1/0", 0, []),
        ("1 || 1/0", 1, []),
        ("1 ? 1 : 1%0", 1, []),
        ("0 && bad", 0, []),
        ("0 ? bad : 2", 2, []),
        ("0 || 0 && (i = 1)", 0, []),
        ("1 && 0 || (i = 3)", 1, ["i=3"]),
        ("0 && (i += 1) || (j = 2)", 1, ["j=2"]),
        ("0 && (1 ? (i = 1) : 2)", 0, []),
        ("0 ? 2 : 0 ? 4 : (i = 5)", 5, ["i=5"]),
        ("++x", 5, []),
        ("--x", 5, []),
        ("x+++1", 6, []),
    ]

    @Test(arguments: cases)
    func skipsTheUnusedSide(_ expression: String, _ value: Int, _ assigned: [String]) throws {
        let result = try evaluateArithmeticAssigning(expression, lookup: ArithmeticTests.lookup)
        #expect(result.value == value)
        #expect(result.assignments.map { $0.0 + "=" + String($0.1) } == assigned)
    }

    static let errors: [(String, String)] = [
        ("0 && 1 + ", "arithmetic expression: expecting primary: \"0 && 1 + \""),
        ("1 && bad", "Illegal number: abc"),
        ("x++", "arithmetic expression: expecting primary: \"x++\""),
        ("x--", "arithmetic expression: expecting primary: \"x--\""),
        ("1,2", "arithmetic expression: expecting EOF: \"1,2\""),
        ("0 && (i += 1, 3)", "arithmetic expression: expecting ')': \"0 && (i += 1, 3)\""),
    ]

    @Test(arguments: errors)
    func stillRejects(_ expression: String, _ message: String) {
        ArithmeticTests.expectFailure(expression, message)
    }
}
