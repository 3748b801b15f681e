// Driving QEMU's human monitor from the serial console's progress: `--monitor
// 'MARKER=>COMMAND'` runs one HMP command (e.g. `screendump FILE`) and `--keys
// 'MARKER=>TEXT'` types TEXT on the guest's keyboard with `sendkey`, once a serial line
// containing MARKER appears; steps run in the order given, and several may fire on the same
// line. Pure: apus-run's TestRun.swift writes the commands to the monitor pipe.

/// One step: wait for `marker`, then send `commands` to the monitor.
public struct MonitorStep: Equatable, Sendable {
    public var marker: String
    public var commands: [String]

    public init(marker: String, commands: [String]) {
        self.marker = marker
        self.commands = commands
    }

    /// `--monitor MARKER=>COMMAND`.
    public static func parseCommand(_ spec: String) throws(UsageError) -> MonitorStep {
        let (marker, command) = try split(spec, option: "--monitor")
        guard !command.isEmpty, !command.contains("\n") else { throw UsageError("--monitor needs one command after '=>'") }
        return MonitorStep(marker: marker, commands: [command])
    }

    /// `--keys MARKER=>TEXT`: TEXT's characters (with --send's escapes) become sendkey
    /// commands; `{name}` sends a QEMU key name as it is (`{up}`, `{home}`, `{ctrl-c}`).
    public static func parseKeys(_ spec: String) throws(UsageError) -> MonitorStep {
        let (marker, text) = try split(spec, option: "--keys")
        return MonitorStep(marker: marker, commands: try SendKeys.commands(for: text))
    }

    private static func split(_ spec: String, option: String) throws(UsageError) -> (String, String) {
        guard let arrow = spec.range(of: "=>") else { throw UsageError("\(option) needs MARKER=>TEXT, not '\(spec)'") }
        let marker = String(spec[..<arrow.lowerBound])
        guard !marker.isEmpty else { throw UsageError("\(option) needs a marker before '=>'") }
        return (marker, String(spec[arrow.upperBound...]))
    }
}

/// The steps still to come, in order.
public struct MonitorScript: Equatable, Sendable {
    public private(set) var pending: [MonitorStep]

    public init(_ steps: [MonitorStep]) {
        pending = steps
    }

    /// The commands due after `line`: those of every leading step whose marker it holds.
    public mutating func commands(after line: String) -> [String] {
        var due: [String] = []
        while let next = pending.first, line.containsBytes(of: next.marker) {
            due += next.commands
            pending.removeFirst()
        }
        return due
    }

    public var isFinished: Bool { pending.isEmpty }
}

/// Text to QEMU `sendkey` commands (QEMU's QKeyCode names, US layout).
public enum SendKeys {
    private static let unshifted: [UInt8: String] = [
        0x20: "spc", 0x0D: "ret", 0x0A: "ret", 0x09: "tab", 0x7F: "backspace", 0x1B: "esc",
        UInt8(ascii: "-"): "minus", UInt8(ascii: "="): "equal", UInt8(ascii: "["): "bracket_left",
        UInt8(ascii: "]"): "bracket_right", UInt8(ascii: ";"): "semicolon", UInt8(ascii: "'"): "apostrophe",
        UInt8(ascii: "`"): "grave_accent", UInt8(ascii: "\\"): "backslash", UInt8(ascii: ","): "comma",
        UInt8(ascii: "."): "dot", UInt8(ascii: "/"): "slash",
    ]
    private static let shiftedPunctuation = Array("!@#$%^&*()".utf8)
    private static let shifted: [UInt8: String] = [
        UInt8(ascii: "_"): "minus", UInt8(ascii: "+"): "equal", UInt8(ascii: "{"): "bracket_left",
        UInt8(ascii: "}"): "bracket_right", UInt8(ascii: ":"): "semicolon", UInt8(ascii: "\""): "apostrophe",
        UInt8(ascii: "~"): "grave_accent", UInt8(ascii: "|"): "backslash", UInt8(ascii: "<"): "comma",
        UInt8(ascii: ">"): "dot", UInt8(ascii: "?"): "slash",
    ]

    /// The sendkey command for one byte of text.
    public static func key(for byte: UInt8) throws(UsageError) -> String {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return String(UnicodeScalar(byte))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return "shift-" + String(UnicodeScalar(byte + 0x20))
        case 0x01...0x1A where byte != 0x09 && byte != 0x0A && byte != 0x0D:
            return "ctrl-" + String(UnicodeScalar(byte + 0x60))
        default:
            if let name = unshifted[byte] { return name }
            if let name = shifted[byte] { return "shift-" + name }
            if let index = shiftedPunctuation.firstIndex(of: byte) {
                return "shift-" + String((index + 1) % 10)
            }
            throw UsageError("--keys cannot type byte 0x\(String(byte, radix: 16))")
        }
    }

    /// `sendkey` commands for TEXT: characters (after --send's escapes) and `{name}` keys.
    public static func commands(for text: String) throws(UsageError) -> [String] {
        var commands: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw UsageError("--keys: '{' without '}'") }
                let name = rest[rest.index(after: rest.startIndex)..<close]
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw UsageError("--keys: bad key name '{\(name)}'")
                }
                commands.append("sendkey " + name)
                rest = rest[rest.index(after: close)...]
                continue
            }
            let plain = rest.prefix { $0 != "{" }
            for byte in try SerialInputStep.unescape(String(plain)) { commands.append("sendkey " + (try key(for: byte))) }
            rest = rest[plain.endIndex...]
        }
        return commands
    }
}
