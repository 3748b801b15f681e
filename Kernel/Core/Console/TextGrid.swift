// The framebuffer console's text: a grid of character cells with a cursor, the truth the
// screen is redrawn from (Linux: vc_data's screen buffer). Rows live in a ring so that
// scrolling moves no text; TerminalEmulator.swift interprets bytes on top of it and
// ScreenMirror.swift works out which cells the screen must redraw.

/// Foreground and background colours as indices into the 16-colour `ConsolePalette`.
public struct CellColours: Equatable, Sendable {
    public var foreground: UInt8
    public var background: UInt8

    public init(foreground: UInt8, background: UInt8) {
        self.foreground = foreground
        self.background = background
    }

    /// Linux console's default: light grey on black.
    public static let standard = CellColours(foreground: 7, background: 0)
}

/// One character cell.
public struct Cell: Equatable, Sendable {
    public var byte: UInt8
    public var colours: CellColours

    public init(byte: UInt8, colours: CellColours) {
        self.byte = byte
        self.colours = colours
    }

    public static let blank = Cell(byte: UInt8(ascii: " "), colours: .standard)
}

/// A columns × rows grid of cells and a cursor; row 0 is the top of the screen.
public struct TextGrid: Sendable {
    public let columns: Int
    public let rows: Int
    private var cells: [Cell]
    /// The storage row shown as screen row 0.
    private var top = 0
    public private(set) var cursorRow = 0
    public private(set) var cursorColumn = 0
    /// Rows scrolled off the top so far (for tests and statistics).
    public private(set) var scrolled = 0

    /// A blank grid; at least one row and one column.
    public init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        cells = [Cell](repeating: .blank, count: self.columns * self.rows)
    }

    private func index(_ row: Int, _ column: Int) -> Int {
        ((top + row) % rows) * columns + column
    }

    /// The cell at screen position (`row`, `column`).
    public subscript(row: Int, column: Int) -> Cell {
        get { cells[index(row, column)] }
        set { cells[index(row, column)] = newValue }
    }

    /// Screen row `row` as bytes (trailing blanks kept), for tests and the decoder's oracle.
    public func text(row: Int) -> [UInt8] {
        (0..<columns).map { self[row, $0].byte }
    }

    /// Moves the cursor, clamped to the grid.
    public mutating func moveCursor(row: Int, column: Int) {
        cursorRow = min(max(0, row), rows - 1)
        cursorColumn = min(max(0, column), columns - 1)
    }

    /// Scrolls everything up one row: the top row is lost, a blank row in `colours` appears
    /// at the bottom. The cursor stays where it is on the screen.
    public mutating func scrollUp(colours: CellColours) {
        top = (top + 1) % rows
        scrolled += 1
        clear(row: rows - 1, from: 0, to: columns, colours: colours)
    }

    /// Blanks columns `from..<to` of screen row `row`.
    public mutating func clear(row: Int, from: Int, to: Int, colours: CellColours) {
        let start = max(0, from), end = min(columns, to)
        guard row >= 0, row < rows, start < end else { return }
        for column in start..<end { self[row, column] = Cell(byte: UInt8(ascii: " "), colours: colours) }
    }
}
