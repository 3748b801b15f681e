// TerminalEmulator over TextGrid: printing, CR/LF/BS/HT, deferred wrap at the last
// column, scrolling at the bottom row, and the CSI subset (cursor moves, erase, SGR).
import Testing
@testable import KernelCore

@Suite struct TerminalEmulatorTests {
    private func text(_ terminal: TerminalEmulator, _ row: Int) -> String {
        String(decoding: terminal.grid.text(row: row), as: UTF8.self)
    }

    private func terminal(_ columns: Int, _ rows: Int, _ input: String) -> TerminalEmulator {
        var terminal = TerminalEmulator(columns: columns, rows: rows)
        terminal.write(Array(input.utf8))
        return terminal
    }

    @Test func printsAndMovesTheCursor() {
        let t = terminal(8, 3, "ab\r\ncd")
        #expect(text(t, 0) == "ab      " && text(t, 1) == "cd      ")
        #expect(t.grid.cursorRow == 1 && t.grid.cursorColumn == 2)
    }

    @Test func lineFeedAloneKeepsTheColumn() {
        let t = terminal(8, 3, "ab\ncd")
        #expect(text(t, 1) == "  cd    ")
    }

    @Test func backspaceAndTab() {
        let t = terminal(16, 2, "abc\u{8}\u{8}X\tY")
        #expect(text(t, 0) == "aXc     Y       ")
        let edge = terminal(4, 1, "\u{8}\u{8}a\t\tb")
        #expect(text(edge, 0) == "a  b")   // BS stops at column 0, HT at the last column
    }

    @Test func fullWidthLineThenNewlineLeavesNoBlankLine() {
        let t = terminal(4, 3, "abcd\r\nef")
        #expect(text(t, 0) == "abcd" && text(t, 1) == "ef  ")
        let wrapped = terminal(4, 3, "abcdef")
        #expect(text(wrapped, 0) == "abcd" && text(wrapped, 1) == "ef  ")
    }

    @Test func scrollsAtTheBottom() {
        let t = terminal(4, 2, "1\r\n2\r\n3\r\n4")
        #expect(text(t, 0) == "3   " && text(t, 1) == "4   ")
        #expect(t.grid.scrolled == 2 && t.grid.cursorRow == 1)
    }

    @Test func manyScrollsKeepTheRingConsistent() {
        var t = TerminalEmulator(columns: 6, rows: 3)
        for line in 0..<1000 { t.write(Array("L\(line)\r\n".utf8)) }
        #expect(text(t, 0) == "L998  " && text(t, 1) == "L999  " && text(t, 2) == "      ")
    }

    @Test func cursorMovementSequences() {
        let t = terminal(10, 5, "\u{1B}[3;4HX\u{1B}[AY\u{1B}[2DZ\u{1B}[BW\u{1B}[1GV\u{1B}[99;99HE")
        #expect(text(t, 1) == "   ZY     ")
        #expect(text(t, 2) == "V  XW     ")
        #expect(t.grid[4, 9].byte == UInt8(ascii: "E"))
    }

    @Test func eraseSequences() {
        let line = terminal(6, 2, "abcdef\r\u{1B}[3C\u{1B}[K")
        #expect(text(line, 0) == "abc   ")
        let start = terminal(6, 2, "abcdef\r\u{1B}[3C\u{1B}[1K")
        #expect(text(start, 0) == "    ef")
        let screen = terminal(4, 2, "ab\r\ncd\u{1B}[2J")
        #expect(text(screen, 0) == "    " && text(screen, 1) == "    ")
    }

    @Test func selectGraphicRendition() {
        let t = terminal(8, 1, "\u{1B}[31ma\u{1B}[1;44mb\u{1B}[0mc\u{1B}[97;7md")
        #expect(t.grid[0, 0].colours == CellColours(foreground: 1, background: 0))
        #expect(t.grid[0, 1].colours == CellColours(foreground: 9, background: 4))
        #expect(t.grid[0, 2].colours == .standard)
        #expect(t.grid[0, 3].colours == CellColours(foreground: 0, background: 15))
    }

    @Test func unknownAndMalformedSequencesAreIgnored() {
        let t = terminal(8, 1, "\u{1B}[?25lA\u{1B}]B\u{1B}[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18zC\u{7F}\u{1B}[99999999mD")
        #expect(text(t, 0) == "ABCD    ")   // ESC + a byte that starts nothing we know drops both
    }

    @Test func utf8BecomesOneReplacementGlyphPerCharacter() {
        let t = terminal(4, 1, "é€x")
        #expect(t.grid.text(row: 0) == [0xFF, 0xFF, UInt8(ascii: "x"), UInt8(ascii: " ")])
    }

    @Test(arguments: [(0, 0), (1, 0), (0, 1)])
    func degenerateSizesStillWork(columns: Int, rows: Int) {
        var t = TerminalEmulator(columns: columns, rows: rows)
        t.write(Array("hello\r\nworld\u{1B}[5;5H!".utf8))
        #expect(t.grid.columns == 1 && t.grid.rows == 1)
    }
}
