// Pure formatting for the utilities (ls -l, ps, sleep): no I/O, no globals, standard library
// only, so SwiftPM host-tests it (Tests/UtilFormatTests) and every program links it.

/// The ten-character mode string `ls -l` prints ("drwxr-xr-x", "-rwsr-xr-t", "lrwxrwxrwx").
/// Linux: coreutils' filemodestring / BusyBox bb_mode_string.
public func modeString(_ mode: UInt32) -> String {
    var text: [UInt8] = []
    switch mode & 0o170000 {
    case 0o040000: text.append(UInt8(ascii: "d"))
    case 0o120000: text.append(UInt8(ascii: "l"))
    case 0o020000: text.append(UInt8(ascii: "c"))
    case 0o060000: text.append(UInt8(ascii: "b"))
    case 0o010000: text.append(UInt8(ascii: "p"))
    case 0o140000: text.append(UInt8(ascii: "s"))
    case 0o100000: text.append(UInt8(ascii: "-"))
    default: text.append(UInt8(ascii: "?"))
    }
    let letters: [UInt8] = Array("rwx".utf8)
    // Special bits: set-user-ID, set-group-ID, sticky, each over one execute slot.
    let specials: [(UInt32, UInt8, UInt8)] = [(0o4000, UInt8(ascii: "s"), UInt8(ascii: "S")),
                                              (0o2000, UInt8(ascii: "s"), UInt8(ascii: "S")),
                                              (0o1000, UInt8(ascii: "t"), UInt8(ascii: "T"))]
    for group in 0..<3 {
        let bits = (mode >> UInt32(6 - 3 * group)) & 7
        for position in 0..<2 {
            text.append(bits & (4 >> UInt32(position)) != 0 ? letters[position] : UInt8(ascii: "-"))
        }
        let executable = bits & 1 != 0
        let (mask, on, off) = specials[group]
        if mode & mask != 0 {
            text.append(executable ? on : off)
        } else {
            text.append(executable ? letters[2] : UInt8(ascii: "-"))
        }
    }
    return String(decoding: text, as: UTF8.self)
}

/// `text` padded with spaces on the left to `width` (numbers in columns).
public func padLeft(_ text: String, _ width: Int) -> String {
    let count = text.utf8.count
    return count >= width ? text : String(repeating: " ", count: width - count) + text
}

/// `text` padded with spaces on the right to `width`.
public func padRight(_ text: String, _ width: Int) -> String {
    let count = text.utf8.count
    return count >= width ? text : text + String(repeating: " ", count: width - count)
}
