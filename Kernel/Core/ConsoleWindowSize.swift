// The console TTY's first window size (TIOCGWINSZ before anyone sets one), decided the way
// Linux decides what /dev/console is: the last `console=` word of the command line names the
// terminal behind it, and without one it is the virtual terminal when there is a screen.
// A VT reports its text size (Linux con_install: vc_rows × vc_cols, no pixels); a serial
// line cannot know the size of the terminal at its other end, so ttyS<n> (and any other
// non-VT tty) starts at 0×0 until TIOCSWINSZ (`stty rows R cols C`) sets one.
import LinuxABI

/// Which kind of terminal /dev/console stands for.
public enum ConsoleKind: Equatable, Sendable {
    /// The framebuffer text console (Linux tty0/tty<n>).
    case virtualTerminal
    /// A serial port or any other tty that is not a VT (Linux ttyS<n>, hvc<n>, …).
    case serialLine

    /// The kind named by `console` (the last `console=` value, e.g. "ttyS0,115200n8",
    /// "tty0"; nil when the command line has none) on a machine with or without a screen.
    /// Linux: console_setup / the VT being the default console (CONFIG_VT_CONSOLE).
    public static func of(console: String?, hasScreen: Bool) -> ConsoleKind {
        guard hasScreen else { return .serialLine }
        guard let console else { return .virtualTerminal }
        let name = console.utf8.prefix { $0 != UInt8(ascii: ",") }
        let tty = Array("tty".utf8)
        guard name.starts(with: tty) else { return .serialLine }
        let rest = name.dropFirst(tty.count)
        let isVT = rest.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return isVT ? .virtualTerminal : .serialLine
    }

    /// The window size the console starts with: the screen's text grid for a VT (clamped
    /// to the 16-bit fields), 0×0 for a serial line.
    public func initialSize(columns: Int, rows: Int) -> WinSize {
        guard self == .virtualTerminal, columns > 0, rows > 0 else { return WinSize() }
        return WinSize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns))
    }
}
