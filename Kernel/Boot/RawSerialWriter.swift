// Text straight to COM1 without allocating or taking a lock: for the NMI handler and the
// thread dump (ThreadDump.swift), which run where the heap or the console lock may be held
// by the code they interrupted. Output from other CPUs may interleave; it is a debug path.
import KernelCore

enum RawSerialWriter {
    private static let digits: StaticString = "0123456789abcdef"

    static func text(_ text: StaticString) {
        bytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { Serial.write(UInt8(ascii: "\r")) }
            Serial.write(byte)
        }
    }

    /// A String the caller knows is not being mutated (an immutable `let`).
    static func string(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes($0) }
    }

    /// `value` as 0x-prefixed lowercase hex, no padding.
    static func hex(_ value: UInt64) {
        text("0x")
        var started = false
        for shift in stride(from: 60, through: 0, by: -4) {
            let nibble = Int((value >> UInt64(shift)) & 0xF)
            if nibble != 0 || shift == 0 || started {
                started = true
                Serial.write(digits.utf8Start[nibble])
            }
        }
    }

    static func decimal(_ value: Int) {
        if value < 0 { Serial.write(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var reversed: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                       UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &reversed) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude != 0
            while count > 0 { count -= 1; Serial.write(buffer[count]) }
        }
    }

    /// "name+0x1c" for a kernel code address, "?" outside the symbol table.
    static func symbol(_ address: UInt64, in table: SymbolTable?) {
        guard let table, let (name, offset) = table.lookup(address) else { text("?"); return }
        bytes(name)
        text("+")
        hex(offset)
    }

    /// `rip`, then the return addresses up the frame-pointer chain from `rbp`, one per line
    /// (Backtrace.walk: a stale or corrupt chain just ends the list).
    static func backtrace(rip: UInt64, rbp: UInt64, indent: StaticString) {
        let table = Backtrace.symbols()
        text(indent); hex(rip); text(" "); symbol(rip, in: table); text("\n")
        _ = Backtrace.walk(fromFramePointer: rbp, limit: Backtrace.maxFrames - 1) { ret in
            text(indent); hex(ret); text(" "); symbol(ret &- 1, in: table); text("\n")
        }
    }
}
