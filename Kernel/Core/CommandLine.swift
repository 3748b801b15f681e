// The kernel command line (the loader reads \apus\cmdline from the ESP): words split on
// white space, `key=value`, double quotes, later words winning, like Linux's next_arg()
// and parse_args() in lib/cmdline.c and kernel/params.c. Never traps on any input.

/// How much the kernel logs; a message prints when its level is at or below the threshold.
/// Linux: the console_loglevel, with the eight printk levels folded into four.
public enum LogLevel: UInt8, Comparable, Sendable {
    case error, warn, info, debug

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A parsed kernel command line. Linux: Documentation/admin-guide/kernel-parameters.rst.
public struct KernelCommandLine {
    /// Every word in order: `key=value` gives a value (possibly empty), a bare word none.
    /// Quotes are removed; the first `=` splits, even inside quotes (as Linux does).
    public private(set) var options: [(key: String, value: String?)] = []

    /// Parses `text`.
    public init(_ text: String) {
        var copy = text
        copy.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// Parses `bytes` up to the first NUL or the end (the loader's fixed-size buffer).
    public init(bytes: UnsafeRawBufferPointer) {
        let length = bytes.firstIndex(of: 0) ?? bytes.count
        parse(UnsafeRawBufferPointer(rebasing: bytes[0..<length]))
    }

    /// True when `flag` appears, bare or with a value.
    public func has(_ flag: String) -> Bool {
        options.contains { Self.same($0.key, flag) }
    }

    /// The value of the last `key=value` word for `key`, or nil when there is none.
    public func value(_ key: String) -> String? {
        for option in options.reversed() where Self.same(option.key, key) {
            if let value = option.value { return value }
        }
        return nil
    }

    /// The last word for `key` as a boolean, Linux kstrtobool style: a bare word, `1`, `y`,
    /// `yes`, `on`, `true` (any case) are true; `0`, `n`, `no`, `off`, `false` are false; any
    /// other value counts as true (the key is there). Nil when `key` does not appear.
    public func bool(_ key: String) -> Bool? {
        guard let option = options.last(where: { Self.same($0.key, key) }) else { return nil }
        return Self.truth(option.value)
    }

    /// A word's value read as a boolean (see `bool(_:)`); a bare word is true.
    static func truth(_ value: String?) -> Bool {
        guard let value else { return true }
        var lowered: [UInt8] = []
        for byte in value.utf8 { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        for word: StaticString in ["0", "n", "no", "off", "false"] where same(lowered, word) { return false }
        return true
    }

    // MARK: - What the kernel asks

    /// `selftest`: run the in-kernel tests, then stop QEMU with the result.
    public var selftest: Bool { bool("selftest") ?? false }

    /// The words the kernel itself reads; the others belong to init (Linux:
    /// unknown_bootoption passes them on).
    public static let kernelOptions = ["init", "selftest", "selftest-fail", "testexit", "quiet", "debug",
                                       "loglevel", "crash", "verbose"]

    /// What init gets besides its path, as Linux's kernel_init hands them on: words the
    /// kernel does not know go to init, `name=value` ones into its environment, bare ones
    /// into argv after argv[0]; everything after a bare `--` goes to argv unread. Words
    /// with a dot before any `=` are module parameters and go nowhere.
    public var initArguments: (argv: [String], environment: [String]) {
        var argv: [String] = [], environment: [String] = []
        var afterDashes = false
        for option in options {
            if afterDashes {
                argv.append(option.value.map { option.key + "=" + $0 } ?? option.key)
                continue
            }
            if option.value == nil && option.key == "--" { afterDashes = true; continue }
            if Self.kernelOptions.contains(where: { Self.same(option.key, $0) }) { continue }
            if option.key.utf8.contains(UInt8(ascii: ".")) { continue }
            if let value = option.value {
                environment.append(option.key + "=" + value)
            } else {
                argv.append(option.key)
            }
        }
        return (argv, environment)
    }

    /// `testexit`: this boot runs under the test runner, which reads PID 1's verdict (and a
    /// panic's) from QEMU's exit device. `selftest` implies it.
    public var testExit: Bool { (bool("testexit") ?? false) || selftest }

    /// `quiet`: log warnings and errors only (unless a later `loglevel=` says otherwise).
    public var quiet: Bool { bool("quiet") ?? false }

    /// `init=`: the first user program; "/sbin/init" when absent or empty. Linux: init=.
    public var initPath: String {
        if let path = value("init"), !path.isEmpty { return path }
        return "/sbin/init"
    }

    /// The log threshold from the last of `quiet` (→ warn), `debug` (→ debug) and
    /// `loglevel=`; `.info` when none. `loglevel=` takes a name (`error`/`err`,
    /// `warn`/`warning`, `info`, `debug`) or a Linux number N, which shows messages of
    /// printk level below N: 0–4 → error, 5–6 → warn, 7 → info (Linux's default), 8 and
    /// more → debug. Values it cannot read are ignored.
    public var logLevel: LogLevel {
        var level = LogLevel.info
        for option in options {
            if Self.same(option.key, "quiet") {
                if Self.truth(option.value) { level = .warn }
            } else if Self.same(option.key, "debug") {
                if Self.truth(option.value) { level = .debug }
            } else if Self.same(option.key, "loglevel"), let text = option.value,
                      let parsed = Self.logLevel(text) {
                level = parsed
            }
        }
        return level
    }

    /// A `loglevel=` value, or nil when it is neither a name nor a number.
    static func logLevel(_ text: String) -> LogLevel? {
        if same(text, "error") || same(text, "err") { return .error }
        if same(text, "warn") || same(text, "warning") { return .warn }
        if same(text, "info") { return .info }
        if same(text, "debug") { return .debug }
        var number = 0
        var digits = 0
        for byte in text.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            number = min(number * 10 + Int(byte - 0x30), 100)
            digits += 1
        }
        guard digits > 0 else { return nil }
        switch number {
        case 0...4: return .error
        case 5, 6: return .warn
        case 7: return .info
        default: return .debug
        }
    }

    // MARK: - Parsing

    /// Linux isspace(): space, \t, \n, \v, \f, \r.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    mutating func parse(_ bytes: UnsafeRawBufferPointer) {
        let quote = UInt8(ascii: "\""), equals = UInt8(ascii: "=")
        var index = 0
        while index < bytes.count {
            while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            // One word: quotes toggle, white space inside quotes belongs to the word, and an
            // unterminated quote runs to the end of the line.
            var word: [UInt8] = []
            var split: Int? = nil
            var quoted = false
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isSpace(byte) && !quoted { break }
                index += 1
                if byte == quote { quoted.toggle(); continue }
                if byte == equals && split == nil { split = word.count }
                word.append(byte)
            }
            if let split {
                options.append((key: String(decoding: word[0..<split], as: UTF8.self),
                                value: String(decoding: word[(split + 1)...], as: UTF8.self)))
            } else if !word.isEmpty {
                options.append((key: String(decoding: word, as: UTF8.self), value: nil))
            }
        }
    }

    /// Byte-wise equality: no Unicode tables needed in the kernel.
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    static func same(_ a: [UInt8], _ b: StaticString) -> Bool {
        b.withUTF8Buffer { a.elementsEqual($0) }
    }
}
