// Number formatting without Foundation or floating point: hex with fixed width, decimals
// with a fixed number of fraction digits (times in seconds, sizes in MiB).

enum Format {
    private static let digits: StaticString = "0123456789abcdef"

    /// `value` as lowercase hex, zero-padded to `width` digits, with a 0x prefix.
    static func hex(_ value: UInt64, width: Int = 16) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "0"), UInt8(ascii: "x")]
        var started = false
        for shift in stride(from: 60, through: 0, by: -4) {
            let nibble = Int((value >> UInt64(shift)) & 0xF)
            if nibble != 0 || shift / 4 < width || started {
                started = true
                bytes.append(digits.utf8Start[nibble])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` right-aligned in `width` columns.
    static func padded(_ value: UInt64, width: Int) -> String {
        let text = String(value)
        let pad = width - text.utf8.count
        return pad > 0 ? String(repeating: " ", count: pad) + text : text
    }

    /// `numerator / denominator` with `fractionDigits` decimals, truncated: 1234/1000 → "1.234".
    static func decimal(_ numerator: UInt64, over denominator: UInt64, fractionDigits: Int) -> String {
        guard denominator != 0 else { return "?" }
        let whole = numerator / denominator
        var remainder = numerator % denominator
        var fraction = ""
        for _ in 0..<fractionDigits {
            let (product, overflow) = remainder.multipliedReportingOverflow(by: 10)
            if overflow { fraction += "0"; continue }
            fraction += String(product / denominator)
            remainder = product % denominator
        }
        return fractionDigits > 0 ? String(whole) + "." + fraction : String(whole)
    }

    /// Bytes as MiB with one decimal.
    static func mebibytes(_ bytes: UInt64) -> String {
        decimal(bytes, over: 1 << 20, fractionDigits: 1) + " MiB"
    }
}
