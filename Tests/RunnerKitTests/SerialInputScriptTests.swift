// SerialInputStep/Script: `--send MARKER=>TEXT` parsing, escapes, and steps firing in order,
// one per matching line.
import Testing
@testable import RunnerKit

struct SerialInputScriptTests {
    @Test(arguments: [
        ("ready=>hi\\r", "ready", [UInt8]("hi\r".utf8)),
        ("a=>b=>c", "a", [UInt8]("b=>c".utf8)),              // split at the first arrow
        ("# tty: line=>ab\\x7fc\\r", "# tty: line", [0x61, 0x62, 0x7F, 0x63, 0x0D]),
        ("m=>\\x03", "m", [0x03]),
        ("m=>\\x04\\x1A\\e\\t\\n\\\\", "m", [0x04, 0x1A, 0x1B, 0x09, 0x0A, 0x5C]),
        ("m=>", "m", []),
    ])
    func parses(spec: String, marker: String, bytes: [UInt8]) throws {
        #expect(try SerialInputStep.parse(spec) == SerialInputStep(marker: marker, bytes: bytes))
    }

    @Test(arguments: ["no arrow", "=>text", "m=>\\", "m=>\\x4", "m=>\\xZZ", "m=>\\q"])
    func refuses(spec: String) {
        #expect(throws: UsageError.self) { try SerialInputStep.parse(spec) }
    }

    @Test func stepsFireInOrderOncePerLine() {
        var script = SerialInputScript([SerialInputStep(marker: "one", bytes: [1]),
                                        SerialInputStep(marker: "two", bytes: [2])])
        #expect(script.input(after: "two first") == nil)        // not its turn yet
        #expect(script.input(after: "# one two") == [1])         // one step per line
        #expect(!script.isFinished)
        #expect(script.input(after: "nothing") == nil)
        #expect(script.input(after: "two") == [2])
        #expect(script.isFinished)
        #expect(script.input(after: "one two") == nil)
    }

    @Test func optionIsRepeatableAndKeepsOrder() throws {
        let command = try RunnerOptions.parse(["--image", "a.img", "--send", "x=>1", "--send=y=>2\\r"])
        guard case .run(let options, _, _, _) = command else { Issue.record("not a run"); return }
        #expect(options.serialInput == [SerialInputStep(marker: "x", bytes: [0x31]),
                                        SerialInputStep(marker: "y", bytes: [0x32, 0x0D])])
    }

    @Test func badSendIsAUsageError() {
        #expect(throws: UsageError.self) { try RunnerOptions.parse(["--image", "a.img", "--send", "nomarker"]) }
    }
}
