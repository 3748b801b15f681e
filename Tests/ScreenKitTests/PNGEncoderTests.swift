// PNGEncoder (Tools/ScreenKit): the checksums against their standard check values, the
// chunk layout, and a fixed-Huffman stream that ends where it should.
import Testing
@testable import ScreenKit

struct PNGEncoderTests {
    @Test func checksumsMatchTheirCheckValues() {
        #expect(PNGEncoder.crc32(Array("123456789".utf8)) == 0xCBF4_3926)      // CRC-32/ISO-HDLC check value
        #expect(PNGEncoder.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)    // RFC 1950's Adler-32
        #expect(PNGEncoder.adler32([]) == 1)
    }

    @Test func layoutIsSignatureHeaderDataEnd() {
        let image = PortablePixmap(width: 3, height: 2, pixels: [0xFF0000, 0x00FF00, 0x0000FF, 0, 0, 0])
        let png = PNGEncoder.encode(image)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(png[12..<16]) == Array("IHDR".utf8))
        #expect(Array(png[16..<24]) == [0, 0, 0, 3, 0, 0, 0, 2])
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
        let idatLength = Int(png[33]) << 24 | Int(png[34]) << 16 | Int(png[35]) << 8 | Int(png[36])
        #expect(Array(png[37..<41]) == Array("IDAT".utf8))
        #expect(Array(png[41..<43]) == [0x78, 0x01])     // zlib: deflate, 32 KiB window
        #expect(33 + 12 + idatLength + 12 == png.count)  // signature + IHDR chunk, IDAT chunk, IEND chunk
    }

    @Test func emptyStreamIsTheFixedBlockEnd() {
        // BFINAL 1, BTYPE 01, end-of-block (7 zero bits): 0x03 0x00 (RFC 1951's smallest block).
        #expect(PNGEncoder.zlib([]) == [0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])
    }
}
