// Reads a screenshot of the framebuffer console back as text: the screen is a grid of
// 8×16 cells from the top-left corner (KernelCore.GlyphRenderer), each cell's paper colour
// is its top-right pixel (no glyph inks the last column or the top rows), and the ink
// pattern is looked up among the console font's own glyphs. Colours do not matter, so the
// kernel log's colouring and the pixel format cannot confuse it. The cursor underline
// (rows 14–15) is ignored.
import KernelCore

/// Screenshot → lines of text.
public struct ScreenDecoder {
    /// What an undecodable cell reads as.
    public static let unknown: Character = "\u{FFFD}"
    private var glyphs: [[UInt8]: Character] = [:]

    public init(font: BitmapFont) {
        for byte in BitmapFont.first...BitmapFont.last {
            glyphs[Self.comparedRows(font, byte)] = Character(UnicodeScalar(byte))
        }
    }

    private static let comparedHeight = GlyphRenderer.cursorRows.lowerBound

    private static func comparedRows(_ font: BitmapFont, _ byte: UInt8) -> [UInt8] {
        (0..<comparedHeight).map { font.row(byte, $0) }
    }

    /// The character in text cell (`column`, `row`).
    public func character(in image: PortablePixmap, column: Int, row: Int) -> Character {
        let x0 = column * BitmapFont.cellWidth, y0 = row * BitmapFont.cellHeight
        let paper = image[x0 + BitmapFont.cellWidth - 1, y0]
        var rows: [UInt8] = []
        for y in 0..<Self.comparedHeight {
            var bits: UInt8 = 0
            for x in 0..<BitmapFont.cellWidth where image[x0 + x, y0 + y] != paper { bits |= 0x80 >> UInt8(x) }
            rows.append(bits)
        }
        return glyphs[rows] ?? Self.unknown
    }

    /// Every text row of the screen, trailing blanks removed.
    public func lines(of image: PortablePixmap) -> [String] {
        let columns = image.width / BitmapFont.cellWidth, rows = image.height / BitmapFont.cellHeight
        return (0..<rows).map { row in
            var line = String((0..<columns).map { character(in: image, column: $0, row: row) })
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
