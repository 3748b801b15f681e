// The bytes written to the framebuffer console become cells in a TextGrid here: a small
// subset of what Linux's console (drivers/tty/vt/vt.c, console_codes(4)) understands —
// CR, LF, BS, HT, and the CSI sequences A B C D G H f J K m — so that the shell's line
// editor and coloured output look right. Everything else is ignored, as vt.c ignores
// sequences it does not know. Pure: the kernel's ScreenConsole draws the grid.

/// A VT-like terminal over a `TextGrid`.
public struct TerminalEmulator: Sendable {
    public private(set) var grid: TextGrid
    /// The colours new text gets (SGR changes them; the kernel log sets them per line).
    public var colours = CellColours.standard
    /// VT100 "deferred wrap": after the last column the cursor stays until the next
    /// printable byte, so a full-width line followed by CR LF leaves no blank line.
    private var wrapPending = false
    private var state = State.ground
    private var parameters: [Int] = []
    private var reverse = false

    /// The longest CSI parameter list kept (vt.c: NPAR = 16).
    static let maxParameters = 16
    static let tabWidth = 8

    private enum State: Sendable { case ground, escape, csi }

    public init(columns: Int, rows: Int) {
        grid = TextGrid(columns: columns, rows: rows)
    }

    /// Interprets one byte.
    public mutating func write(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape:
            if byte == UInt8(ascii: "[") { state = .csi; parameters = [] } else { state = .ground }
        case .csi: csi(byte)
        }
    }

    public mutating func write<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes { write(byte) }
    }

    private var blankColours: CellColours { colours }

    private mutating func ground(_ byte: UInt8) {
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: wrapPending = false; grid.moveCursor(row: grid.cursorRow, column: 0)
        case 0x0A, 0x0B, 0x0C: wrapPending = false; lineFeed()
        case 0x08:
            wrapPending = false
            grid.moveCursor(row: grid.cursorRow, column: grid.cursorColumn - 1)
        case 0x09:
            wrapPending = false
            let next = (grid.cursorColumn / TerminalEmulator.tabWidth + 1) * TerminalEmulator.tabWidth
            grid.moveCursor(row: grid.cursorRow, column: min(next, grid.columns - 1))
        case 0x20...0x7E: put(byte)
        case 0xC0...0xFF: put(0xFF)   // a UTF-8 lead byte: one replacement glyph per character
        default: break                // other controls, UTF-8 continuation bytes
        }
    }

    private mutating func lineFeed() {
        if grid.cursorRow == grid.rows - 1 {
            grid.scrollUp(colours: CellColours(foreground: colours.foreground, background: colours.background))
        } else {
            grid.moveCursor(row: grid.cursorRow + 1, column: grid.cursorColumn)
        }
    }

    private mutating func put(_ byte: UInt8) {
        if wrapPending {
            wrapPending = false
            grid.moveCursor(row: grid.cursorRow, column: 0)
            lineFeed()
        }
        let shown = reverse ? CellColours(foreground: colours.background, background: colours.foreground) : colours
        grid[grid.cursorRow, grid.cursorColumn] = Cell(byte: byte, colours: shown)
        if grid.cursorColumn == grid.columns - 1 {
            wrapPending = true
        } else {
            grid.moveCursor(row: grid.cursorRow, column: grid.cursorColumn + 1)
        }
    }

    private mutating func csi(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if parameters.isEmpty { parameters.append(0) }
            let digit = Int(byte - UInt8(ascii: "0"))
            parameters[parameters.count - 1] = min(parameters[parameters.count - 1] * 10 + digit, 9999)
        case UInt8(ascii: ";"):
            if parameters.isEmpty { parameters.append(0) }
            if parameters.count < TerminalEmulator.maxParameters { parameters.append(0) }
        case UInt8(ascii: "?"), UInt8(ascii: ">"), UInt8(ascii: " "):
            break   // private markers and intermediates: accepted, their sequences ignored
        case 0x40...0x7E:
            state = .ground
            wrapPending = false
            final(byte)
        default:
            state = .ground   // a control or junk ends the sequence (vt.c does much the same)
        }
    }

    /// Parameter `n` with Linux's rule that 0 or missing means `default`.
    private func parameter(_ n: Int, default value: Int) -> Int {
        n < parameters.count && parameters[n] != 0 ? parameters[n] : value
    }

    private mutating func final(_ byte: UInt8) {
        let row = grid.cursorRow, column = grid.cursorColumn
        switch byte {
        case UInt8(ascii: "A"): grid.moveCursor(row: row - parameter(0, default: 1), column: column)
        case UInt8(ascii: "B"): grid.moveCursor(row: row + parameter(0, default: 1), column: column)
        case UInt8(ascii: "C"): grid.moveCursor(row: row, column: column + parameter(0, default: 1))
        case UInt8(ascii: "D"): grid.moveCursor(row: row, column: column - parameter(0, default: 1))
        case UInt8(ascii: "G"): grid.moveCursor(row: row, column: parameter(0, default: 1) - 1)
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            grid.moveCursor(row: parameter(0, default: 1) - 1, column: parameter(1, default: 1) - 1)
        case UInt8(ascii: "J"): eraseDisplay(parameters.first ?? 0)
        case UInt8(ascii: "K"): eraseLine(parameters.first ?? 0)
        case UInt8(ascii: "m"): selectGraphicRendition()
        default: break
        }
    }

    private mutating func eraseLine(_ mode: Int) {
        let row = grid.cursorRow, column = grid.cursorColumn
        switch mode {
        case 0: grid.clear(row: row, from: column, to: grid.columns, colours: colours)
        case 1: grid.clear(row: row, from: 0, to: column + 1, colours: colours)
        case 2: grid.clear(row: row, from: 0, to: grid.columns, colours: colours)
        default: break
        }
    }

    private mutating func eraseDisplay(_ mode: Int) {
        let row = grid.cursorRow
        switch mode {
        case 0:
            eraseLine(0)
            for below in (row + 1)..<max(row + 1, grid.rows) { grid.clear(row: below, from: 0, to: grid.columns, colours: colours) }
        case 1:
            eraseLine(1)
            for above in 0..<row { grid.clear(row: above, from: 0, to: grid.columns, colours: colours) }
        case 2, 3:
            for any in 0..<grid.rows { grid.clear(row: any, from: 0, to: grid.columns, colours: colours) }
        default: break
        }
    }

    /// SGR (console_codes(4)): 0 reset, 1 bold (bright foreground), 7/27 reverse,
    /// 22 normal, 30–37/39 and 90–97 foreground, 40–47/49 and 100–107 background.
    private mutating func selectGraphicRendition() {
        let list = parameters.isEmpty ? [0] : parameters
        for code in list {
            switch code {
            case 0: colours = .standard; reverse = false
            case 1: colours.foreground |= 8
            case 22: colours.foreground &= 7
            case 7: reverse = true
            case 27: reverse = false
            case 30...37: colours.foreground = (colours.foreground & 8) | UInt8(code - 30)
            case 39: colours.foreground = (colours.foreground & 8) | CellColours.standard.foreground
            case 40...47: colours.background = UInt8(code - 40)
            case 49: colours.background = CellColours.standard.background
            case 90...97: colours.foreground = UInt8(code - 90) | 8
            case 100...107: colours.background = UInt8(code - 100) | 8
            default: break
            }
        }
    }
}
