// ANSI.strip: what OVMF and terminals put on a serial line, and what must survive.
import Testing
@testable import RunnerKit

struct ANSITests {
    @Test(arguments: [
        ("", ""),
        ("plain text", "plain text"),
        ("\u{1B}[2J\u{1B}[01;01H", ""),
        ("ok 1 - \u{1B}[32mgreen\u{1B}[0m test", "ok 1 - green test"),
        ("\u{1B}[0m\u{1B}[37m\u{1B}[40mBdsDxe: loading", "BdsDxe: loading"),
        ("\u{1B}[?25l hidden cursor", " hidden cursor"),
        ("\u{1B}]0;title\u{07}after", "after"),
        ("\u{1B}]0;title\u{1B}\\after", "after"),
        ("\u{1B}(Bcharset", "charset"),
        ("\u{1B}cReset", "Reset"),
        ("\u{9B}1mbold", "bold"),
        ("tab\tstays", "tab\tstays"),
        ("bell\u{07} and nul\u{00} go", "bell and nul go"),
        ("ends with escape \u{1B}", "ends with escape "),
        ("unfinished \u{1B}[12", "unfinished "),
        ("héllo wörld ✓", "héllo wörld ✓"),
    ])
    func strips(input: String, expected: String) {
        #expect(ANSI.strip(input) == expected)
    }

    @Test func keepsCarriageReturnAndNewline() {
        #expect(ANSI.strip("a\r\nb") == "a\r\nb")
    }
}
