// KeyboardDecoder against Linux console's default US keymap: plain and shifted keys,
// Caps Lock (letters only, Shift inverts it), Ctrl and Alt, the extended navigation keys
// as ESC sequences, the keypad with and without NumLock, and prefixes that swallow bytes.
import Testing
@testable import KernelCore

@Suite struct KeyboardDecoderTests {
    private func decode(_ codes: [UInt8], _ decoder: inout KeyboardDecoder) -> [UInt8] {
        var out: [UInt8] = []
        for code in codes { decoder.feed(code) { out.append($0) } }
        return out
    }

    private func decode(_ codes: [UInt8]) -> String {
        var decoder = KeyboardDecoder()
        return String(decoding: decode(codes, &decoder), as: UTF8.self)
    }

    static let leftShift: UInt8 = 0x2A, rightShift: UInt8 = 0x36, control: UInt8 = 0x1D, alt: UInt8 = 0x38
    static let caps: UInt8 = 0x3A, release: UInt8 = 0x80

    @Test(arguments: [
        ([0x1E, 0x9E, 0x30, 0xB0], "ab"),
        ([0x02, 0x0B, 0x0C, 0x0D, 0x39], "10-= "),
        ([0x1A, 0x1B, 0x27, 0x28, 0x29, 0x2B, 0x33, 0x34, 0x35], "[];'`\\,./"),
        ([0x1C, 0x0E, 0x0F, 0x01], "\r\u{7F}\t\u{1B}"),
        ([0x2A, 0x1E, 0x02, 0x28, 0x35, 0xAA, 0x1E], "A!\"?a"),
        ([0x36, 0x2C, 0xB6, 0x2C], "Zz"),
    ] as [([UInt8], String)])
    func characters(codes: [UInt8], expected: String) {
        #expect(decode(codes) == expected)
    }

    @Test func capsLockAffectsLettersOnlyAndShiftInvertsIt() {
        var decoder = KeyboardDecoder()
        let out = decode([Self.caps, Self.caps | Self.release, 0x1E, 0x02, Self.leftShift, 0x1E, 0x02, 0xAA], &decoder)
        #expect(String(decoding: out, as: UTF8.self) == "A1a!")
        #expect(decoder.capsLock)
        _ = decode([Self.caps, Self.caps | Self.release, 0x1E], &decoder)
        #expect(!decoder.capsLock)
    }

    @Test(arguments: [
        ([0x1D, 0x2E], [0x03] as [UInt8]),                 // ^C
        ([0x1D, 0x2B], [0x1C]),                            // ^\ (SIGQUIT)
        ([0x1D, 0x2C], [0x1A]),                            // ^Z
        ([0x1D, 0x20], [0x04]),                            // ^D
        ([0xE0, 0x1D, 0x26], [0x0C]),                      // right Ctrl + L
        ([0x1D, 0x2A, 0x03], [0x00]),                      // Ctrl+Shift+2 (@) → NUL
        ([0x1D, 0x9D, 0x2E], [0x63]),                      // Ctrl released → plain c
        ([0x38, 0x1E], [0x1B, 0x61]),                      // Alt+a: meta sends ESC a
    ] as [([UInt8], [UInt8])])
    func controlAndAlt(codes: [UInt8], expected: [UInt8]) {
        var decoder = KeyboardDecoder()
        #expect(decode(codes, &decoder) == expected)
    }

    @Test(arguments: [
        ([0xE0, 0x48], "\u{1B}[A"), ([0xE0, 0x50], "\u{1B}[B"),
        ([0xE0, 0x4D], "\u{1B}[C"), ([0xE0, 0x4B], "\u{1B}[D"),
        ([0xE0, 0x47], "\u{1B}[1~"), ([0xE0, 0x4F], "\u{1B}[4~"),
        ([0xE0, 0x53], "\u{1B}[3~"), ([0xE0, 0x52], "\u{1B}[2~"),
        ([0xE0, 0x49], "\u{1B}[5~"), ([0xE0, 0x51], "\u{1B}[6~"),
        ([0xE0, 0xC8, 0xE0, 0x2A, 0xE0, 0x48, 0xE0, 0xC8, 0xE0, 0xAA], "\u{1B}[A"),   // fake shifts
        ([0xE0, 0x1C, 0xE0, 0x35], "\r/"),
        ([0x3B, 0x44, 0x58], "\u{1B}[[A\u{1B}[21~\u{1B}[24~"),
        ([0x47, 0x48, 0x4F], "\u{1B}[1~\u{1B}[A\u{1B}[4~"),                            // keypad, NumLock off
        ([0x45, 0xC5, 0x47, 0x48, 0x53, 0x4E], "78.+"),                                // NumLock on
        ([0xE1, 0x1D, 0x45, 0xE1, 0x9D, 0xC5, 0x1E], "a"),                             // Pause swallowed
        ([0xFA, 0xFE, 0x00, 0xFF, 0x1E], "a"),                                         // ACK/resend/errors
        ([0x59, 0x7F, 0x5B], ""),                                                      // unknown codes
    ] as [([UInt8], String)])
    func navigationAndFunctionKeys(codes: [UInt8], expected: String) {
        #expect(decode(codes) == expected)
    }

    @Test func modifiersTrackLeftAndRightSeparately() {
        var decoder = KeyboardDecoder()
        _ = decode([Self.leftShift, Self.rightShift, Self.leftShift | Self.release], &decoder)
        #expect(decoder.shift && decoder.rightShift && !decoder.leftShift)
        _ = decode([0xE0, 0x38, 0xE0, 0xB8], &decoder)
        #expect(!decoder.alt)
    }
}
