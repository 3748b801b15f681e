// Where kernel text goes: every sink the machine has (the serial port and the framebuffer
// console, ScreenConsole.swift). Log.swift formats lines; Panic.swift writes around the lock.
import KernelCore
import KernelSupport

enum Console {
    /// Serialises whole lines from different CPUs and interrupt handlers.
    static let lock = Spinlock()

    /// Writes raw bytes to every sink, turning "\n" into "\r\n" for terminals.
    static func writeUnlocked(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { Serial.write(UInt8(ascii: "\r")) }
            Serial.write(byte)
        }
        ScreenConsole.write(bytes, newlines: true)
    }

    /// Writes bytes exactly as given (the console TTY has done its own output processing).
    static func writeRawUnlocked(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { Serial.write(byte) }
        ScreenConsole.write(bytes)
    }

    static func writeUnlocked(_ text: String) {
        var copy = text
        copy.withUTF8 { writeUnlocked($0) }
    }

    static func write(_ text: String) {
        lock.withLock { writeUnlocked(text) }
    }

    /// A kernel log line: the screen shows it in its level's colour.
    static func write(_ text: String, level: LogLevel) {
        lock.withLock { ScreenConsole.withLogColour(level) { writeUnlocked(text) } }
    }
}

/// Runtime hook: Embedded Swift's `print` ends up here.
@_cdecl("putchar")
func putchar(_ c: CInt) -> CInt {
    var byte = UInt8(truncatingIfNeeded: c)
    withUnsafePointer(to: &byte) { Console.writeUnlocked(UnsafeBufferPointer(start: $0, count: 1)) }
    return c
}
