// What every utility shares: its name for messages, "name: path: <errno text>" errors,
// usage messages with the exit status GNU/BusyBox use, and short-option parsing
// ("-la" = "-l -a", "--" ends the options).

import Runtime

/// A running utility: its name and its error reporting.
public struct Tool {
    /// The name messages start with (argv[0] without its directory).
    public let name: String
    /// The usage text printed after "Usage: ".
    public let usage: String
    /// Set when any operand failed: the exit status becomes 1.
    public var failed = false

    /// GNU's usage complaint for SOURCE... DEST commands (cp, mv) given fewer than two
    /// operands; nil when there are enough.
    public static func missingDestination(_ operands: [String]) -> String? {
        guard operands.count < 2 else { return nil }
        return operands.isEmpty ? "missing file operand" : "missing destination file operand after '" + operands[0] + "'"
    }

    public init(_ arguments: [String], usage: String) {
        let first = arguments.first ?? "?"
        name = baseName(first)
        self.usage = usage
    }

    /// "name: message" on standard error.
    public func complain(_ message: String) {
        writeError(name + ": " + message + "\n")
    }

    /// "name: subject: <errno text>" on standard error, and the run counts as failed.
    public mutating func fail(_ subject: String, _ error: Errno) {
        complain(subject + ": " + errnoText(error))
        failed = true
    }

    /// The usage message on standard error; returns the status to exit with (GNU: 1 for
    /// coreutils' bad option, 2 where the tool documents it; callers pass theirs).
    public func usageError(_ message: String? = nil, status: Int32 = 1) -> Int32 {
        if let message { complain(message) }
        writeError("Usage: " + name + " " + usage + "\n")
        return status
    }

    /// 0, or 1 when something failed.
    public var status: Int32 { failed ? 1 : 0 }
}

/// The last component of `path` ("/bin/ls" → "ls"; "/" stays "/").
public func baseName(_ path: String) -> String {
    var bytes = Array(path.utf8)
    while bytes.count > 1 && bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
    if let slash = bytes.lastIndex(of: UInt8(ascii: "/")), bytes.count > 1 {
        return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Short options and operands. Options are single letters, grouped ("-rf"); an option in
/// `withValue` takes the rest of its word or the next word ("-s9", "-s 9").
public struct Options {
    /// The letters seen, in order (repeats kept).
    public var letters: [Character] = []
    /// Values of options that take one: (letter, value).
    public var values: [(Character, String)] = []
    /// What is left after the options.
    public var operands: [String] = []

    /// Parses `arguments` (without argv[0]); nil with `bad` set to the bad letter
    /// (or "" for a missing value) when an option is not in `allowed`.
    public init?(_ arguments: [String], allowed: String, withValue: String = "", bad: inout String) {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { index += 1; break }
            if word == "-" || !word.hasPrefix("-") { break }
            var characters = Array(word.dropFirst())
            while !characters.isEmpty {
                let c = characters.removeFirst()
                if withValue.contains(c) {
                    var value = String(characters)
                    characters = []
                    if value.isEmpty {
                        index += 1
                        guard index < arguments.count else { bad = String(c); return nil }
                        value = arguments[index]
                    }
                    values.append((c, value))
                    letters.append(c)
                } else if allowed.contains(c) {
                    letters.append(c)
                } else {
                    bad = String(c)
                    return nil
                }
            }
            index += 1
        }
        operands = Array(arguments[index...])
    }

    /// Whether option `c` was given.
    public func has(_ c: Character) -> Bool { letters.contains(c) }

    /// The last value given to option `c`.
    public func value(_ c: Character) -> String? {
        var result: String? = nil
        for (letter, value) in values where letter == c { result = value }
        return result
    }
}

/// The signal named `text`: a number ("9"), a name with or without "SIG" ("KILL",
/// "SIGKILL", "kill"). Signals 1…31.
public func parseSignal(_ text: String) -> Int32? {
    if let number = Int32(text) { return number >= 0 && number <= 64 ? number : nil }
    var upper = text.uppercased()
    if upper.hasPrefix("SIG") { upper = String(upper.dropFirst(3)) }
    for number in Int32(1)...31 where signalName(number) == upper { return number }
    return nil
}

/// The name of signal `number` without "SIG" ("KILL"), or the number as text.
public func signalName(_ number: Int32) -> String {
    guard number >= 1 && number <= 31 else { return String(number) }
    let full = Signal(rawValue: number).name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    return full.hasPrefix("SIG") ? String(full.dropFirst(3)) : full
}
