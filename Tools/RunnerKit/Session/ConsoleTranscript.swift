// A console session written down the way a person would see it at the terminal, for the
// runner to replay over the serial console (apus-run --session FILE). One directive per
// line, by its first characters:
//
//   -- text              a comment (so is an empty line)
//   prompt: REGEX        what the prompt looks like: the unfinished last line of output
//                        must match REGEX in full (default `[#$] `)
//   timeout: SECONDS     how long each command may take to give the prompt back
//                        (default ConsoleSession.defaultStepTimeout)
//   $ COMMAND            wait for the prompt, type COMMAND and Return; the next line must
//                        be the prompt with COMMAND echoed after it
//   ! [delay=S] KEYS     type KEYS (escapes as for --send: \x03 is ^C) S seconds (default
//                        0) after the last line of output seen so far, without waiting for
//                        a prompt: for answering a running program or interrupting it
//   ~ REGEX              an output line matching REGEX in full
//   ...                  any number of output lines, up to what the next directive expects
//   anything else        an output line, exactly
//
// The output expected of a command is every line between its echo and the next prompt.

/// One line of the transcript that matches output.
public enum ExpectedLine: Equatable, Sendable {
    case exact(String)
    case pattern(String)
    case anyLines

    /// True if `line` is one this expectation accepts (`anyLines` accepts every line).
    public func accepts(_ line: String) -> Bool {
        switch self {
        case .exact(let text): return line == text
        case .pattern(let pattern): return (try? Regex(pattern).wholeMatch(in: line)) != nil
        case .anyLines: return true
        }
    }
}

/// Keys typed while a command runs.
public struct TypedKeys: Equatable, Sendable {
    public var bytes: [UInt8]
    public var delay: Double
    /// How many of the command's expected lines come before these keys in the transcript.
    public var afterExpectedLines: Int
}

/// One command typed at the prompt, with what it must print.
public struct SessionStep: Equatable, Sendable {
    public var command: String
    public var expected: [ExpectedLine]
    public var keys: [TypedKeys]
    /// Transcript line number of the `$` line (for messages).
    public var line: Int
}

public struct ConsoleTranscript: Equatable, Sendable {
    public static let defaultPrompt = "[#$] "
    public var prompt: String
    public var steps: [SessionStep]
    /// The `timeout:` directive, if any.
    public var stepTimeout: Double?

    /// Parses a transcript; errors name the line.
    public static func parse(_ text: String) throws(UsageError) -> ConsoleTranscript {
        var prompt = defaultPrompt
        var stepTimeout: Double?
        var steps: [SessionStep] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = String(raw)
            func here(_ message: String) -> UsageError { UsageError("session line \(number): " + message) }
            if line.isEmpty || line.hasPrefix("--") { continue }
            if line.hasPrefix("prompt: ") {
                let pattern = String(line.dropFirst("prompt: ".count))
                guard (try? Regex(pattern)) != nil else { throw here("prompt '\(pattern)' is not a valid regular expression") }
                guard steps.isEmpty else { throw here("prompt: must come before the first command") }
                prompt = pattern
            } else if line.hasPrefix("timeout: ") {
                let word = line.dropFirst("timeout: ".count)
                guard let seconds = Double(word), seconds > 0, seconds.isFinite else { throw here("bad timeout '\(word)'") }
                guard steps.isEmpty else { throw here("timeout: must come before the first command") }
                stepTimeout = seconds
            } else if line.hasPrefix("$ ") {
                steps.append(SessionStep(command: String(line.dropFirst(2)), expected: [], keys: [], line: number))
            } else if line.hasPrefix("! ") || line == "!" {
                guard !steps.isEmpty else { throw here("keys before the first command") }
                var rest = Substring(line.dropFirst(2))
                var delay = 0.0
                if rest.hasPrefix("delay=") {
                    let word = rest.dropFirst("delay=".count).prefix { $0 != " " }
                    guard let seconds = Double(word), seconds >= 0, seconds.isFinite else { throw here("bad delay '\(word)'") }
                    delay = seconds
                    rest = rest.dropFirst("delay=".count + word.count).drop { $0 == " " }
                }
                let bytes: [UInt8]
                do throws(UsageError) { bytes = try SerialInputStep.unescape(String(rest)) } catch { throw here(error.message) }
                guard !bytes.isEmpty else { throw here("no keys to type") }
                let step = steps.count - 1
                steps[step].keys.append(TypedKeys(bytes: bytes, delay: delay, afterExpectedLines: steps[step].expected.count))
            } else {
                guard !steps.isEmpty else { throw here("output expected before the first command") }
                let expected: ExpectedLine
                if line == "..." {
                    expected = .anyLines
                } else if line.hasPrefix("~ ") {
                    let pattern = String(line.dropFirst(2))
                    guard (try? Regex(pattern)) != nil else { throw here("'\(pattern)' is not a valid regular expression") }
                    expected = .pattern(pattern)
                } else {
                    expected = .exact(line)
                }
                steps[steps.count - 1].expected.append(expected)
            }
        }
        guard !steps.isEmpty else { throw UsageError("the session has no commands ($ lines)") }
        return ConsoleTranscript(prompt: prompt, steps: steps, stepTimeout: stepTimeout)
    }
}

/// Does `lines` match `expected` in full (`anyLines` standing for zero or more lines)?
public func linesMatch(_ lines: ArraySlice<String>, _ expected: ArraySlice<ExpectedLine>) -> Bool {
    guard let first = expected.first else { return lines.isEmpty }
    if first == .anyLines {
        let rest = expected.dropFirst()
        for skip in 0...lines.count where linesMatch(lines.dropFirst(skip), rest) { return true }
        return false
    }
    guard let line = lines.first, first.accepts(line) else { return false }
    return linesMatch(lines.dropFirst(), expected.dropFirst())
}
