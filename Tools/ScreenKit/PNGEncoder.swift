// Writes a PortablePixmap as a PNG (for the README's screenshot): 8-bit RGB, each row
// filtered with "Up" (a screen of text is mostly rows equal to the one above, which become
// zeros), compressed with deflate's fixed Huffman code and run-length matches (distance
// 1). PNG: ISO/IEC 15948 (chunks, CRC-32, filter type 2); zlib: RFC 1950 (header,
// Adler-32); deflate: RFC 1951 §3.2.5–3.2.6 (length codes, fixed Huffman).

public enum PNGEncoder {
    public static func encode(_ image: PortablePixmap) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(image.height * (1 + image.width * 3))
        var previous = [UInt8](repeating: 0, count: image.width * 3)
        for y in 0..<image.height {
            var row = [UInt8](repeating: 0, count: image.width * 3)
            for x in 0..<image.width {
                let pixel = image[x, y]
                row[3 * x] = UInt8(truncatingIfNeeded: pixel >> 16)
                row[3 * x + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                row[3 * x + 2] = UInt8(truncatingIfNeeded: pixel)
            }
            raw.append(2)   // filter: Up
            for index in 0..<row.count { raw.append(row[index] &- previous[index]) }
            previous = row
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(image.width)) + bigEndian(UInt32(image.height))
        header += [8, 2, 0, 0, 0]   // 8-bit, truecolour, deflate, adaptive filtering, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header)
        png += chunk("IDAT", zlib(raw))
        png += chunk("IEND", [])
        return png
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// A zlib stream: one final fixed-Huffman deflate block.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)   // BFINAL
        bits.write(1, count: 2)   // BTYPE 01: fixed Huffman
        var index = 0
        while index < data.count {
            var run = 0
            if index > 0 {
                while run < 258 && index + run < data.count && data[index + run] == data[index - 1] { run += 1 }
            }
            if run >= 3 {
                writeLength(run, &bits)
                bits.writeHuffman(0, count: 5)   // distance code 0: distance 1
                index += run
            } else {
                writeLiteral(Int(data[index]), &bits)
                index += 1
            }
        }
        writeLiteral(256, &bits)   // end of block
        return [0x78, 0x01] + bits.finished + bigEndian(adler32(data))
    }

    /// A literal/length symbol in the fixed code (§3.2.6).
    static func writeLiteral(_ symbol: Int, _ bits: inout BitWriter) {
        switch symbol {
        case 0...143: bits.writeHuffman(UInt32(0x30 + symbol), count: 8)
        case 144...255: bits.writeHuffman(UInt32(0x190 + symbol - 144), count: 9)
        case 256...279: bits.writeHuffman(UInt32(symbol - 256), count: 7)
        default: bits.writeHuffman(UInt32(0xC0 + symbol - 280), count: 8)
        }
    }

    /// Match lengths 3…258: base lengths of codes 257…285 and their extra bits (§3.2.5).
    static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

    static func writeLength(_ length: Int, _ bits: inout BitWriter) {
        var code = lengthBases.count - 1
        while lengthBases[code] > length { code -= 1 }
        writeLiteral(257 + code, &bits)
        if lengthExtra[code] > 0 { bits.write(UInt32(length - lengthBases[code]), count: lengthExtra[code]) }
    }
}

/// Deflate's bit order: values LSB first; Huffman codes MSB first.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var filled = 0

    mutating func write(_ value: UInt32, count: Int) {
        for bit in 0..<count { push((value >> UInt32(bit)) & 1) }
    }

    mutating func writeHuffman(_ code: UInt32, count: Int) {
        for bit in (0..<count).reversed() { push((code >> UInt32(bit)) & 1) }
    }

    private mutating func push(_ bit: UInt32) {
        current |= bit << UInt32(filled)
        filled += 1
        if filled == 8 { bytes.append(UInt8(current)); current = 0; filled = 0 }
    }

    var finished: [UInt8] { filled > 0 ? bytes + [UInt8(current)] : bytes }
}
