// echo(1): the operands separated by spaces, then a newline. -n drops the newline, -e
// interprets backslash escapes (\n \t \\ \c …), -E (the default) does not; as GNU echo,
// an operand that is not a valid option ends the options.
import Runtime
import UtilKit

@main struct Echo: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        var newline = true
        var escapes = false
        var index = 1
        while index < arguments.count {
            let word = Array(arguments[index].utf8)
            guard word.count > 1, word[0] == UInt8(ascii: "-"),
                  word.dropFirst().allSatisfy({ $0 == UInt8(ascii: "n") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
            else { break }
            for c in word.dropFirst() {
                if c == UInt8(ascii: "n") { newline = false }
                if c == UInt8(ascii: "e") { escapes = true }
                if c == UInt8(ascii: "E") { escapes = false }
            }
            index += 1
        }
        var out: [UInt8] = []
        var first = true
        for word in arguments.dropFirst(index) {
            if !first { out.append(UInt8(ascii: " ")) }
            first = false
            if escapes {
                if !appendEscaped(Array(word.utf8), to: &out) { newline = false; break }
            } else {
                out.append(contentsOf: word.utf8)
            }
        }
        if newline { out.append(UInt8(ascii: "\n")) }
        do { try writeBytes(.standardOutput, out) } catch {
            writeError("echo: write error: " + errnoText(error) + "\n")
            return 1
        }
        return 0
    }

    /// Appends `word` with -e's escapes applied; false at "\c" (no more output).
    static func appendEscaped(_ word: [UInt8], to out: inout [UInt8]) -> Bool {
        var i = 0
        while i < word.count {
            let c = word[i]
            i += 1
            guard c == UInt8(ascii: "\\"), i < word.count else { out.append(c); continue }
            let e = word[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "e"): out.append(27)
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "c"): return false
            case UInt8(ascii: "0"):
                var value: UInt8 = 0
                var n = 0
                while n < 3, i < word.count, word[i] >= UInt8(ascii: "0"), word[i] <= UInt8(ascii: "7") {
                    value = value &* 8 &+ (word[i] - UInt8(ascii: "0")); i += 1; n += 1
                }
                out.append(value)
            default: out.append(UInt8(ascii: "\\")); out.append(e)
            }
        }
        return true
    }
}
