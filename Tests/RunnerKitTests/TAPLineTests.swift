// TAPLine.parse: each kind of line, and lines that only look like TAP.
import Testing
@testable import RunnerKit

struct TAPLineTests {
    @Test(arguments: [
        ("ok 1 - first", TAPTestLine(ok: true, number: 1, description: "first")),
        ("not ok 2 - second", TAPTestLine(ok: false, number: 2, description: "second")),
        ("ok", TAPTestLine(ok: true, number: nil, description: "")),
        ("not ok", TAPTestLine(ok: false, number: nil, description: "")),
        ("ok 3", TAPTestLine(ok: true, number: 3, description: "")),
        ("ok 4 no dash", TAPTestLine(ok: true, number: 4, description: "no dash")),
        ("ok - no number", TAPTestLine(ok: true, number: nil, description: "no number")),
        ("ok 12abc", TAPTestLine(ok: true, number: nil, description: "12abc")),
        ("ok 5 - has - dashes", TAPTestLine(ok: true, number: 5, description: "has - dashes")),
        ("ok 6 - later # SKIP no disk", TAPTestLine(ok: true, number: 6, description: "later", directive: .skip("no disk"))),
        ("ok 7 # skip", TAPTestLine(ok: true, number: 7, description: "", directive: .skip(""))),
        ("ok 8 - x # Skipped: slow", TAPTestLine(ok: true, number: 8, description: "x", directive: .skip("slow"))),
        ("not ok 9 - y # SKIP", TAPTestLine(ok: false, number: 9, description: "y", directive: .skip(""))),
        ("not ok 10 - z # TODO later", TAPTestLine(ok: false, number: 10, description: "z", directive: .todo("later"))),
        ("ok 11 - a # plain comment", TAPTestLine(ok: true, number: 11, description: "a # plain comment")),
        ("ok 12 - issue \\# SKIP", TAPTestLine(ok: true, number: 12, description: "issue \\# SKIP")),
    ])
    func testLines(line: String, expected: TAPTestLine) {
        #expect(TAPLine.parse(line) == .test(expected))
    }

    @Test(arguments: [
        ("1..5", TAPLine.plan(5)),
        ("1..0 # SKIP nothing to do", .plan(0)),
        ("# a comment", .comment("a comment")),
        ("#", .comment("")),
        ("Bail out! no memory", .bailOut("no memory")),
        ("TAP version 13", .version(13)),
    ])
    func otherKinds(line: String, expected: TAPLine) {
        #expect(TAPLine.parse(line) == expected)
    }

    @Test(arguments: [
        "", "okay", "not okay", " ok 1 - indented subtest", "nok 1", "1..", "1..x", "1..5 trailing",
        "[cpu0] ok 1 - prefixed", "14 passed, 0 failed", "TAP version x", "Ok 1", "NOT OK 1",
    ])
    func notTAP(line: String) {
        #expect(TAPLine.parse(line) == .other)
    }
}
