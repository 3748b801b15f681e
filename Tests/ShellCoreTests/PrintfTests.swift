// ShellCore's printf formatting; each expected output was printed by dash's printf.
import Testing
@testable import ShellCore

@Suite struct PrintfTests {
    static let cases: [(String, [String], String)] = [
        ("%s\\n", ["a", "b", "c"], "a\nb\nc\n"),
        ("[%5s][%-5s][%.2s]\\n", ["abc", "de", "xyz"], "[  abc][de   ][xy]\n"),
        ("%d %i %u\\n", ["42", "-7", "3"], "42 -7 3\n"),
        ("[%5d][%-5d][%05d][%+d][% d]\\n", ["42", "42", "42", "42", "42"], "[   42][42   ][00042][+42][ 42]\n"),
        ("%x %X %o\\n", ["255", "255", "8"], "ff FF 10\n"),
        ("%c%c\\n", ["hello", "world"], "hw\n"),
        ("%b\\n", ["a\\tb\\\\c", "x\\0101y"], "a\tb\\c\nxAy\n"),
        ("%s %s\\n", ["only"], "only \n"),
        ("no args\\n", [], "no args\n"),
        ("no args\\n", ["ignored"], "no args\n"),
        ("%%\\n", [], "%\n"),
        ("%d\\n", ["'A"], "65\n"),
        ("%.3d|%.0d|\\n", ["7", "0"], "007||\n"),
        ("\\101\\102\\n", [], "AB\n"),
        ("%b", ["stop\\cnot"], "stop"),
        ("%d %s\\n", ["0x10", "010"], "16 010\n"),
        ("%5.1s|\\n", ["abc"], "    a|\n"),
        ("%d\\n", [], "0\n"),
        ("%s-%s\\n", ["1", "2", "3"], "1-2\n3-\n"),
        ("%d\\n", ["-9223372036854775808"], "-9223372036854775808\n"),
    ]

    @Test(arguments: cases)
    func formats(_ format: String, _ arguments: [String], _ expected: String) {
        let result = formatPrintf(format, arguments)
        #expect(String(decoding: result.output, as: UTF8.self) == expected)
        #expect(result.errors.isEmpty)
    }

    @Test func badNumbersComplainAndPrintZero() {
        let result = formatPrintf("%d|%x\\n", ["abc", "12z"])
        #expect(String(decoding: result.output, as: UTF8.self) == "0|c\n")
        #expect(result.errors == ["abc: expected numeric value", "12z: not completely converted"])
    }
}

/// echo's escapes, as dash's echo does them.
@Suite struct EchoEscapeTests {
    static let cases: [(String, String, Bool)] = [
        ("plain", "plain", false),
        ("a\\tb\\nc", "a\tb\nc", false),
        ("\\0101\\0", "A\0", false),
        ("\\\\", "\\", false),
        ("\\q", "\\q", false),
        ("end\\", "end\\", false),
        ("x\\cy", "x", true),
    ]
    @Test(arguments: cases)
    func escapes(_ text: String, _ expected: String, _ stop: Bool) {
        let result = echoEscapes(text)
        #expect(String(decoding: result.bytes, as: UTF8.self) == expected)
        #expect(result.stop == stop)
    }
}
