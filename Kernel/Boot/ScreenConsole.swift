// The framebuffer console (Linux: fbcon over a VT): the text written to the console —
// kernel log lines and the console TTY's output — also goes into a KernelCore
// TerminalEmulator whose grid is drawn on the GOP framebuffer. The grid is the truth; after
// each write only the cells that changed are drawn (ScreenMirror), so scrolling costs a
// redraw of the text that moved. Text written before the framebuffer is mapped is kept and
// replayed, so the screen starts with the banner. Callers hold Console.lock (or are the
// panic path, which writes without it).
import KernelCore
import KernelSupport

enum ScreenConsole {
    /// Bytes kept from before `start` (the boot banner and first log lines).
    static let earlyCapacity = 16 * 1024
    nonisolated(unsafe) private static var early: [UInt8]? = nil
    nonisolated(unsafe) private static var started = false

    nonisolated(unsafe) private static var target: PixelTarget? = nil
    nonisolated(unsafe) private static var terminal: TerminalEmulator? = nil
    nonisolated(unsafe) private static var mirror: ScreenMirror? = nil
    nonisolated(unsafe) private static var font: BitmapFont? = nil

    /// True when text reaches a screen.
    static var active: Bool { terminal != nil }

    /// The text grid's columns and rows, nil without a screen (the console TTY's size as a VT).
    static var textSize: (columns: Int, rows: Int)? { mirror.map { ($0.columns, $0.rows) } }

    /// Maps the framebuffer, sizes the text grid to it and shows what was written so far.
    /// Without a usable framebuffer the console stays serial-only.
    static func start(_ framebuffer: ApusFramebuffer) {
        let mapped = Framebuffer.map(framebuffer)   // its log line is kept for the screen too
        var glyphs: BitmapFont? = nil
        if mapped != nil {
            do throws(FontArtError) { glyphs = try BitmapFont.standard() } catch {
                Log.error("screen: the built-in font does not parse; serial only")
            }
        }
        let shown = Console.lock.withLock { () -> Bool in
            let kept = early ?? []
            early = nil
            started = true
            guard let mapped, let glyphs, mapped.columns > 0, mapped.rows > 0 else { return false }
            font = glyphs
            target = mapped
            terminal = TerminalEmulator(columns: mapped.columns, rows: mapped.rows)
            mirror = ScreenMirror(columns: mapped.columns, rows: mapped.rows)
            kept.withUnsafeBufferPointer { write($0) }
            return true
        }
        if let mapped, shown { Log.info("screen: " + String(mapped.columns) + "x" + String(mapped.rows) + " text console") }
    }

    /// Puts bytes on the screen (or keeps them until it exists). `newlines` turns "\n"
    /// into CR LF, as Console does for the serial line; the TTY's output comes already
    /// processed. Caller holds Console.lock.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, newlines: Bool = false) {
        guard terminal != nil else {
            guard !started else { return }
            if early == nil { early = []; early?.reserveCapacity(earlyCapacity) }
            for byte in bytes where (early?.count ?? earlyCapacity) < earlyCapacity - 1 {
                if newlines && byte == 0x0A { early?.append(0x0D) }
                early?.append(byte)
            }
            return
        }
        for byte in bytes {
            if newlines && byte == 0x0A { terminal?.write(0x0D) }
            terminal?.write(byte)
        }
        redraw()
    }

    /// Kernel log lines are coloured by level (Linux colours nothing by default; this is
    /// the wish): errors bright red, warnings yellow, debug dark grey.
    static func withLogColour(_ level: LogLevel, _ body: () -> Void) {
        guard let saved = terminal?.colours else { body(); return }
        var colours = saved
        switch level {
        case .error: colours.foreground = 9
        case .warn: colours.foreground = 11
        case .info: colours.foreground = 7
        case .debug: colours.foreground = 8
        }
        terminal?.colours = colours
        body()
        terminal?.colours = saved
    }

    private static func redraw() {
        guard let target, let font, let grid = terminal?.grid else { return }
        mirror?.update(from: grid) { row, column, cell, cursor in
            GlyphRenderer.draw(cell, row: row, column: column, cursor: cursor, font: font, into: target)
        }
    }
}
