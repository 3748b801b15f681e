// Removes terminal control sequences from serial output. OVMF paints its console with ANSI
// escapes (colours, cursor moves, screen clears); neither the log nor the TAP parser wants
// them. Neighbours: SerialLineSplitter.swift cuts the byte stream into lines first.

/// Strips ANSI/VT100 escape sequences and stray control characters from text.
public enum ANSI {
    /// Returns `text` without escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`,
    /// two- and three-byte `ESC x` sequences) and without C0 control characters other
    /// than tab, carriage return and line feed (NUL and BEL only add noise to a log).
    public static func strip(_ text: String) -> String {
        // Most lines hold no control byte at all: skip the rebuild. (0xC2 leads the UTF-8
        // form of U+009B, the 8-bit CSI.)
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                // The 8-bit CSI: same body as `ESC [`.
                skipCSIBody(&scalars)
            case 0x09, 0x0A, 0x0D:
                out.append(scalar)
            case 0x00..<0x20, 0x7F:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Skips what follows an ESC. ECMA-48 §5.3: `ESC [` starts a control sequence,
    /// `ESC ]` (and P, X, ^, _) a control string ended by BEL or `ESC \`; otherwise zero
    /// or more intermediate bytes (0x20–0x2F) and one final byte.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[":
            skipCSIBody(&scalars)
        case "]", "P", "X", "^", "_":
            skipControlString(&scalars)
        case "\u{20}"..."\u{2F}":
            // Intermediates (e.g. `ESC ( B`, charset selection) end at a final byte.
            while let byte = scalars.next(), ("\u{20}"..."\u{2F}").contains(byte) {}
        default:
            // A two-byte sequence such as `ESC c` (reset) or `ESC 7`: nothing more to skip.
            return
        }
    }

    /// Skips parameter bytes (0x30–0x3F), intermediates (0x20–0x2F) and the final byte
    /// (0x40–0x7E) of a control sequence. A malformed sequence ends at the first byte
    /// outside these ranges, which is dropped too.
    private static func skipCSIBody(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let byte = scalars.next() {
            if (0x20...0x3F).contains(byte.value) { continue }
            return
        }
    }

    /// Skips an OSC/DCS-style string up to BEL or the string terminator `ESC \`.
    private static func skipControlString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let byte = scalars.next() {
            if byte == "\u{07}" { return }
            if byte == "\u{1B}" {
                _ = scalars.next()
                return
            }
        }
    }
}
