// Draws character cells into a 32-bit-per-pixel buffer whose rows are `stride` pixels
// apart (the GOP's PixelsPerScanLine, which may exceed the width). Pure: the kernel
// passes the mapped framebuffer, host tests pass an array.

/// Where and how to draw: the pixel buffer, its geometry and its pixel encoding.
public struct PixelTarget {
    public let pixels: UnsafeMutablePointer<UInt32>
    /// Visible pixels per row and rows.
    public let width: Int
    public let height: Int
    /// Pixels from one row's start to the next's (≥ width).
    public let stride: Int
    public let encoding: PixelEncoding

    public init(pixels: UnsafeMutablePointer<UInt32>, width: Int, height: Int, stride: Int, encoding: PixelEncoding) {
        self.pixels = pixels
        self.width = width
        self.height = height
        self.stride = stride
        self.encoding = encoding
    }

    /// Text columns and rows that fit.
    public var columns: Int { width / BitmapFont.cellWidth }
    public var rows: Int { height / BitmapFont.cellHeight }
}

public enum GlyphRenderer {
    /// The rows of a cell the cursor underlines (below every glyph's art).
    public static let cursorRows = 14..<16

    /// Draws `cell` at text position (`row`, `column`); `cursor` underlines it.
    public static func draw(_ cell: Cell, row: Int, column: Int, cursor: Bool, font: BitmapFont, into target: PixelTarget) {
        guard row >= 0, row < target.rows, column >= 0, column < target.columns else { return }
        let ink = target.encoding.encode(ConsolePalette.rgb(cell.colours.foreground))
        let paper = target.encoding.encode(ConsolePalette.rgb(cell.colours.background))
        let x0 = column * BitmapFont.cellWidth
        for y in 0..<BitmapFont.cellHeight {
            var bits = font.row(cell.byte, y)
            if cursor && cursorRows.contains(y) { bits = 0xFF }
            let line = target.pixels + (row * BitmapFont.cellHeight + y) * target.stride + x0
            for x in 0..<BitmapFont.cellWidth {
                line[x] = bits & (0x80 >> UInt8(x)) != 0 ? ink : paper
            }
        }
    }
}

/// What the screen shows now, cell by cell, so that only the cells that differ from the
/// grid are drawn again (a scroll redraws the text that moved, not the blank space).
public struct ScreenMirror {
    private var shown: [Cell?]
    private var shownCursor: (row: Int, column: Int)? = nil
    public let columns: Int
    public let rows: Int

    /// Nothing is known to be on screen yet: the first update draws every cell.
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        shown = [Cell?](repeating: nil, count: columns * rows)
    }

    /// Calls `draw(row, column, cell, cursor)` for every cell whose picture changed;
    /// returns how many were drawn.
    @discardableResult
    public mutating func update(from grid: TextGrid, cursorVisible: Bool = true,
                                draw: (Int, Int, Cell, Bool) -> Void) -> Int {
        let cursor: (row: Int, column: Int)? = cursorVisible ? (grid.cursorRow, grid.cursorColumn) : nil
        var count = 0
        for row in 0..<min(rows, grid.rows) {
            for column in 0..<min(columns, grid.columns) {
                let cell = grid[row, column]
                let isCursor = cursor.map { $0.row == row && $0.column == column } ?? false
                let wasCursor = shownCursor.map { $0.row == row && $0.column == column } ?? false
                let index = row * columns + column
                guard shown[index] != cell || isCursor != wasCursor else { continue }
                draw(row, column, cell, isCursor)
                shown[index] = cell
                count += 1
            }
        }
        shownCursor = cursor
        return count
    }
}
