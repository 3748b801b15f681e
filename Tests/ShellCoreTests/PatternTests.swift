// ShellCore's pattern matching (case, globbing), pathname expansion over a fake directory
// tree, and the field patterns expansion produces.
import Testing
@testable import ShellCore

@Suite struct PatternTests {
    static let matches: [(String, String, Bool)] = [
        ("", "", true), ("", "a", false), ("a", "", false),
        ("*", "", true), ("*", "anything", true), ("**", "x", true),
        ("?", "", false), ("?", "a", true), ("?", "ab", false), ("??", "ab", true),
        ("a*", "a", true), ("a*", "abc", true), ("a*", "ba", false),
        ("*c", "abc", true), ("*c", "abcd", false), ("a*b*c", "aXbYc", true), ("a*b*c", "aXcYb", false),
        ("*a*a*a*", "aaa", true), ("*a*a*a*", "aa", false),
        ("[abc]", "b", true), ("[abc]", "d", false), ("[a-c]x", "bx", true), ("[!a-c]", "d", true),
        ("[!a-c]", "a", false), ("[^a]", "b", true), ("[]]", "]", true), ("[!]]", "]", false),
        ("[a-]", "-", true), ("[[:digit:]]*", "7up", true), ("[[:alpha:]]", "7", false),
        ("[[:upper:][:digit:]]", "Q", true), ("[", "[", true), ("[ab", "[ab", true), ("a[", "a[", true),
        ("\\*", "*", true), ("\\*", "a", false), ("a\\?c", "a?c", true), ("a\\?c", "abc", false),
        ("\\[a]", "[a]", true), ("\\\\", "\\", true),
        ("*.txt", "notes.txt", true), ("*.txt", "notes.txt.bak", false),
        ("*/*", "a/b", true),
    ]

    @Test(arguments: matches)
    func match(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(patternMatches(pattern, text) == expected)
    }

    static let patternCharacters: [(String, Bool)] = [
        ("abc", false), ("a*", true), ("?", true), ("[x]", true), ("\\*", false), ("a\\[b", false), ("\\\\*", true),
    ]
    @Test(arguments: patternCharacters)
    func hasPattern(_ pattern: String, _ expected: Bool) { #expect(hasPatternCharacters(pattern) == expected) }

    /// A small tree: ".", "..", hidden files, directories.
    static let tree: [String: [String]] = [
        ".": [".", "..", ".hidden", "b.txt", "a.txt", "dir", "Z", "c.sh"],
        "dir/": [".", "..", "x1", "x2", "sub"],
        "dir/sub/": [".", "..", "deep"],
        "/": [".", "..", "tmp", "bin"],
        "/tmp/": [".", "..", "t1"],
    ]
    static let files: Set<String> = ["a.txt", "b.txt", "dir", "Z", "c.sh", ".hidden", "dir/x1", "dir/x2", "dir/sub",
                                     "dir/sub/deep", "/tmp", "/bin", "/tmp/t1", "dir/", "dir/sub/"]

    static func glob(_ pattern: String) -> [String] {
        expandPathname(pattern, list: { tree[$0] }, exists: { files.contains($0) })
    }

    static let globs: [(String, [String])] = [
        ("*", ["Z", "a.txt", "b.txt", "c.sh", "dir"]),          // bytewise: upper case first, no dot files
        ("*.txt", ["a.txt", "b.txt"]),
        (".*", [".", "..", ".hidden"]),                          // dash lists . and ..
        ("\\.*", [".", "..", ".hidden"]),
        ("?.sh", ["c.sh"]),
        ("[ab].txt", ["a.txt", "b.txt"]),
        ("[!a].txt", ["b.txt"]),
        ("*.none", []),
        ("dir/*", ["dir/sub", "dir/x1", "dir/x2"]),
        ("dir/x?", ["dir/x1", "dir/x2"]),
        ("*/x1", ["dir/x1"]),
        ("*/*/deep", ["dir/sub/deep"]),
        ("d*/s*/", ["dir/sub/"]),
        ("/t*/t?", ["/tmp/t1"]),
        ("/*", ["/bin", "/tmp"]),
        ("nodir/*", []),
        ("dir/nothing*", []),
    ]

    @Test(arguments: globs)
    func pathnames(_ pattern: String, _ expected: [String]) {
        #expect(PatternTests.glob(pattern) == expected)
    }

    private static func fields(_ source: String, _ variables: [String] = []) throws -> [Field] {
        let items = try Parser.parse("cmd " + source)
        guard case .simple(let s) = items[0].command.first.commands[0] else { return [] }
        let c = ExpansionContext(variables: Variables(environment: variables))
        var result: [Field] = []
        for word in s.words.dropFirst() { result += try c.expandFields(word, NoCommandSubstitution()) }
        return result
    }

    /// Only unquoted pattern characters make a field a pattern; quoted ones are escaped in it.
    @Test func fieldPatterns() throws {
        #expect(try PatternTests.fields("abc") == [Field("abc")])
        #expect(try PatternTests.fields("*.c") == [Field("*.c", pattern: "*.c")])
        #expect(try PatternTests.fields("'*'.c") == [Field("*.c")])
        #expect(try PatternTests.fields("\"a*\"*") == [Field("a**", pattern: "a\\**")])
        #expect(try PatternTests.fields("\\[x]?") == [Field("[x]?", pattern: "\\[x]?")])
        #expect(try PatternTests.fields("$P", ["P=a* b"]) == [Field("a*", pattern: "a*"), Field("b")])
        #expect(try PatternTests.fields("\"$P\"", ["P=a*"]) == [Field("a*")])
    }

    @Test func casePatterns() throws {
        let c = ExpansionContext(variables: Variables(environment: ["P=a*", "Q=a b"]))
        let none = NoCommandSubstitution()
        #expect(try c.expandPattern(Word([.parameter("P", .none, quoted: false)]), none) == "a*")
        #expect(try c.expandPattern(Word([.parameter("P", .none, quoted: true)]), none) == "a\\*")
        #expect(try c.expandPattern(Word([.parameter("Q", .none, quoted: false)]), none) == "a b")
        #expect(try c.expandPattern(Word([.literal("[", quoted: true), .literal("*", quoted: false)]), none) == "\\[*")
    }

    static let reads: [(String, String, Int, [String])] = [
        ("a b c", " \t\n", 1, ["a b c"]),
        ("  a b c  ", " \t\n", 1, ["a b c"]),
        ("a b c", " \t\n", 2, ["a", "b c"]),
        ("a   b   c  ", " \t\n", 2, ["a", "b   c"]),
        ("a b", " \t\n", 3, ["a", "b", ""]),
        ("", " \t\n", 2, ["", ""]),
        ("x:y:z", ":", 2, ["x", "y:z"]),
        ("x::z", ":", 3, ["x", "", "z"]),
        ("a : b", " :", 2, ["a", "b"]),
        ("a b", "", 2, ["a b", ""]),
    ]
    @Test(arguments: reads)
    func readSplitting(_ line: String, _ ifs: String, _ count: Int, _ expected: [String]) {
        #expect(splitForRead(line, ifs: Array(ifs.utf8), count: count) == expected)
    }
}
