// LineDiscipline output post-processing (Linux: do_output_char) with the cursor column
// that tab erase needs. The input side is LineDiscipline.swift.
import LinuxABI

extension LineDiscipline {
    /// Output post-processing of one byte (Linux: do_output_char): with OPOST, ONLCR turns
    /// NL into CR NL and OCRNL turns CR into NL, and the cursor column is tracked (NL with
    /// ONLCR and CR go to column 0, a tab to the next multiple of 8, BS back one, a printing
    /// character forward one). Without OPOST bytes pass untouched and the column stays.
    public static func processOutput(_ byte: UInt8, flags: TermiosOutputFlags, column: inout Int,
                                     lineStart: inout Int, into output: inout [UInt8]) {
        guard flags.contains(.OPOST) else { output.append(byte); return }
        switch byte {
        case UInt8(ascii: "\n"):
            if flags.contains(.ONLCR) { output.append(UInt8(ascii: "\r")) }
            if flags.contains(.ONLCR) || flags.contains(.ONLRET) { column = 0; lineStart = 0 }
            output.append(byte)
        case UInt8(ascii: "\r"):
            if flags.contains(.OCRNL) {
                if flags.contains(.ONLRET) { column = 0; lineStart = 0 }
                output.append(UInt8(ascii: "\n"))
            } else {
                column = 0
                lineStart = 0
                output.append(byte)
            }
        case UInt8(ascii: "\t"):
            column = (column | 7) + 1
            output.append(byte)
        case backspace:
            if column > 0 { column -= 1 }
            output.append(byte)
        default:
            if !isControl(byte) { column += 1 }
            output.append(byte)
        }
    }

    /// Post-processes `bytes` with the current output flags (a process's write).
    public mutating func processOutput(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        for byte in bytes { emit(byte, into: &output) }
    }

    /// ASCII backspace, ^H.
    public static let backspace: UInt8 = 0x08
    /// What erases one column on a terminal: back, blank, back.
    public static let rubOutSequence: [UInt8] = [0x08, 0x20, 0x08]

    /// ASCII control characters (what n_tty shows as ^X): 0–31 and DEL.
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }
}
