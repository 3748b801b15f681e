// ConsoleTranscript.parse and ConsoleSession: a transcript replayed against scripted serial
// output — the prompt, the echo, output with exact lines, patterns and `...`, typed keys
// with their delay, kernel log lines ignored, and each way a step fails.
import Testing
@testable import RunnerKit

struct ConsoleTranscriptTests {
    @Test func parsesEveryDirective() throws {
        let transcript = try ConsoleTranscript.parse("""
            -- a comment
            prompt: \\$ 
            $ echo hi
            hi
            $ sleep 10
            ! delay=1.5 \\x03
            ~ \\^C.*
            ...

            """)
        #expect(transcript.prompt == "\\$ ")
        #expect(transcript.steps.count == 2)
        #expect(transcript.steps[0] == SessionStep(command: "echo hi", expected: [.exact("hi")], keys: [], line: 3))
        #expect(transcript.steps[1].keys == [TypedKeys(bytes: [0x03], delay: 1.5, afterExpectedLines: 0)])
        #expect(transcript.steps[1].expected == [.pattern("\\^C.*"), .anyLines])
    }

    @Test(arguments: [
        ("", "no commands"),
        ("hi\n$ echo", "line 1: output expected before the first command"),
        ("! x", "line 1: keys before the first command"),
        ("$ a\n~ (", "line 2:"),
        ("$ a\nprompt: x", "line 2: prompt: must come before"),
        ("$ a\n! delay=abc x", "line 2: bad delay"),
        ("$ a\n! \\q", "line 2:"),
    ])
    func refusesMalformed(text: String, message: String) {
        #expect {
            _ = try ConsoleTranscript.parse(text)
        } throws: { error in
            (error as? UsageError)?.message.contains(message) == true
        }
    }

    @Test func anyLinesMatchesZeroOrMore() {
        let expected: [ExpectedLine] = [.exact("a"), .anyLines, .exact("z")]
        #expect(linesMatch(["a", "z"][...], expected[...]))
        #expect(linesMatch(["a", "b", "c", "z"][...], expected[...]))
        #expect(!linesMatch(["a", "b"][...], expected[...]))
        #expect(!linesMatch(["a", "z", "extra"][...], expected[...]))
        #expect(linesMatch([][...], [ExpectedLine.anyLines][...]))
        #expect(!linesMatch(["x"][...], [][...]))
    }
}

/// Feeds a session the way apus-run does, recording what it typed.
struct SessionDriver {
    var session: ConsoleSession
    var typed: [String] = []
    var now = 0.0

    init(_ text: String, stepTimeout: Double = 60) throws {
        session = ConsoleSession(try ConsoleTranscript.parse(text), stepTimeout: stepTimeout)
    }

    mutating func output(lines: [String], partial: String, after seconds: Double = 0.1) {
        now += seconds
        for line in lines { session.line(line, now: now) }
        if let bytes = session.poll(partial: partial, now: now) { typed.append(String(decoding: bytes, as: UTF8.self)) }
    }
}

struct ConsoleSessionTests {
    @Test func typesAtThePromptAndJudgesEachCommand() throws {
        var d = try SessionDriver("$ echo hi\nhi\n$ ls\n~ [a-z]+\n...\n")
        d.output(lines: ["Apus kernel", "[    0.5] info  starting init"], partial: "")
        #expect(d.typed.isEmpty)
        d.output(lines: [], partial: "# ")
        #expect(d.typed == ["echo hi\r"])
        d.output(lines: [], partial: "# echo hi")             // typing echoed, not yet Return
        d.output(lines: ["# echo hi", "hi"], partial: "# ")
        #expect(d.typed == ["echo hi\r", "ls\r"])
        d.output(lines: ["# ls", "[    1.0] warn  a kernel line in between", "bin", "etc", "tmp"], partial: "# ")
        #expect(d.session.isFinished)
        #expect(d.session.results.map(\.passed) == [true, true])
    }

    @Test func wrongOutputFailsThatCommandOnly() throws {
        var d = try SessionDriver("$ echo hi\nhi\n$ true\n")
        d.output(lines: [], partial: "$ ")
        d.output(lines: ["$ echo hi", "ho"], partial: "$ ")
        d.output(lines: ["$ true"], partial: "$ ")
        #expect(d.session.results.map(\.passed) == [false, true])
        #expect(d.session.results[0].diagnostics == ["expected:", "  hi", "got:", "  ho"])
    }

    @Test func keysWaitForTheirLinesAndDelay() throws {
        var d = try SessionDriver("$ cat\n! one\\r\none\n! delay=2 \\x04\none\n")
        d.output(lines: [], partial: "# ")
        d.output(lines: ["# cat"], partial: "")
        #expect(d.typed == ["cat\r", "one\r"])
        d.output(lines: ["one"], partial: "", after: 0.5)      // the echo of what we typed
        d.output(lines: [], partial: "", after: 1)             // 1 s of quiet: not yet
        #expect(d.typed.count == 2)
        d.output(lines: [], partial: "", after: 1.5)
        #expect(d.typed.last == "\u{04}")
        d.output(lines: ["one"], partial: "# ")
        #expect(d.session.isFinished && d.session.results.map(\.passed) == [true])
    }

    @Test func aMissingEchoAbortsTheRest() throws {
        var d = try SessionDriver("$ echo hi\n$ true\n")
        d.output(lines: [], partial: "# ")
        d.output(lines: ["something else"], partial: "")
        #expect(d.session.isFinished)
        #expect(d.session.results.map(\.passed) == [false, false])
        #expect(d.session.results[1].diagnostics == ["not run: an earlier command failed"])
    }

    @Test func aCommandThatNeverReturnsTimesOut() throws {
        var d = try SessionDriver("$ sleep 100\n", stepTimeout: 5)
        d.output(lines: [], partial: "# ")
        d.output(lines: ["# sleep 100"], partial: "")
        d.output(lines: [], partial: "", after: 6)
        #expect(d.session.isFinished && d.session.results.map(\.passed) == [false])
        #expect(d.session.stalled)
    }

    @Test func aTranscriptSetsItsOwnTimeout() throws {
        var d = try SessionDriver("timeout: 2\n$ sleep 100\n", stepTimeout: 60)
        d.output(lines: [], partial: "# ")
        d.output(lines: ["# sleep 100"], partial: "")
        d.output(lines: [], partial: "", after: 1)
        #expect(!d.session.isFinished)
        d.output(lines: [], partial: "", after: 1.5)
        #expect(d.session.isFinished && d.session.stalled)
    }

    @Test func wrongOutputIsNotAStall() throws {
        var d = try SessionDriver("$ echo hi\n")
        d.output(lines: [], partial: "# ")
        d.output(lines: ["something else"], partial: "")
        #expect(d.session.isFinished && !d.session.stalled)
    }

    @Test(arguments: ["timeout: 0", "timeout: -1", "timeout: soon", "$ true\ntimeout: 5"])
    func badTimeoutsAreRefused(_ text: String) {
        #expect(throws: UsageError.self) { try ConsoleTranscript.parse(text + "\n$ true\n") }
    }

    @Test func theRunEndingEarlyFailsWhatIsLeft() throws {
        var d = try SessionDriver("$ poweroff\n$ true\n")
        d.output(lines: [], partial: "# ")
        d.session.end(reason: "the run ended first")
        #expect(d.session.results.map(\.passed) == [false, false])
    }
}
