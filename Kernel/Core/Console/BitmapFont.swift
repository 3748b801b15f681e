// The console's 8×16 bitmap font for printable ASCII (the framebuffer console draws with
// it, Tools/ScreenKit reads screenshots back with it). The glyphs are Apus's own ASCII
// art in FontArt+*.swift; `BitmapFont.standard()` turns the art into bitmaps once, at
// console start-up, so the art stays the one source (no generated file to keep in step).

/// Namespace for the font's ASCII-art source text.
public enum FontArt {}

/// Why the ASCII art could not be turned into a font (line numbers count from 1 within
/// the art text given).
public enum FontArtError: Error, Equatable {
    /// A row before the first "=C" header, or a header naming more than one character.
    case badHeader(line: Int)
    /// A row that is not exactly `BitmapFont.artWidth` of '#' and '.'.
    case badRow(line: Int)
    /// More than `BitmapFont.artRows` rows under one header.
    case tooManyRows(character: UInt8)
    /// A character outside printable ASCII, or one drawn twice.
    case badCharacter(UInt8)
    /// A printable ASCII character no header drew.
    case missing(UInt8)
}

/// An 8×16 font: one byte per pixel row, bit 7 the leftmost pixel.
public struct BitmapFont: Sendable {
    public static let cellWidth = 8
    public static let cellHeight = 16
    /// The art's extent inside the cell: 7 columns from the left, 12 rows from `artTop`.
    /// The last column and the rows above and below stay paper in every glyph, so a
    /// screenshot decoder can read a cell's background from them.
    public static let artWidth = 7
    public static let artRows = 12
    public static let artTop = 2
    /// The first and last character with a glyph of its own.
    public static let first: UInt8 = 0x20
    public static let last: UInt8 = 0x7E
    /// Glyphs in order from `first` to `last`, then the replacement glyph.
    static let glyphCount = Int(last - first) + 2

    /// `glyphCount` × `cellHeight` rows.
    public let rows: [UInt8]

    /// The font drawn by FontArt+Symbols/Upper/Lower.swift.
    public static func standard() throws(FontArtError) -> BitmapFont {
        try BitmapFont(art: FontArt.symbols + "\n" + FontArt.digitsAndCapitals + "\n" + FontArt.smallLetters)
    }

    /// Parses ASCII art: "=C" starts character C ("=" alone is the space), then up to
    /// `artRows` rows of `artWidth` '#'/'.' characters; blank lines are ignored.
    public init(art: String) throws(FontArtError) {
        var rows = [UInt8](repeating: 0, count: BitmapFont.glyphCount * BitmapFont.cellHeight)
        var drawn = [Bool](repeating: false, count: BitmapFont.glyphCount)
        var current: Int? = nil   // glyph index being drawn
        var rowInGlyph = 0
        var lineNumber = 0
        for line in art.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            if bytes.isEmpty { continue }
            if bytes[0] == UInt8(ascii: "=") && bytes.count <= 2 {
                let character = bytes.count == 2 ? bytes[1] : UInt8(ascii: " ")
                guard character >= BitmapFont.first, character <= BitmapFont.last else { throw .badCharacter(character) }
                let index = Int(character - BitmapFont.first)
                guard !drawn[index] else { throw .badCharacter(character) }
                drawn[index] = true
                current = index
                rowInGlyph = 0
                continue
            }
            guard let glyph = current else { throw .badHeader(line: lineNumber) }
            guard bytes.count == BitmapFont.artWidth else { throw .badRow(line: lineNumber) }
            guard rowInGlyph < BitmapFont.artRows else { throw .tooManyRows(character: UInt8(glyph) + BitmapFont.first) }
            var bits: UInt8 = 0
            for (column, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "#"): bits |= 0x80 >> UInt8(column)
                case UInt8(ascii: "."): break
                default: throw .badRow(line: lineNumber)
                }
            }
            rows[glyph * BitmapFont.cellHeight + BitmapFont.artTop + rowInGlyph] = bits
            rowInGlyph += 1
        }
        for index in 0..<(BitmapFont.glyphCount - 1) where !drawn[index] {
            throw .missing(UInt8(index) + BitmapFont.first)
        }
        // The replacement glyph (Linux draws a box or '?' for what the font lacks): a frame.
        let replacement = (BitmapFont.glyphCount - 1) * BitmapFont.cellHeight
        for row in 0..<10 {
            rows[replacement + BitmapFont.artTop + row] = row == 0 || row == 9 ? 0xFE : 0x82
        }
        self.rows = rows
    }

    /// The glyph index that draws `byte`: its own, or the replacement glyph.
    public static func glyphIndex(_ byte: UInt8) -> Int {
        byte >= first && byte <= last ? Int(byte - first) : glyphCount - 1
    }

    /// Pixel row `y` (0..<16) of the glyph for `byte`.
    public func row(_ byte: UInt8, _ y: Int) -> UInt8 {
        rows[BitmapFont.glyphIndex(byte) * BitmapFont.cellHeight + y]
    }
}
