// Writing the KSYM format that SymbolTable.swift documents and reads, and the pure parts
// of Tools/mksyms: reading `llvm-nm --defined-only --print-size -n` lines and shortening
// demangled Swift names for backtraces. Host-side, but kept here so the tests cover it.

extension SymbolTable {
    /// The KSYM blob for `symbols`, sorted by address (stable). Names are cut at a NUL; a
    /// size above UInt32.max is stored as 0 (unknown).
    public static func encode(_ symbols: [(address: UInt64, size: UInt64, name: String)]) -> [UInt8] {
        let sorted = symbols.enumerated().sorted {
            $0.element.address != $1.element.address ? $0.element.address < $1.element.address : $0.offset < $1.offset
        }.map { $0.element }
        var strings: [UInt8] = []
        var entries: [UInt8] = []
        for symbol in sorted {
            let nameOffset = UInt32(truncatingIfNeeded: strings.count)
            for byte in symbol.name.utf8 {
                if byte == 0 { break }
                strings.append(byte)
            }
            strings.append(0)
            append(&entries, symbol.address)
            append(&entries, symbol.size <= UInt64(UInt32.max) ? UInt32(symbol.size) : 0)
            append(&entries, nameOffset)
        }
        var blob: [UInt8] = []
        append(&blob, magic)
        append(&blob, version)
        append(&blob, UInt32(truncatingIfNeeded: sorted.count))
        append(&blob, UInt32(truncatingIfNeeded: strings.count))
        return blob + entries + strings
    }

    static func append<T: FixedWidthInteger>(_ bytes: inout [UInt8], _ value: T) {
        var little = value.littleEndian
        for _ in 0..<MemoryLayout<T>.size {
            bytes.append(UInt8(truncatingIfNeeded: little))
            little >>= 8
        }
    }
}

/// One line of `llvm-nm --defined-only [--print-size] -n` output.
public struct NmSymbol: Equatable, Sendable {
    public var address: UInt64
    /// Nil when nm printed no size (asm labels, absolute symbols).
    public var size: UInt64?
    /// nm's type letter: T/t text, W/w weak, D/d data, …
    public var type: UInt8
    public var name: String

    /// Byte-wise equality (String's own `==` would pull the Unicode tables into the kernel).
    public static func == (lhs: NmSymbol, rhs: NmSymbol) -> Bool {
        lhs.address == rhs.address && lhs.size == rhs.size && lhs.type == rhs.type
            && lhs.name.utf8.elementsEqual(rhs.name.utf8)
    }

    public init(address: UInt64, size: UInt64?, type: UInt8, name: String) {
        self.address = address
        self.size = size
        self.type = type
        self.name = name
    }

    /// Text symbols: T/t (global/local .text) and W/w (weak, which is how Swift emits
    /// most runtime and specialised functions).
    public var isText: Bool {
        type == UInt8(ascii: "T") || type == UInt8(ascii: "t") || type == UInt8(ascii: "W") || type == UInt8(ascii: "w")
    }

    /// Parses "address size type name" or "address type name" (hex numbers); nil for
    /// anything else (blank lines, "U name", file headers). Works on bytes, so the kernel
    /// build does not pull in the Unicode tables for it.
    public init?(nmLine line: String) {
        var bytes = Array(line.utf8)
        while let last = bytes.last, last == 0x0D || last == 0x0A || last == 0x20 || last == 0x09 { bytes.removeLast() }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        // Up to three fields split on blanks; the name is the remainder (it may hold spaces).
        var fields: [ArraySlice<UInt8>] = []
        var index = 0
        while fields.count < 3 {
            while index < bytes.count && isBlank(bytes[index]) { index += 1 }
            var end = index
            while end < bytes.count && !isBlank(bytes[end]) { end += 1 }
            guard end < bytes.count else { break }
            fields.append(bytes[index..<end])
            index = end
        }
        while index < bytes.count && isBlank(bytes[index]) { index += 1 }
        let rest = bytes[index...]
        guard fields.count >= 2, let address = NmSymbol.hex(fields[0]) else { return nil }
        if fields.count == 3, fields[2].count == 1, let size = NmSymbol.hex(fields[1]), !rest.isEmpty {
            self.init(address: address, size: size, type: fields[2].first!, name: String(decoding: rest, as: UTF8.self))
        } else if fields[1].count == 1 {
            // "address type name": the name is everything after the type.
            let nameStart = fields.count == 3 ? fields[2].startIndex : rest.startIndex
            guard nameStart < bytes.count else { return nil }
            self.init(address: address, size: nil, type: fields[1].first!,
                      name: String(decoding: bytes[nameStart...], as: UTF8.self))
        } else {
            return nil
        }
    }

    static func hex(_ text: ArraySlice<UInt8>) -> UInt64? {
        guard !text.isEmpty, text.count <= 16 else { return nil }
        var value: UInt64 = 0
        for byte in text {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }
}

/// Shortening of demangled names for one backtrace line.
public enum SymbolName {
    /// `name` without generic argument lists (`<…>`, nested) and without the words
    /// "specialized " and " with unmangled suffix …", when it is longer than `limit`
    /// bytes; then cut to `limit` bytes with "..." if still too long.
    public static func shortened(_ name: String, limit: Int = 120) -> String {
        guard name.utf8.count > limit else { return name }
        var bytes: [UInt8] = []
        var depth = 0
        for byte in name.utf8 {
            if byte == UInt8(ascii: "<") { depth += 1; continue }
            if byte == UInt8(ascii: ">") && depth > 0 { depth -= 1; continue }
            if depth == 0 { bytes.append(byte) }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        text = removing("specialized ", from: text)
        if let range = find(" with unmangled suffix", in: text) {
            text = String(decoding: Array(text.utf8)[..<range], as: UTF8.self)
        }
        let utf8 = Array(text.utf8)
        guard utf8.count > limit else { return text }
        // Cut on a character boundary.
        var cut = max(0, limit - 3)
        while cut > 0 && utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: utf8[..<cut], as: UTF8.self) + "..."
    }

    static func find(_ needle: String, in text: String) -> Int? {
        let hay = Array(text.utf8), pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return nil }
        for start in 0...(hay.count - pin.count) where hay[start..<(start + pin.count)].elementsEqual(pin) {
            return start
        }
        return nil
    }

    static func removing(_ needle: String, from text: String) -> String {
        var result = text
        while let start = find(needle, in: result) {
            let bytes = Array(result.utf8)
            result = String(decoding: bytes[..<start] + bytes[(start + needle.utf8.count)...], as: UTF8.self)
        }
        return result
    }
}
