// The host's Linux UAPI headers as an oracle for constants Swift's Glibc module does not
// import (it leaves out <sys/syscall.h>, <linux/*.h> and most GNU extensions). Reads
// `#define NAME value` lines and evaluates the simple expressions these headers use:
// numbers (decimal, hex, octal), names, parentheses, casts, `|`, `+`, `<<` and unary minus.
import Foundation

struct HostHeaders: CustomStringConvertible {
    var description: String { "HostHeaders(\(definitions.count) macros)" }

    static let roots = ["/usr/include/x86_64-linux-gnu", "/usr/include"]

    private var definitions: [String: String] = [:]

    /// The definitions of `headers` (paths relative to /usr/include, e.g. "linux/reboot.h"),
    /// or nil when any of them is missing.
    init?(_ headers: [String]) {
        for header in headers {
            let text = Self.roots.lazy.compactMap { try? String(contentsOfFile: "\($0)/\(header)", encoding: .utf8) }.first
            guard let text else { return nil }
            for line in text.split(separator: "\n") {
                // "#define X", also written "# define X" inside #ifndef blocks.
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("#") else { continue }
                let directive = trimmed.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
                guard directive.hasPrefix("define") else { continue }
                var rest = directive.dropFirst("define".count).drop(while: { $0 == " " || $0 == "\t" })
                let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
                rest = rest.dropFirst(name.count)
                guard !name.isEmpty, rest.first != "(" else { continue }  // skip function-like macros
                var value = String(rest).trimmingCharacters(in: .whitespaces)
                if let comment = value.range(of: "/*") { value = String(value[..<comment.lowerBound]) }
                definitions[String(name)] = value.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// The value of macro `name`, or nil when it is undefined or not a simple expression.
    func value(_ name: String) -> Int64? {
        evaluate(name, depth: 0)
    }

    private func evaluate(_ expression: String, depth: Int) -> Int64? {
        guard depth < 20 else { return nil }
        var text = expression.trimmingCharacters(in: .whitespaces)
        // Drop casts such as (unsigned int) and outer parentheses.
        for cast in ["(unsigned int)", "(unsigned long)", "(int)", "(long)", "(__force int)"] {
            text = text.replacingOccurrences(of: cast, with: "")
        }
        text = text.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("("), text.hasSuffix(")"), balanced(String(text.dropFirst().dropLast())) {
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        for op in ["|", "+", "<<"] {
            if let parts = splitTopLevel(text, on: op), parts.count > 1 {
                var values: [Int64] = []
                for part in parts {
                    guard let value = evaluate(part, depth: depth + 1) else { return nil }
                    values.append(value)
                }
                switch op {
                case "|": return values.reduce(0, |)
                case "+": return values.reduce(0, +)
                default: return values.dropFirst().reduce(values[0]) { $0 << $1 }
                }
            }
        }
        if text.hasPrefix("-"), let value = evaluate(String(text.dropFirst()), depth: depth + 1) { return -value }
        var digits = text
        while let last = digits.last, "uUlL".contains(last) { digits.removeLast() }
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            return UInt64(digits.dropFirst(2), radix: 16).map { Int64(bitPattern: $0) }
        }
        if digits.hasPrefix("0"), digits.count > 1 { return Int64(digits.dropFirst(), radix: 8) }
        if let decimal = Int64(digits) { return decimal }
        if let definition = definitions[text] { return evaluate(definition, depth: depth + 1) }
        return nil
    }

    private func balanced(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    private func splitTopLevel(_ text: String, on op: String) -> [String]? {
        var parts: [String] = []
        var depth = 0
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0, text[index...].hasPrefix(op) {
                parts.append(current)
                current = ""
                index = text.index(index, offsetBy: op.count)
                continue
            }
            current.append(character)
            index = text.index(after: index)
        }
        parts.append(current)
        return parts
    }
}
