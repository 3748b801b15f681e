// ShellCore's expansion: parameters, special parameters, modifiers, field splitting,
// quote removal; the variable table and PATH candidates.
import Testing
@testable import ShellCore

private func context() -> ExpansionContext {
    var c = ExpansionContext(variables: Variables(environment: ["HOME=/root", "X=1", "E=", "S=a  b c", "PATH=/bin", "F=dir/sub/file.tar.gz", "P=*/"]))
    c.lastStatus = 3
    c.shellPid = 42
    c.positional = ["p1", "p 2"]
    c.scriptName = "t.sh"
    return c
}

private func fields(_ source: String) throws -> [String] {
    let items = try Parser.parse("cmd " + source)
    guard case .simple(let s) = items[0].command.first.commands[0] else { return ["?"] }
    var result: [String] = []
    for word in s.words.dropFirst() { result += try context().expand(word) }
    return result
}

@Suite struct ExpansionTests {
    static let cases: [(String, [String])] = [
        ("a", ["a"]),
        ("''", [""]),
        ("\"\"", [""]),
        ("$E", []),
        ("\"$E\"", [""]),
        ("$UNSET", []),
        ("x$UNSET", ["x"]),
        ("$X", ["1"]),
        ("${X}2", ["12"]),
        ("'$X'", ["$X"]),
        ("\\$X", ["$X"]),
        ("$S", ["a", "b", "c"]),
        ("\"$S\"", ["a  b c"]),
        ("x${S}y", ["xa", "b", "cy"]),
        ("$?", ["3"]),
        ("$$", ["42"]),
        ("$!", []),
        ("$#", ["2"]),
        ("$0 $1 $2 $3", ["t.sh", "p1", "p", "2"]),
        ("\"$2\"", ["p 2"]),
        ("\"$@\"", ["p1", "p 2"]),
        ("\"$*\"", ["p1 p 2"]),
        ("${#S}", ["6"]),
        ("${UNSET-d}", ["d"]),
        ("${E-d}", []),
        ("${E:-d}", ["d"]),
        ("${X:-d}", ["1"]),
        ("${X+a}", ["a"]),
        ("${UNSET+a}", []),
        ("${E:+a}", []),
        ("${UNSET:-\"a b\"}", ["a b"]),
        ("~", ["/root"]),
        ("~/x", ["/root/x"]),
        ("'~'", ["~"]),
        ("a~", ["a~"]),
        ("~user", ["~user"]),
        ("${F%.*}", ["dir/sub/file.tar"]),
        ("${F%%.*}", ["dir/sub/file"]),
        ("${F#*/}", ["sub/file.tar.gz"]),
        ("${F##*/}", ["file.tar.gz"]),
        ("\"${F%\".\"*}\"", ["dir/sub/file.tar"]),
        ("\"${F%.*}\"", ["dir/sub/file.tar"]),
        ("${F%'.*'}", ["dir/sub/file.tar.gz"]),
        ("${F%x}", ["dir/sub/file.tar.gz"]),
        ("${F#}", ["dir/sub/file.tar.gz"]),
        ("${F#$P}", ["sub/file.tar.gz"]),
        ("${UNSET%x}", []),
        ("${X#1}", []),
        ("${F##*}", []),
        ("${F%%*}", []),
        ("${F%?}", ["dir/sub/file.tar.g"]),
        ("${UNSET=a b}", ["a", "b"]),
        ("\"${UNSET=a b}\"", ["a b"]),
        ("${X=no}", ["1"]),
        ("${E:=yes}", ["yes"]),
        ("${X?}", ["1"]),
    ]

    static let failures: [(String, String)] = [
        ("${UNSET?}", "UNSET: parameter not set"),
        ("${E:?}", "E: parameter not set or null"),
        ("${UNSET?custom $X}", "UNSET: custom 1"),
        ("${3=x}", "3: bad variable name"),
    ]

    @Test(arguments: failures)
    func fails(_ source: String, _ message: String) {
        do { _ = try fields(source); Issue.record("expanded: \(source)") } catch let error as ExpansionError {
            #expect(error.message == message)
        } catch { Issue.record("not an expansion error") }
    }

    @Test(arguments: cases)
    func expands(_ source: String, _ expected: [String]) throws {
        #expect(try fields(source) == expected)
    }

    @Test func emptyPositionalAtIsNoField() throws {
        let c = ExpansionContext()
        #expect(try c.expand(Word([.parameter("@", .none, quoted: true)])) == [])
    }

    @Test func customIFS() throws {
        var c = ExpansionContext()
        c.variables.set("IFS", ":")
        c.variables.set("P", "a::b")
        #expect(try c.expand(Word([.parameter("P", .none, quoted: false)])) == ["a", "", "b"])
    }

    /// "$*" joins with IFS's first character; unquoted $@ / $* split each parameter alone.
    @Test func positionalWithIFS() throws {
        var c = ExpansionContext(variables: Variables(environment: ["IFS=:"]))
        c.positional = ["a b", "c:d", "", "e"]
        #expect(try c.expand(Word([.parameter("*", .none, quoted: true)])) == ["a b:c:d::e"])
        #expect(try c.expand(Word([.parameter("@", .none, quoted: false)])) == ["a b", "c", "d", "e"])
        #expect(try c.expand(Word([.literal("x", quoted: false), .parameter("*", .none, quoted: false)])) == ["xa b", "c", "d", "e"])
        c.variables.set("IFS", "")
        #expect(try c.expand(Word([.parameter("*", .none, quoted: true)])) == ["a bc:de"])
    }

    @Test func assignmentValueIsNotSplit() throws {
        #expect(try context().expandToString(Word([.parameter("S", .none, quoted: false)]), NoCommandSubstitution()) == "a  b c")
    }

    @Test func variablesExportAndUnset() {
        var v = Variables(environment: ["B=2", "A=1", "bad-name=x", "noequals"])
        #expect(v.environment == ["A=1", "B=2"])
        v.set("C", "3")
        #expect(!v.isExported("C"))
        #expect(v.environment == ["A=1", "B=2"])
        v.export("C")
        #expect(v.environment == ["A=1", "B=2", "C=3"])
        v.set("C", "4")
        #expect(v.environment == ["A=1", "B=2", "C=4"])
        v.unset("A")
        #expect(v.value("A") == nil)
        #expect(v.environment == ["B=2", "C=4"])
        v.unset("nothing")
        #expect(v.entries.count == 2)
    }

    /// `local`'s undo: the entry comes back as it was, export flag included, or goes.
    @Test func variablesRestore() {
        var v = Variables(environment: ["X=outer"])
        let saved = v.variable("X")
        #expect(saved == Variable(name: "X", value: "outer", exported: true))
        v.set("X", "inner")
        v.restore("X", to: saved)
        #expect(v.environment == ["X=outer"])
        v.unset("X")
        v.restore("X", to: saved)
        #expect(v.value("X") == "outer" && v.isExported("X"))
        v.set("L", "1", export: true)
        v.restore("L", to: nil)
        #expect(v.variable("L") == nil)
        v.restore("M", to: nil)
        v.set("N", "kept")
        v.export("N")
        v.restore("N", to: Variable(name: "N", value: "plain", exported: false))
        #expect(v.value("N") == "plain" && !v.isExported("N"))
        #expect(v.entries.map { $0.name } == ["N", "X"])
    }

    /// The operands of export and local are read as assignments when they look like one.
    static let declarationOperands: [(String, String?)] = [
        ("x=1", "x"), ("x=", "x"), ("_a1=$v", "_a1"), ("1x=2", nil), ("x", nil), ("=x", nil), ("\"x\"=1", nil),
    ]
    @Test(arguments: declarationOperands)
    func declarationOperand(_ source: String, _ name: String?) throws {
        let items = try Parser.parse("local " + source)
        guard case .simple(let s) = items[0].command.first.commands[0] else { Issue.record("not simple"); return }
        #expect(Parser.assignment(s.words[1])?.name == name)
    }

    static let names: [(String, Bool)] = [("", false), ("a", true), ("_", true), ("A1_b", true), ("1a", false), ("a-b", false), ("é", false)]
    @Test(arguments: names)
    func validNames(_ name: String, _ valid: Bool) { #expect(isValidName(name) == valid) }

    static let paths: [(String, String, [String])] = [
        ("ls", "/bin:/usr/bin", ["/bin/ls", "/usr/bin/ls"]),
        ("ls", "", ["ls"]),
        ("ls", "/bin::", ["/bin/ls", "ls", "ls"]),
        ("./x", "/bin", ["./x"]),
        ("/bin/ls", "/usr/bin", ["/bin/ls"]),
    ]
    @Test(arguments: paths)
    func candidates(_ name: String, _ path: String, _ expected: [String]) {
        #expect(commandCandidates(name, path: path) == expected)
    }
}

/// `set -u`: which forms of an unset parameter are errors (dash's rule and wording).
@Suite struct NounsetTests {
    static let cases: [(String, String?)] = [
        ("$x", "x: parameter not set"), ("${x}", "x: parameter not set"), ("${#x}", "x: parameter not set"),
        ("${x#a}", "x: parameter not set"), ("${x%%a}", "x: parameter not set"), ("$1", "1: parameter not set"),
        ("$!", "!: parameter not set"), ("${x-d}", nil), ("${x:-d}", nil), ("${x+a}", nil), ("$@", nil), ("$*", nil),
        ("\"$@\"", nil), ("$#", nil), ("$E", nil), ("$((x + 1))", nil),
    ]

    @Test(arguments: cases)
    func unsetParameter(_ source: String, _ message: String?) throws {
        var c = ExpansionContext(variables: Variables(environment: ["E="]))
        c.nounset = true
        let items = try Parser.parse("echo " + source)
        guard case .simple(let s) = items[0].command.first.commands[0] else { Issue.record("not simple"); return }
        do {
            _ = try c.expand(s.words[1])
            #expect(message == nil)
        } catch { #expect(error.message == message) }
    }
}
