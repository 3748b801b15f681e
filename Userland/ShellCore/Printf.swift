// The printf utility's formatting (POSIX printf(1), as dash's builtin does it): escapes in
// the format (\n \t \\ \0NNN …), conversions %s %b %c %d %i %u %o %x %X %% with the flags
// - 0 + space, a width and a precision; the format is reused while arguments remain.

/// What printf writes, and its complaints (a non-numeric argument: status 1).
public struct PrintfResult: Equatable, Sendable {
    public var output: [UInt8] = []
    public var errors: [String] = []
}

/// Formats `arguments` with `format`.
public func formatPrintf(_ format: String, _ arguments: [String]) -> PrintfResult {
    var result = PrintfResult()
    let f = Array(format.utf8)
    var next = 0
    repeat {
        let before = next
        if !formatOnce(f, arguments, &next, &result) { break }  // \c: stop everything
        if next == before { break }  // the format takes no argument: once
    } while next < arguments.count
    return result
}

/// One pass over the format; false when `\c` ended the output.
private func formatOnce(_ f: [UInt8], _ arguments: [String], _ next: inout Int, _ result: inout PrintfResult) -> Bool {
    var i = 0
    while i < f.count {
        let c = f[i]
        if c == ascii("\\") {
            i += 1
            if escape(f, &i, &result.output, octalNeedsZero: false) { return false }
            continue
        }
        guard c == ascii("%"), i + 1 < f.count else { result.output.append(c); i += 1; continue }
        i += 1
        if f[i] == ascii("%") { result.output.append(c); i += 1; continue }
        var spec = Spec()
        while i < f.count, let flag = "-0+ #".utf8.firstIndex(of: f[i]) {
            switch "-0+ #".utf8[flag] {
            case ascii("-"): spec.left = true
            case ascii("0"): spec.zero = true
            case ascii("+"): spec.plus = true
            case ascii(" "): spec.space = true
            default: break
            }
            i += 1
        }
        while i < f.count, isDigit(f[i]) { spec.width = spec.width * 10 + Int(f[i] - ascii("0")); i += 1 }
        if i < f.count, f[i] == ascii(".") {
            i += 1
            var p = 0
            while i < f.count, isDigit(f[i]) { p = p * 10 + Int(f[i] - ascii("0")); i += 1 }
            spec.precision = p
        }
        guard i < f.count else { break }
        let conversion = f[i]
        i += 1
        let argument: String? = next < arguments.count ? arguments[next] : nil
        if argument != nil { next += 1 }
        if !convert(conversion, spec, argument, &result) { return false }
    }
    return true
}

private struct Spec {
    var left = false, zero = false, plus = false, space = false
    var width = 0
    var precision: Int? = nil
}

/// Appends one conversion; false after `\c` in a %b argument.
private func convert(_ conversion: UInt8, _ spec: Spec, _ argument: String?, _ result: inout PrintfResult) -> Bool {
    switch conversion {
    case ascii("s"), ascii("b"), ascii("c"):
        var text = Array((argument ?? "").utf8)
        var stop = false
        if conversion == ascii("b") {
            var expanded: [UInt8] = []
            var j = 0
            while j < text.count {
                if text[j] == ascii("\\") {
                    j += 1
                    if escape(text, &j, &expanded, octalNeedsZero: true) { stop = true; break }
                } else { expanded.append(text[j]); j += 1 }
            }
            text = expanded
        }
        if conversion == ascii("c") { text = Array(text.prefix(1)) }
        if let p = spec.precision, conversion != ascii("c") { text = Array(text.prefix(p)) }
        pad(text, spec, zeroAllowed: false, &result.output)
        return !stop
    case ascii("d"), ascii("i"), ascii("u"), ascii("o"), ascii("x"), ascii("X"):
        var value = 0
        if let argument, !argument.isEmpty {
            if let n = printfNumber(argument) { value = n } else if let (n, _) = numericPrefix(argument) {
                value = n
                result.errors.append(argument + ": not completely converted")
            } else {
                result.errors.append(argument + ": expected numeric value")
            }
        }
        var digits: [UInt8]
        var sign: [UInt8] = []
        switch conversion {
        case ascii("o"): digits = Array(String(UInt(bitPattern: value), radix: 8).utf8)
        case ascii("x"): digits = Array(String(UInt(bitPattern: value), radix: 16).utf8)
        case ascii("X"): digits = Array(String(UInt(bitPattern: value), radix: 16, uppercase: true).utf8)
        case ascii("u"): digits = Array(String(UInt(bitPattern: value)).utf8)
        default:
            digits = Array(String(value.magnitude).utf8)
            if value < 0 { sign = [ascii("-")] } else if spec.plus { sign = [ascii("+")] } else if spec.space { sign = [ascii(" ")] }
        }
        if let p = spec.precision {
            if p == 0 && value == 0 { digits = [] }
            while digits.count < p { digits.insert(ascii("0"), at: 0) }
        }
        if spec.zero && !spec.left && spec.precision == nil {
            while sign.count + digits.count < spec.width { digits.insert(ascii("0"), at: 0) }
        }
        pad(sign + digits, spec, zeroAllowed: false, &result.output)
        return true
    default:
        result.errors.append("%" + String(decoding: [conversion], as: UTF8.self) + ": invalid directive")
        return true
    }
}

private func pad(_ text: [UInt8], _ spec: Spec, zeroAllowed: Bool, _ output: inout [UInt8]) {
    let fill = [UInt8](repeating: ascii(" "), count: max(0, spec.width - text.count))
    if spec.left { output += text + fill } else { output += fill + text }
}

/// After a backslash at `i`: appends the escaped byte and moves `i` past it; true for `\c`.
/// In %b arguments an octal escape is `\0NNN`; in the format, `\NNN`.
private func escape(_ text: [UInt8], _ i: inout Int, _ output: inout [UInt8], octalNeedsZero: Bool) -> Bool {
    guard i < text.count else { output.append(ascii("\\")); return false }
    let c = text[i]
    i += 1
    switch c {
    case ascii("n"): output.append(10)
    case ascii("t"): output.append(9)
    case ascii("r"): output.append(13)
    case ascii("a"): output.append(7)
    case ascii("b"): output.append(8)
    case ascii("f"): output.append(12)
    case ascii("v"): output.append(11)
    case ascii("\\"): output.append(ascii("\\"))
    case ascii("c"): return true
    case ascii("0")...ascii("7"):
        var value = Int(c - ascii("0"))
        var count = octalNeedsZero && c == ascii("0") ? 0 : 1
        while count < 3, i < text.count, text[i] >= ascii("0"), text[i] <= ascii("7") {
            value = value * 8 + Int(text[i] - ascii("0")); i += 1; count += 1
        }
        output.append(UInt8(truncatingIfNeeded: value))
    default:
        output.append(ascii("\\")); output.append(c)
    }
    return false
}

/// A numeric argument: a C integer constant, or `'c` / `"c` for a character's code.
func printfNumber(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    if let first = bytes.first, first == ascii("'") || first == ascii("\"") {
        return bytes.count > 1 ? Int(bytes[1]) : 0
    }
    var trimmed = bytes[...]
    while trimmed.first == ascii(" ") { trimmed = trimmed.dropFirst() }
    return parseInteger(Array(trimmed))
}

/// The number a malformed argument starts with (`12z` → 12), as strtol reads it; nil
/// when it starts with none.
func numericPrefix(_ text: String) -> (Int, Int)? {
    var bytes = Array(text.utf8)[...]
    while bytes.first == ascii(" ") { bytes = bytes.dropFirst() }
    var end = bytes.startIndex
    if end < bytes.endIndex, bytes[end] == ascii("-") || bytes[end] == ascii("+") { end += 1 }
    let digitsStart = end
    while end < bytes.endIndex, isDigit(bytes[end]) { end += 1 }
    guard end > digitsStart, let n = parseInteger(Array(bytes[bytes.startIndex..<end])) else { return nil }
    return (n, end)
}

/// An `echo` argument with dash's escapes done (the same as printf's %b): the bytes, and
/// whether `\c` asked to stop all output there.
public func echoEscapes(_ text: String) -> (bytes: [UInt8], stop: Bool) {
    let input = Array(text.utf8)
    var output: [UInt8] = []
    var i = 0
    while i < input.count {
        if input[i] == ascii("\\") {
            i += 1
            if escape(input, &i, &output, octalNeedsZero: true) { return (output, true) }
        } else {
            output.append(input[i])
            i += 1
        }
    }
    return (output, false)
}
