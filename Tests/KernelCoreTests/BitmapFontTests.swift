// The console font: every printable ASCII character parses from the art, glyphs stay
// inside their 7×12 box (the decoder relies on the paper border), all glyphs differ, and
// malformed art is refused with the reason.
import Testing
@testable import KernelCore

@Suite struct BitmapFontTests {
    @Test func standardFontParses() throws {
        let font = try BitmapFont.standard()
        #expect(font.rows.count == BitmapFont.glyphCount * BitmapFont.cellHeight)
        #expect((0..<16).allSatisfy { font.row(UInt8(ascii: " "), $0) == 0 })
        // 'A' has ink on its first art row and nothing outside the art box.
        #expect(font.row(UInt8(ascii: "A"), BitmapFont.artTop) != 0)
    }

    @Test func glyphsStayInsideTheirBox() throws {
        let font = try BitmapFont.standard()
        for byte in BitmapFont.first...BitmapFont.last {
            for y in 0..<BitmapFont.cellHeight {
                let row = font.row(byte, y)
                #expect(row & 0x01 == 0, "glyph \(byte) row \(y) touches the last column")
                if y < BitmapFont.artTop || y >= BitmapFont.artTop + BitmapFont.artRows {
                    #expect(row == 0, "glyph \(byte) row \(y) is outside the art")
                }
            }
        }
    }

    @Test func everyGlyphIsDistinct() throws {
        let font = try BitmapFont.standard()
        var seen: [[UInt8]: UInt8] = [:]
        for byte in BitmapFont.first...BitmapFont.last {
            let rows = (0..<16).map { font.row(byte, $0) }
            #expect(seen[rows] == nil, "glyph \(byte) looks like \(seen[rows] ?? 0)")
            seen[rows] = byte
        }
        let box = (0..<16).map { font.row(0x7F, $0) }
        #expect(seen[box] == nil)
    }

    @Test(arguments: [
        (0x00 as UInt8), 0x1F, 0x7F, 0x80, 0xFF,
    ])
    func nonPrintableBytesUseTheReplacementGlyph(byte: UInt8) {
        #expect(BitmapFont.glyphIndex(byte) == BitmapFont.glyphCount - 1)
    }

    @Test func malformedArtIsRefused() {
        #expect(throws: FontArtError.badHeader(line: 1)) { try BitmapFont(art: "#......") }
        #expect(throws: FontArtError.badRow(line: 2)) { try BitmapFont(art: "=A\n#.....") }
        #expect(throws: FontArtError.badRow(line: 2)) { try BitmapFont(art: "=A\n#..x...") }
        #expect(throws: FontArtError.badCharacter(0x41)) { try BitmapFont(art: "=A\n=A") }
        let thirteen = "=A\n" + String(repeating: "#......\n", count: 13)
        #expect(throws: FontArtError.tooManyRows(character: 0x41)) { try BitmapFont(art: thirteen) }
        #expect(throws: FontArtError.missing(0x20)) { try BitmapFont(art: "=A") }
    }
}
