// RunnerOptions.parse: defaults, every option, and the combinations it refuses.
import Testing
@testable import RunnerKit

struct RunnerOptionsTests {
    private func parse(_ arguments: [String]) throws(UsageError) -> RunnerCommand {
        try RunnerOptions.parse(arguments)
    }

    @Test func defaults() throws {
        let command = try parse(["--image", "build/apus.img"])
        let expected = BootOptions(image: "build/apus.img")
        #expect(command == .run(expected, expectFail: false, expectedOutput: [], expectReset: false))
        #expect(expected.timeout == 300 && expected.silence == 60)
        #expect(expected.memory == "256M" && expected.cpus == 1 && !expected.usb)
        #expect(expected.ovmfCode == "/usr/share/OVMF/OVMF_CODE_4M.fd")
        #expect(expected.ovmfVars == "/usr/share/OVMF/OVMF_VARS_4M.fd")
        #expect(expected.qemu == "qemu-system-x86_64")
    }

    @Test func everyOption() throws {
        let command = try parse([
            "--image", "a.img", "--cmdline", "selftest loglevel=debug", "--log", "out.log",
            "--timeout", "240", "--silence=90", "--memory", "1G", "--smp", "4", "--usb",
            "--qemu-arg", "-d", "--qemu-arg=int,cpu_reset", "--ovmf-code", "code.fd",
            "--ovmf-vars", "vars.fd", "--qemu", "./fake-qemu", "--expect-fail",
            "--expect-output", "CR2 0x8", "--expect-output", "backtrace:",
        ])
        var options = BootOptions(image: "a.img")
        options.cmdline = "selftest loglevel=debug"
        options.log = "out.log"
        options.timeout = 240
        options.silence = 90
        options.memory = "1G"
        options.cpus = 4
        options.usb = true
        options.extraQemuArguments = ["-d", "int,cpu_reset"]
        options.ovmfCode = "code.fd"
        options.ovmfVars = "vars.fd"
        options.qemu = "./fake-qemu"
        #expect(command == .run(options, expectFail: true, expectedOutput: ["CR2 0x8", "backtrace:"]))
    }

    @Test func expectReset() throws {
        #expect(try parse(["--image", "x", "--expect-reset"])
            == .run(BootOptions(image: "x"), expectFail: false, expectedOutput: [], expectReset: true))
        #expect(try parse(["--image", "x", "--expect-poweroff"])
            == .run(BootOptions(image: "x"), expectFail: false, expectedOutput: [], expectReset: true))
        #expect(throws: UsageError.self) { try parse(["--image", "x", "--expect-reset", "--expect-fail"]) }
        #expect(throws: UsageError.self) { try parse(["--image", "x", "--expect-reset", "--boot-time", "1"]) }
    }

    @Test func equalsInsideAValue() throws {
        let command = try parse(["--image=x.img", "--cmdline=init=/bin/sh quiet"])
        guard case .run(let options, _, _, _) = command else { Issue.record("not a run"); return }
        #expect(options.image == "x.img")
        #expect(options.cmdline == "init=/bin/sh quiet")
    }

    @Test func fractionalSeconds() throws {
        guard case .run(let options, _, _, _) = try parse(["--image", "x", "--timeout", "0.5", "--silence", "2.25"])
        else { Issue.record("not a run"); return }
        #expect(options.timeout == 0.5 && options.silence == 2.25)
    }

    @Test func bootTime() throws {
        #expect(try parse(["--image", "x", "--boot-time", "5"])
            == .bootTime(BootOptions(image: "x"), boots: 5, marker: "Apus kernel"))
        #expect(try parse(["--image", "x", "--boot-time", "1", "--marker", "Hello"])
            == .bootTime(BootOptions(image: "x"), boots: 1, marker: "Hello"))
    }

    @Test func tapFromXUnit() throws {
        #expect(try parse(["--tap-from-xunit", "a.xml", "a-swift-testing.xml"])
            == .tapFromXUnit(["a.xml", "a-swift-testing.xml"]))
        #expect(try parse(["--tap-from-xunit=a.xml", "b.xml"]) == .tapFromXUnit(["a.xml", "b.xml"]))
    }

    @Test func help() throws {
        #expect(try parse(["--help"]) == .help)
        #expect(try parse(["-h"]) == .help)
    }

    @Test(arguments: [
        [String](),
        ["--cmdline", "x"],
        ["--image"],
        ["--image", "x", "--bogus"],
        ["--image", "x", "extra"],
        ["--image", "x", "--image", "y"],
        ["--image", "x", "--timeout", "0"],
        ["--image", "x", "--timeout", "-1"],
        ["--image", "x", "--timeout", "soon"],
        ["--image", "x", "--timeout", "inf"],
        ["--image", "x", "--silence", "0"],
        ["--image", "x", "--smp", "0"],
        ["--image", "x", "--smp", "two"],
        ["--image", "x", "--smp", "256"],
        ["--image", "x", "--memory", ""],
        ["--image", "x", "--usb=yes"],
        ["--image", "x", "--expect-output", "(unclosed"],
        ["--image", "x", "--boot-time", "0"],
        ["--image", "x", "--boot-time", "3", "--expect-fail"],
        ["--image", "x", "--boot-time", "3", "--expect-output", "x"],
        ["--image", "x", "--marker", "Apus"],
        ["--tap-from-xunit"],
        ["--image", "x", "--tap-from-xunit", "a.xml"],
    ])
    func usageErrors(arguments: [String]) {
        #expect(throws: UsageError.self) { try parse(arguments) }
    }
}
