// Replays a ConsoleTranscript against the serial output as it arrives: waits for the
// prompt, types each command, collects its output up to the next prompt and judges it.
// Pure (time comes in as an argument), so apus-run only moves bytes; see
// ConsoleTranscript.swift for the file format.

/// The outcome of one command of the session.
public struct SessionStepResult: Equatable, Sendable {
    public var step: SessionStep
    public var passed: Bool
    /// Why it failed, as lines for TAP diagnostics.
    public var diagnostics: [String]
}

public struct ConsoleSession: Sendable {
    /// Seconds a command may take to give the prompt back.
    public static let defaultStepTimeout = 60.0
    /// Kernel log lines ("[    1.234567] info  …") may land anywhere on the console; a
    /// transcript is about what the programs print, so they are left out of it.
    static let kernelLogLine = #"\[ *[0-9]+\.[0-9]+\] .*"#

    public let transcript: ConsoleTranscript
    public let stepTimeout: Double
    public private(set) var results: [SessionStepResult] = []
    /// Set when the session ended because the guest stopped answering (a step timed out):
    /// the runner then asks the kernel for a thread dump before it stops QEMU.
    public private(set) var stalled = false

    private enum State: Sendable {
        case waitingForPrompt
        case waitingForEcho(String)
        case collecting
        case finished
    }
    private var state = State.waitingForPrompt
    private var current = 0
    private var lines: [String] = []
    private var keysSent = 0
    private var stepStarted = 0.0
    private var lastOutput = 0.0

    /// `stepTimeout` applies unless the transcript sets its own (`timeout:`).
    public init(_ transcript: ConsoleTranscript, stepTimeout: Double = defaultStepTimeout) {
        self.transcript = transcript
        self.stepTimeout = transcript.stepTimeout ?? stepTimeout
    }

    public var isFinished: Bool {
        if case .finished = state { return true }
        return false
    }

    /// A complete line of output arrived at `now`.
    public mutating func line(_ text: String, now: Double) {
        if (try? Regex(Self.kernelLogLine).wholeMatch(in: text)) != nil { return }
        lastOutput = now
        switch state {
        case .waitingForEcho(let echo):
            if text == echo {
                state = .collecting
            } else {
                fail(["expected the echo '\(echo)', got '\(text)'"], abort: true)
            }
        case .collecting:
            lines.append(text)
        case .waitingForPrompt, .finished:
            break   // boot messages before the first prompt; anything after the end
        }
    }

    /// The unfinished last line of output is now `partial`, at `now`; also called as time
    /// passes. Returns bytes to type, if any.
    public mutating func poll(partial: String, now: Double) -> [UInt8]? {
        let atPrompt = !partial.isEmpty && (try? Regex(transcript.prompt).wholeMatch(in: partial)) != nil
        switch state {
        case .waitingForPrompt:
            guard atPrompt else {
                if current > 0 && now - stepStarted > stepTimeout { stall(["no prompt after \(Int(stepTimeout)) s"]) }
                return nil
            }
            return startStep(prompt: partial, now: now)
        case .waitingForEcho:
            if now - stepStarted > stepTimeout { stall(["the command was not echoed within \(Int(stepTimeout)) s"]) }
            return nil
        case .collecting:
            let step = transcript.steps[current]
            if keysSent < step.keys.count {
                let keys = step.keys[keysSent]
                if lines.count >= keys.afterExpectedLines && now - lastOutput >= keys.delay {
                    keysSent += 1
                    return keys.bytes
                }
            } else if atPrompt {
                judge()
                current += 1
                guard current < transcript.steps.count else { state = .finished; return nil }
                return startStep(prompt: partial, now: now)
            }
            if now - stepStarted > stepTimeout {
                stall(["no prompt within \(Int(stepTimeout)) s; output so far:"] + lines.map { "  " + $0 })
            }
            return nil
        case .finished:
            return nil
        }
    }

    /// The run ended (QEMU exited or a limit ran out) before the session did.
    public mutating func end(reason: String) {
        guard !isFinished else { return }
        fail([reason] + lines.map { "  " + $0 }, abort: true)
    }

    private mutating func startStep(prompt: String, now: Double) -> [UInt8] {
        let step = transcript.steps[current]
        lines = []
        keysSent = 0
        stepStarted = now
        lastOutput = now
        state = .waitingForEcho(prompt + step.command)
        return Array(step.command.utf8) + [0x0D]
    }

    private mutating func judge() {
        let step = transcript.steps[current]
        if linesMatch(lines[...], step.expected[...]) {
            results.append(SessionStepResult(step: step, passed: true, diagnostics: []))
        } else {
            results.append(SessionStepResult(step: step, passed: false,
                                             diagnostics: ["expected:"] + step.expected.map { "  " + Self.describe($0) }
                                                 + ["got:"] + lines.map { "  " + $0 }))
        }
    }

    private mutating func stall(_ diagnostics: [String]) {
        stalled = true
        fail(diagnostics, abort: true)
    }

    /// Records the current step as failed; with `abort` the rest are not run.
    private mutating func fail(_ diagnostics: [String], abort: Bool) {
        guard current < transcript.steps.count else { state = .finished; return }
        results.append(SessionStepResult(step: transcript.steps[current], passed: false, diagnostics: diagnostics))
        if abort {
            for step in transcript.steps[(current + 1)...] {
                results.append(SessionStepResult(step: step, passed: false, diagnostics: ["not run: an earlier command failed"]))
            }
            current = transcript.steps.count
            state = .finished
        }
    }

    static func describe(_ line: ExpectedLine) -> String {
        switch line {
        case .exact(let text): return text
        case .pattern(let pattern): return "~ " + pattern
        case .anyLines: return "..."
        }
    }
}
