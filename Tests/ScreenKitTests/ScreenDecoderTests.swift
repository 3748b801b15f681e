// ScreenKit: a screen drawn by KernelCore's own renderer (any colours, RGB or BGR, a
// stride wider than the width, the cursor) and saved as PPM reads back as the text that
// was written; malformed PPM files are refused.
import Testing
import KernelCore
@testable import ScreenKit

@Suite struct ScreenDecoderTests {
    /// Renders `text` through TerminalEmulator + GlyphRenderer and returns the screenshot
    /// QEMU would take (the visible width only, as 0xRRGGBB).
    private func screenshot(_ text: String, columns: Int, rows: Int, padding: Int, encoding: PixelEncoding) throws -> PortablePixmap {
        let font = try BitmapFont.standard()
        let width = columns * 8 + 3, height = rows * 16 + 5   // a partial cell at the edges
        let stride = width + padding
        var terminal = TerminalEmulator(columns: columns, rows: rows)
        terminal.write(Array(text.utf8))
        var raw = [UInt32](repeating: 0x00123456, count: stride * height)
        raw.withUnsafeMutableBufferPointer { buffer in
            let target = PixelTarget(pixels: buffer.baseAddress!, width: width, height: height, stride: stride, encoding: encoding)
            var mirror = ScreenMirror(columns: target.columns, rows: target.rows)
            mirror.update(from: terminal.grid) { row, column, cell, cursor in
                GlyphRenderer.draw(cell, row: row, column: column, cursor: cursor, font: font, into: target)
            }
        }
        // Back to 0xRRGGBB as a screendump shows it.
        var pixels: [UInt32] = []
        for y in 0..<height {
            for x in 0..<width {
                let p = raw[y * stride + x]
                pixels.append(encoding == .rgbx ? (p & 0xFF) << 16 | (p & 0xFF00) | (p >> 16 & 0xFF) : p & 0xFFFFFF)
            }
        }
        return PortablePixmap(width: width, height: height, pixels: pixels)
    }

    @Test(arguments: [(PixelEncoding.rgbx, 0), (PixelEncoding.bgrx, 64)])
    func roundTripsColouredTextThroughPPM(encoding: PixelEncoding, padding: Int) throws {
        let text = "Apus kernel 0.1.0\r\n\u{1B}[31merror\u{1B}[0m \u{1B}[44;97mblue\u{1B}[0m ~!@#$%^&*()_+{}|:\"<>?\r\n`-=[]\\;',./ é"
        let image = try PortablePixmap(ppm: try screenshot(text, columns: 40, rows: 4, padding: padding, encoding: encoding).ppm)
        let lines = ScreenDecoder(font: try BitmapFont.standard()).lines(of: image)
        #expect(lines.count == 4)
        #expect(lines[0] == "Apus kernel 0.1.0")
        #expect(lines[1] == "error blue ~!@#$%^&*()_+{}|:\"<>?")
        #expect(lines[2] == "`-=[]\\;',./ \u{FFFD}")   // the cursor cell after it still reads as blank
        #expect(lines[3] == "")
    }

    @Test func everyPrintableCharacterDecodes() throws {
        let all = String(decoding: Array(BitmapFont.first...BitmapFont.last), as: UTF8.self)
        let image = try screenshot(all, columns: 95, rows: 1, padding: 0, encoding: .bgrx)
        let lines = ScreenDecoder(font: try BitmapFont.standard()).lines(of: image)
        #expect(lines == [all.trimmingSuffixSpaces])
    }

    @Test func ppmHeaderWithCommentsAndRefusals() throws {
        let image = try PortablePixmap(ppm: Array("P6 # made by hand\n2 1\n255\n".utf8) + [1, 2, 3, 4, 5, 6])
        #expect(image.width == 2 && image[1, 0] == 0x040506)
        #expect(throws: PortablePixmap.FormatError.self) { try PortablePixmap(ppm: Array("P3\n1 1\n255\n".utf8)) }
        #expect(throws: PortablePixmap.FormatError.self) { try PortablePixmap(ppm: Array("P6\n2 2\n255\n".utf8) + [0, 0, 0]) }
        #expect(throws: PortablePixmap.FormatError.self) { try PortablePixmap(ppm: Array("P6\n0 2\n255\n".utf8)) }
        #expect(throws: PortablePixmap.FormatError.self) { try PortablePixmap(ppm: Array("P6\n1 1\n65535\n".utf8) + [0, 0, 0, 0, 0, 0]) }
        #expect(throws: PortablePixmap.FormatError.self) { try PortablePixmap(ppm: []) }
    }
}

private extension String {
    var trimmingSuffixSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
