// Typing into the guest's serial console: `--send 'MARKER=>TEXT'` (repeatable) makes the
// runner write TEXT to QEMU's stdin — COM1's receive line — once a serial line containing
// MARKER appears, each step waiting for its own marker in the order given. TEXT takes the
// escapes \r \n \t \\ \e and \xHH, so control keys (DEL \x7f, ^C \x03, ^D \x04) can be sent.
// Pure: apus-run's TestRun.swift writes the bytes.

/// One step: wait for `marker` in a serial line, then send `bytes`.
public struct SerialInputStep: Equatable, Sendable {
    public var marker: String
    public var bytes: [UInt8]

    public init(marker: String, bytes: [UInt8]) {
        self.marker = marker
        self.bytes = bytes
    }

    /// Parses `MARKER=>TEXT` (split at the first `=>`; MARKER must not be empty).
    public static func parse(_ spec: String) throws(UsageError) -> SerialInputStep {
        guard let arrow = spec.range(of: "=>") else {
            throw UsageError("--send needs MARKER=>TEXT, not '\(spec)'")
        }
        let marker = String(spec[..<arrow.lowerBound])
        guard !marker.isEmpty else { throw UsageError("--send needs a marker before '=>'") }
        return SerialInputStep(marker: marker, bytes: try unescape(String(spec[arrow.upperBound...])))
    }

    /// TEXT with its escapes resolved into bytes.
    public static func unescape(_ text: String) throws(UsageError) -> [UInt8] {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else { output.append(byte); continue }
            guard index < input.count else { throw UsageError("--send text ends with a lone backslash") }
            let escape = input[index]
            index += 1
            switch escape {
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "e"): output.append(0x1B)
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "x"):
                guard index + 2 <= input.count, let value = UInt8(String(decoding: input[index..<index + 2], as: UTF8.self), radix: 16) else {
                    throw UsageError("--send: \\x needs two hex digits")
                }
                output.append(value)
                index += 2
            default:
                throw UsageError("--send: unknown escape '\\\(String(decoding: [escape], as: UTF8.self))'")
            }
        }
        return output
    }
}

/// The steps still to come, in order.
public struct SerialInputScript: Equatable, Sendable {
    public private(set) var pending: [SerialInputStep]

    public init(_ steps: [SerialInputStep]) {
        pending = steps
    }

    /// The bytes to send after `line`, or nil: when the line holds the next step's marker
    /// that step is done (one step per line; a later marker needs a later line).
    public mutating func input(after line: String) -> [UInt8]? {
        guard let next = pending.first, line.containsBytes(of: next.marker) else { return nil }
        pending.removeFirst()
        return next.bytes
    }

    public var isFinished: Bool { pending.isEmpty }
}
