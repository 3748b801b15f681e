// The umask builtin's notation, as dash reads and writes it: an octal mask ("027", kept to
// its 0777 bits), or symbolic clauses of the permissions to keep ("u=rwx,g=rx,o=", "g-w",
// "o=u+x") where u/g/o/X refer to the permissions before the command; printed as "0022"
// or (-S) "u=rwx,g=rx,o=rx". POSIX umask(1); dash's miscbltin.c is the reference.

/// What a umask operand says.
public enum UmaskOperand: Equatable, Sendable {
    /// The new mask.
    case mask(UInt32)
    /// Starts with a digit but is not octal: dash's "Illegal number".
    case illegalNumber
    /// Not a symbolic mode: dash's "Illegal mode".
    case illegalMode
}

/// The permission bits a mask can hold.
private let permissionBits: UInt32 = 0o777

/// Reads `text` against the mask in force (`current`).
public func parseUmask(_ text: String, current: UInt32) -> UmaskOperand {
    let bytes = Array(text.utf8)
    guard let first = bytes.first, isDigit(first) else { return parseSymbolicUmask(bytes, current: current) }
    var mask: UInt32 = 0
    for c in bytes {
        guard c >= ascii("0") && c <= ascii("7") else { return .illegalNumber }
        mask = (mask << 3 | UInt32(c - ascii("0"))) & permissionBits
    }
    return .mask(mask)
}

/// `[ugoa]*[=+-][rwxXsugo]*...` clauses separated by commas (a trailing comma is allowed).
private func parseSymbolicUmask(_ bytes: [UInt8], current: UInt32) -> UmaskOperand {
    let before = ~current & permissionBits
    var kept = before
    var i = 0
    while i < bytes.count {
        // Who: one bit per class (u 0o100, g 0o010, o 0o001), each later times 7; none is all.
        var positions: UInt32 = 0
        while i < bytes.count, let who = whoBits(bytes[i]) { positions |= who; i += 1 }
        if positions == 0 { positions = 0o111 }
        // One or more actions: an operator and the permissions it applies.
        var sawOperator = false
        while i < bytes.count, bytes[i] == ascii("=") || bytes[i] == ascii("+") || bytes[i] == ascii("-") {
            sawOperator = true
            let op = bytes[i]
            i += 1
            var value: UInt32 = 0
            while i < bytes.count, let bits = permissionValue(bytes[i], before: before) { value |= bits; i += 1 }
            let spread = (value & 0o7) * positions
            switch op {
            case ascii("-"): kept &= ~spread
            case ascii("+"): kept |= spread
            default: kept = spread | (kept & ~(positions * 0o7))
            }
        }
        guard sawOperator else { return .illegalMode }
        if i < bytes.count {
            guard bytes[i] == ascii(",") else { return .illegalMode }
            i += 1
        }
    }
    return .mask(~kept & permissionBits)
}

private func whoBits(_ c: UInt8) -> UInt32? {
    switch c {
    case ascii("u"): return 0o100
    case ascii("g"): return 0o010
    case ascii("o"): return 0o001
    case ascii("a"): return 0o111
    default: return nil
    }
}

/// A permission letter as rwx bits (in the low three, or above them for u/g copies);
/// `s` is accepted and means nothing in a mask.
private func permissionValue(_ c: UInt8, before: UInt32) -> UInt32? {
    switch c {
    case ascii("r"): return 0o4
    case ascii("w"): return 0o2
    case ascii("x"): return 0o1
    case ascii("X"): return before & 0o111 != 0 ? 0o1 : 0
    case ascii("u"): return before >> 6
    case ascii("g"): return before >> 3
    case ascii("o"): return before
    case ascii("s"): return 0
    default: return nil
    }
}

/// `mask` as umask prints it: four octal digits ("0022").
public func octalUmask(_ mask: UInt32) -> String {
    var text = ""
    var m = mask & permissionBits
    for _ in 0..<4 {
        text = String(UInt8(m & 0o7)) + text
        m >>= 3
    }
    return text
}

/// `mask` as `umask -S` prints it: the permissions kept ("u=rwx,g=rx,o=rx").
public func symbolicUmask(_ mask: UInt32) -> String {
    let kept = ~mask & permissionBits
    var text = ""
    for (index, who) in ["u", "g", "o"].enumerated() {
        let bits = kept >> UInt32(6 - 3 * index)
        text += (index == 0 ? "" : ",") + who + "="
        if bits & 0o4 != 0 { text += "r" }
        if bits & 0o2 != 0 { text += "w" }
        if bits & 0o1 != 0 { text += "x" }
    }
    return text
}
