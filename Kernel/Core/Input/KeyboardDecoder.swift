// PS/2 keyboard scancodes to the bytes a Linux console sends for them (Linux:
// drivers/tty/vt/keyboard.c with the default US keymap, defkeymap.map). Input is scancode
// set 1, which the i8042 produces from the keyboard's set 2 when its translation is on
// (the default, and what Drivers/PS2Keyboard.swift leaves). Pure: the driver feeds bytes
// from its interrupt and pushes what comes out into the console TTY's input.

/// Modifier and lock state plus the multi-byte scancode prefixes.
public struct KeyboardDecoder: Sendable {
    public private(set) var leftShift = false, rightShift = false
    public private(set) var leftControl = false, rightControl = false
    public private(set) var leftAlt = false, rightAlt = false
    public private(set) var capsLock = false
    /// Off at boot as on Linux: the keypad sends cursor keys until NumLock is pressed.
    public private(set) var numLock = false
    /// 0xE0 was seen: the next byte is an extended key.
    private var extended = false
    /// Bytes of the Pause key's 0xE1 sequence still to swallow.
    private var pauseBytes = 0

    public init() {}

    public var shift: Bool { leftShift || rightShift }
    public var control: Bool { leftControl || rightControl }
    public var alt: Bool { leftAlt || rightAlt }

    static let extendedPrefix: UInt8 = 0xE0, pausePrefix: UInt8 = 0xE1, releaseBit: UInt8 = 0x80
    /// The rest of Pause's make+break sequence after 0xE1 (1D 45 E1 9D C5).
    static let pauseLength = 5

    /// Takes one scancode byte and calls `emit` for each byte the key produces.
    public mutating func feed(_ scancode: UInt8, emit: (UInt8) -> Void) {
        if pauseBytes > 0 { pauseBytes -= 1; return }
        switch scancode {
        case KeyboardDecoder.extendedPrefix: extended = true; return
        case KeyboardDecoder.pausePrefix: pauseBytes = KeyboardDecoder.pauseLength; return
        case 0x00, 0xFA, 0xFE, 0xFF: extended = false; return   // errors, ACK, resend
        default: break
        }
        let isExtended = extended
        extended = false
        let released = scancode & KeyboardDecoder.releaseBit != 0
        let code = scancode & ~KeyboardDecoder.releaseBit
        if isExtended {
            extendedKey(code, released: released, emit: emit)
        } else {
            mainKey(code, released: released, emit: emit)
        }
    }

    private mutating func mainKey(_ code: UInt8, released: Bool, emit: (UInt8) -> Void) {
        switch code {
        case 0x2A: leftShift = !released; return
        case 0x36: rightShift = !released; return
        case 0x1D: leftControl = !released; return
        case 0x38: leftAlt = !released; return
        case 0x3A: if !released { capsLock.toggle() }; return
        case 0x45: if !released { numLock.toggle() }; return
        default: break
        }
        guard !released else { return }
        if let key = ScancodeSet1.keypad(code) {
            if numLock, let digit = key.digit { typed(digit, emit: emit) } else { send(key.sequence, emit: emit) }
            return
        }
        if let sequence = ScancodeSet1.functionKey(code) { send(sequence, emit: emit); return }
        guard let (plain, shifted) = ScancodeSet1.character(code) else { return }
        let isLetter = plain >= UInt8(ascii: "a") && plain <= UInt8(ascii: "z")
        let upper = isLetter ? shift != capsLock : shift
        typed(upper ? shifted : plain, emit: emit)
    }

    private mutating func extendedKey(_ code: UInt8, released: Bool, emit: (UInt8) -> Void) {
        switch code {
        case 0x1D: rightControl = !released; return
        case 0x38: rightAlt = !released; return
        case 0x2A, 0x36: return   // the "fake shifts" around extended keys
        default: break
        }
        guard !released else { return }
        switch code {
        case 0x1C: typed(0x0D, emit: emit)               // keypad Enter
        case 0x35: typed(UInt8(ascii: "/"), emit: emit)  // keypad /
        default:
            if let key = ScancodeSet1.keypad(code) { send(key.sequence, emit: emit) }
        }
    }

    /// A character key: Ctrl makes the control character, Alt prefixes ESC (Linux's meta).
    private func typed(_ byte: UInt8, emit: (UInt8) -> Void) {
        var out = byte
        if control, let controlled = KeyboardDecoder.controlCharacter(byte) { out = controlled }
        if alt { emit(0x1B) }
        emit(out)
    }

    private func send(_ sequence: StaticString, emit: (UInt8) -> Void) {
        if alt { emit(0x1B) }
        sequence.withUTF8Buffer { for byte in $0 { emit(byte) } }
    }

    /// Linux's Control map: letters and @[\]^_ to 0–31, '?' and '8' to DEL, 2–7 as in
    /// defkeymap (2 → NUL, 3 → ESC, 4 → ^\, 5 → ^], 6 → ^^, 7 → ^_), space → NUL.
    static func controlCharacter(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 1
        case UInt8(ascii: "@")...UInt8(ascii: "_"): return byte - UInt8(ascii: "@")
        case UInt8(ascii: " "), UInt8(ascii: "2"): return 0
        case UInt8(ascii: "3"): return 0x1B
        case UInt8(ascii: "4"): return 0x1C
        case UInt8(ascii: "5"): return 0x1D
        case UInt8(ascii: "6"): return 0x1E
        case UInt8(ascii: "7"), UInt8(ascii: "/"): return 0x1F
        case UInt8(ascii: "8"), UInt8(ascii: "?"): return 0x7F
        default: return nil
        }
    }
}
