// A binary PPM (P6) image, the format QEMU's `screendump` writes by default (netpbm's
// ppm(5): "P6", width, height and maximum value as ASCII separated by whitespace, with
// '#' comments, one whitespace byte, then RGB triples row by row).

/// An RGB image with 8-bit channels.
public struct PortablePixmap: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// 0xRRGGBB per pixel, rows top to bottom.
    public let pixels: [UInt32]

    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    public subscript(x: Int, y: Int) -> UInt32 { pixels[y * width + x] }

    /// Why bytes are not a P6 image this decoder reads.
    public struct FormatError: Error, Equatable, CustomStringConvertible {
        public let description: String
        init(_ text: String) { description = text }
        /// The file could not be read at all.
        public static func unreadable(_ path: String) -> FormatError { FormatError("cannot read \(path)") }
    }

    /// Parses a P6 file with a maximum value of 255.
    public init(ppm bytes: [UInt8]) throws(FormatError) {
        var index = 0
        func token() throws(FormatError) -> String {
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "#") {
                    while index < bytes.count && bytes[index] != 0x0A { index += 1 }
                } else if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                    index += 1
                } else { break }
            }
            let start = index
            while index < bytes.count && ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "#")].contains(bytes[index]) { index += 1 }
            guard index > start else { throw FormatError("the header ends early") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        guard try token() == "P6" else { throw FormatError("not a binary PPM (P6)") }
        guard let width = Int(try token()), let height = Int(try token()), width > 0, height > 0,
              width <= 1 << 15, height <= 1 << 15 else { throw FormatError("bad width or height") }
        guard try token() == "255" else { throw FormatError("only a maximum value of 255 is supported") }
        index += 1   // the single whitespace byte before the raster
        guard bytes.count - index >= width * height * 3 else { throw FormatError("the raster is truncated") }
        var pixels = [UInt32](repeating: 0, count: width * height)
        for pixel in 0..<(width * height) {
            let at = index + pixel * 3
            pixels[pixel] = UInt32(bytes[at]) << 16 | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2])
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    /// The image as a P6 file (for tests and for saving decoded crops).
    public var ppm: [UInt8] {
        var out = Array("P6\n\(width) \(height)\n255\n".utf8)
        out.reserveCapacity(out.count + pixels.count * 3)
        for pixel in pixels {
            out.append(UInt8(pixel >> 16 & 0xFF)); out.append(UInt8(pixel >> 8 & 0xFF)); out.append(UInt8(pixel & 0xFF))
        }
        return out
    }
}
