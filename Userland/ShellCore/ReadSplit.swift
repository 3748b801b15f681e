// How the `read` builtin splits a line among its variables (POSIX read(1), XCU 2.6.5):
// IFS whitespace at the ends is dropped, fields split as in expansion, and the last
// variable takes the rest of the line (its trailing IFS whitespace dropped).

/// The values for `count` variables from `line` with the separators `ifs`.
public func splitForRead(_ line: String, ifs: [UInt8], count: Int) -> [String] {
    let bytes = Array(line.utf8)
    let isWhite = { (c: UInt8) -> Bool in ifs.contains(c) && (c == ascii(" ") || c == ascii("\t") || c == ascii("\n")) }
    var values: [String] = []
    var i = 0
    while i < bytes.count && isWhite(bytes[i]) { i += 1 }
    while values.count < count - 1 && i < bytes.count {
        let start = i
        while i < bytes.count && !ifs.contains(bytes[i]) { i += 1 }
        values.append(String(decoding: bytes[start..<i], as: UTF8.self))
        // One separator: IFS whitespace around at most one other IFS character.
        while i < bytes.count && isWhite(bytes[i]) { i += 1 }
        if i < bytes.count && ifs.contains(bytes[i]) && !isWhite(bytes[i]) {
            i += 1
            while i < bytes.count && isWhite(bytes[i]) { i += 1 }
        }
    }
    if count > 0 {
        var end = bytes.count
        while end > i && isWhite(bytes[end - 1]) { end -= 1 }
        values.append(String(decoding: bytes[i..<end], as: UTF8.self))
    }
    while values.count < count { values.append("") }
    return values
}
