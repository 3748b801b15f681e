// Drawing into a pixel buffer: RGB, BGR and bit-mask encodings, a stride wider than the
// width (the padding is never written), the cursor underline, and ScreenMirror's redraw
// of only what changed.
import Testing
@testable import KernelCore

@Suite struct GlyphRendererTests {
    @Test func pixelEncodings() {
        #expect(PixelEncoding.rgbx.encode(0x123456) == 0x0056_3412)
        #expect(PixelEncoding.bgrx.encode(0x123456) == 0x0012_3456)
        // 5-6-5 in the low half: 0xFF, 0x80, 0x00 → 31, 32, 0.
        let rgb565 = PixelEncoding(red: 0xF800, green: 0x07E0, blue: 0x001F)
        #expect(rgb565.encode(0xFF8000) == (31 << 11) | (32 << 5))
        let wide = PixelEncoding(red: 0x3FF0_0000, green: 0x000F_FC00, blue: 0x0000_03FF)
        #expect(wide.encode(0xFF0000) == 0x3FC0_0000)
        #expect(PixelEncoding(format: 0, red: 0, green: 0, blue: 0) == nil)
        #expect(PixelEncoding(format: 3, red: 0, green: 0xFF00, blue: 0xFF) == nil)
        #expect(PixelEncoding(format: 4, red: 0, green: 0, blue: 0) == nil)
        #expect(PixelEncoding(format: 2, red: 0, green: 0, blue: 0) == .bgrx)
        #expect(PixelEncoding(format: 3, red: 0xFFFF_FFFF, green: 1, blue: 2)?.encode(0xFFFFFF) != nil)
    }

    @Test(arguments: [(PixelEncoding.rgbx, UInt32(0x00AA_AAAA)), (PixelEncoding.bgrx, UInt32(0x00AA_AAAA))])
    func drawsAGlyphWithAStrideWiderThanTheWidth(encoding: PixelEncoding, grey: UInt32) throws {
        let font = try BitmapFont.standard()
        let width = 20, height = 17, stride = 24   // 2 columns, 1 row; 4 pixels of padding
        let sentinel: UInt32 = 0xDEAD_BEEF
        var pixels = [UInt32](repeating: sentinel, count: stride * height)
        pixels.withUnsafeMutableBufferPointer { buffer in
            let target = PixelTarget(pixels: buffer.baseAddress!, width: width, height: height, stride: stride, encoding: encoding)
            #expect(target.columns == 2 && target.rows == 1)
            GlyphRenderer.draw(Cell(byte: UInt8(ascii: "H"), colours: .standard), row: 0, column: 1, cursor: false, font: font, into: target)
            GlyphRenderer.draw(.blank, row: 1, column: 0, cursor: false, font: font, into: target)   // off the grid
            GlyphRenderer.draw(.blank, row: 0, column: 2, cursor: false, font: font, into: target)
        }
        for y in 0..<height {
            for x in 0..<stride {
                let pixel = pixels[y * stride + x]
                if y < 16 && (8..<16).contains(x) {
                    let ink = font.row(UInt8(ascii: "H"), y) & (0x80 >> UInt8(x - 8)) != 0
                    #expect(pixel == (ink ? grey : 0), "pixel \(x),\(y)")
                } else {
                    #expect(pixel == sentinel, "pixel \(x),\(y) was written")
                }
            }
        }
    }

    @Test func cursorUnderlinesTheCell() throws {
        let font = try BitmapFont.standard()
        var pixels = [UInt32](repeating: 0, count: 8 * 16)
        pixels.withUnsafeMutableBufferPointer { buffer in
            let target = PixelTarget(pixels: buffer.baseAddress!, width: 8, height: 16, stride: 8, encoding: .bgrx)
            GlyphRenderer.draw(.blank, row: 0, column: 0, cursor: true, font: font, into: target)
        }
        #expect(pixels[0..<(14 * 8)].allSatisfy { $0 == 0 })
        #expect(pixels[(14 * 8)...].allSatisfy { $0 == 0x00AA_AAAA })
    }

    @Test func mirrorRedrawsOnlyWhatChanged() {
        var terminal = TerminalEmulator(columns: 4, rows: 2)
        var mirror = ScreenMirror(columns: 4, rows: 2)
        #expect(mirror.update(from: terminal.grid) { _, _, _, _ in } == 8)   // first frame: all
        #expect(mirror.update(from: terminal.grid) { _, _, _, _ in } == 0)
        terminal.write(UInt8(ascii: "a"))
        var drawn: [(Int, Int, Bool)] = []
        mirror.update(from: terminal.grid) { row, column, _, cursor in drawn.append((row, column, cursor)) }
        // 'a' at (0,0) and the cursor's move to (0,1).
        #expect(drawn.count == 2 && drawn[0] == (0, 0, false) && drawn[1] == (0, 1, true))
        terminal.write(Array("\r\nb\r\n".utf8))   // scroll: "b" moves up, bottom row clears
        var cells: [(Int, Int)] = []
        mirror.update(from: terminal.grid) { row, column, _, _ in cells.append((row, column)) }
        // (0,0) a → b, (0,1) loses the cursor, (1,0) gets it; the blank cells are left alone.
        #expect(cells.count == 3 && cells[0] == (0, 0) && cells[1] == (0, 1) && cells[2] == (1, 0))
    }
}
