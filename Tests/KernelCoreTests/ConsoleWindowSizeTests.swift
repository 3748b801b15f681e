// KernelCore.ConsoleKind: which terminal /dev/console stands for (the last console= word,
// the VT by default when there is a screen) and the window size it starts with.
import Testing
import KernelCore
import LinuxABI

@Test(arguments: [
    (nil, true, ConsoleKind.virtualTerminal), (nil, false, .serialLine),
    ("tty0", true, .virtualTerminal), ("tty1", true, .virtualTerminal), ("tty", true, .virtualTerminal),
    ("tty0", false, .serialLine),   // no screen, no VT
    ("ttyS0", true, .serialLine), ("ttyS0,115200n8", true, .serialLine), ("ttyS1", false, .serialLine),
    ("tty1,9600", true, .virtualTerminal), ("ttyUSB0", true, .serialLine), ("hvc0", true, .serialLine),
    ("", true, .serialLine), ("null", true, .serialLine), ("tty0x", true, .serialLine),
] as [(String?, Bool, ConsoleKind)])
func consoleKind(console: String?, hasScreen: Bool, expected: ConsoleKind) {
    #expect(ConsoleKind.of(console: console, hasScreen: hasScreen) == expected)
}

@Test func initialSizes() {
    #expect(ConsoleKind.virtualTerminal.initialSize(columns: 160, rows: 50) == WinSize(ws_row: 50, ws_col: 160))
    #expect(ConsoleKind.virtualTerminal.initialSize(columns: 80, rows: 25) == WinSize(ws_row: 25, ws_col: 80))
    #expect(ConsoleKind.virtualTerminal.initialSize(columns: 0, rows: 50) == WinSize())
    #expect(ConsoleKind.virtualTerminal.initialSize(columns: 1 << 20, rows: 1)
            == WinSize(ws_row: 1, ws_col: UInt16.max))
    #expect(ConsoleKind.serialLine.initialSize(columns: 160, rows: 50) == WinSize())
}
