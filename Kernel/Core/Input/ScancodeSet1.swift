// The tables behind KeyboardDecoder: scancode set 1 make codes (IBM PC/AT; the i8042's
// translated output) to characters for the US layout, and the navigation and function
// keys to the escape sequences Linux's console sends (console_codes(4), "Linux console
// keys": arrows ESC [ A–D, Home ESC [ 1 ~, End ESC [ 4 ~, F1 ESC [ [ A …).

enum ScancodeSet1 {
    /// Set 1 codes 0x01–0x39 without and with Shift; 0 where the code is not a character.
    private static let plain: StaticString =
        "\u{0}\u{1B}1234567890-=\u{7F}\tqwertyuiop[]\r\u{0}asdfghjkl;'`\u{0}\\zxcvbnm,./\u{0}*\u{0} "
    private static let shifted: StaticString =
        "\u{0}\u{1B}!@#$%^&*()_+\u{7F}\tQWERTYUIOP{}\r\u{0}ASDFGHJKL:\"~\u{0}|ZXCVBNM<>?\u{0}*\u{0} "

    /// The character a code types, plain and shifted.
    static func character(_ code: UInt8) -> (UInt8, UInt8)? {
        let count = plain.utf8CodeUnitCount
        guard Int(code) < count else { return nil }
        let pair = plain.withUTF8Buffer { p in shifted.withUTF8Buffer { s in (p[Int(code)], s[Int(code)]) } }
        return pair.0 == 0 ? nil : pair
    }

    /// A navigation key: its Linux escape sequence and, on the keypad, its NumLock digit.
    struct NavigationKey {
        let sequence: StaticString
        let digit: UInt8?
    }

    /// Keypad codes 0x47–0x53 (also the extended navigation keys with the E0 prefix).
    static func keypad(_ code: UInt8) -> NavigationKey? {
        switch code {
        case 0x47: return NavigationKey(sequence: "\u{1B}[1~", digit: UInt8(ascii: "7"))   // Home
        case 0x48: return NavigationKey(sequence: "\u{1B}[A", digit: UInt8(ascii: "8"))    // Up
        case 0x49: return NavigationKey(sequence: "\u{1B}[5~", digit: UInt8(ascii: "9"))   // Page Up
        case 0x4A: return NavigationKey(sequence: "-", digit: UInt8(ascii: "-"))
        case 0x4B: return NavigationKey(sequence: "\u{1B}[D", digit: UInt8(ascii: "4"))    // Left
        case 0x4C: return NavigationKey(sequence: "\u{1B}[G", digit: UInt8(ascii: "5"))    // keypad 5
        case 0x4D: return NavigationKey(sequence: "\u{1B}[C", digit: UInt8(ascii: "6"))    // Right
        case 0x4E: return NavigationKey(sequence: "+", digit: UInt8(ascii: "+"))
        case 0x4F: return NavigationKey(sequence: "\u{1B}[4~", digit: UInt8(ascii: "1"))   // End
        case 0x50: return NavigationKey(sequence: "\u{1B}[B", digit: UInt8(ascii: "2"))    // Down
        case 0x51: return NavigationKey(sequence: "\u{1B}[6~", digit: UInt8(ascii: "3"))   // Page Down
        case 0x52: return NavigationKey(sequence: "\u{1B}[2~", digit: UInt8(ascii: "0"))   // Insert
        case 0x53: return NavigationKey(sequence: "\u{1B}[3~", digit: UInt8(ascii: "."))   // Delete
        default: return nil
        }
    }

    /// F1–F12 (set 1: 0x3B–0x44, 0x57, 0x58) as Linux's console sends them.
    static func functionKey(_ code: UInt8) -> StaticString? {
        switch code {
        case 0x3B: return "\u{1B}[[A"
        case 0x3C: return "\u{1B}[[B"
        case 0x3D: return "\u{1B}[[C"
        case 0x3E: return "\u{1B}[[D"
        case 0x3F: return "\u{1B}[[E"
        case 0x40: return "\u{1B}[17~"
        case 0x41: return "\u{1B}[18~"
        case 0x42: return "\u{1B}[19~"
        case 0x43: return "\u{1B}[20~"
        case 0x44: return "\u{1B}[21~"
        case 0x57: return "\u{1B}[23~"
        case 0x58: return "\u{1B}[24~"
        default: return nil
        }
    }
}
