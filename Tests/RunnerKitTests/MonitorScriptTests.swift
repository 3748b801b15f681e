// --monitor and --keys: parsing, the text → sendkey mapping (US layout, shifted
// punctuation, controls, {name} keys), steps firing in order (several on one line), and
// the monitor pipe on QEMU's command line.
import Testing
@testable import RunnerKit

@Suite struct MonitorScriptTests {
    @Test(arguments: [
        ("a", ["sendkey a"]), ("Z", ["sendkey shift-z"]), ("0", ["sendkey 0"]),
        (" \\r\\n\\t\\x7f\\e", ["sendkey spc", "sendkey ret", "sendkey ret", "sendkey tab", "sendkey backspace", "sendkey esc"]),
        ("!)?_", ["sendkey shift-1", "sendkey shift-0", "sendkey shift-slash", "sendkey shift-minus"]),
        ("\\x03", ["sendkey ctrl-c"]),
        ("{up}x{ctrl-alt-delete}", ["sendkey up", "sendkey x", "sendkey ctrl-alt-delete"]),
        ("", []),
    ] as [(String, [String])])
    func keysBecomeSendkeyCommands(text: String, expected: [String]) throws {
        #expect(try SendKeys.commands(for: text) == expected)
    }

    @Test func badKeysAreUsageErrors() {
        #expect(throws: UsageError.self) { try SendKeys.commands(for: "{up") }
        #expect(throws: UsageError.self) { try SendKeys.commands(for: "{}") }
        #expect(throws: UsageError.self) { try SendKeys.commands(for: "{a b}") }
        #expect(throws: UsageError.self) { try SendKeys.commands(for: "\\x80") }
        #expect(throws: UsageError.self) { try MonitorStep.parseCommand("=>screendump x") }
        #expect(throws: UsageError.self) { try MonitorStep.parseCommand("ready=>") }
        #expect(throws: UsageError.self) { try MonitorStep.parseKeys("no arrow") }
    }

    @Test func stepsFireInOrderAndSeveralOnOneLine() throws {
        var script = MonitorScript([
            try MonitorStep.parseCommand("ready=>screendump /tmp/a.ppm"),
            try MonitorStep.parseKeys("ready=>hi"),
            try MonitorStep.parseCommand("later=>info status"),
        ])
        #expect(script.commands(after: "later") == [])   // not yet: "ready" comes first
        #expect(script.commands(after: "# ready now") == ["screendump /tmp/a.ppm", "sendkey h", "sendkey i"])
        #expect(!script.isFinished)
        #expect(script.commands(after: "later on") == ["info status"])
        #expect(script.isFinished && script.commands(after: "later") == [])
    }

    @Test func optionsKeepTheOrderOfMonitorAndKeys() throws {
        let command = try RunnerOptions.parse(["--image", "x.img", "--keys", "a=>q", "--monitor", "b=>screendump s.ppm", "--keys=c=>{up}"])
        guard case .run(let options, _, _, _) = command else { Issue.record("not a run"); return }
        #expect(options.monitorInput.map(\.marker) == ["a", "b", "c"])
        #expect(options.monitorInput[1].commands == ["screendump s.ppm"])
    }

    @Test func monitorPipeOnTheQemuCommandLine() {
        let plain = QemuArguments.make(BootOptions(image: "i"), vars: "v", image: "d")
        #expect(!plain.contains("-chardev"))
        let piped = QemuArguments.make(BootOptions(image: "i"), vars: "v", image: "d", monitorPipe: "/tmp/r,x/monitor")
        let at = piped.firstIndex(of: "-chardev")
        #expect(at != nil && piped[at! + 1] == "pipe,id=apusmon,path=/tmp/r,,x/monitor")
        #expect(piped.suffix(2) == ["-mon", "chardev=apusmon,mode=readline"])
    }
}
