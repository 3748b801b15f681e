// Parses apus-run's command line into a RunnerCommand. Pure, so every rule about which
// options go together is unit-tested rather than discovered at a slow QEMU boot.

/// apus-run's command-line grammar.
public enum RunnerOptions {
    /// The text `--help` prints and a usage error points to.
    public static let usage = """
        usage: apus-run --image PATH [options]          boot once, judge the test run
               apus-run --image PATH --boot-time N [--marker TEXT]   time N boots
               apus-run --tap-from-xunit FILE...       convert xUnit XML to TAP
        options:
          --cmdline STRING     replace apus/cmdline in a copy of the image
          --log PATH           also write the serial output (escapes stripped) here
          --timeout SECONDS    total time limit (default 300)
          --silence SECONDS    limit on time without serial output (default 60)
          --memory SIZE        guest memory (default 256M)
          --smp N              guest CPUs (default 1)
          --usb                attach the image as a USB stick (xHCI)
          --qemu-arg ARG       extra QEMU argument (repeatable)
          --ovmf-code PATH     firmware code (default /usr/share/OVMF/OVMF_CODE_4M.fd)
          --ovmf-vars PATH     firmware variables, copied per boot (default /usr/share/OVMF/OVMF_VARS_4M.fd)
          --expect-fail        succeed only if the run fails (for testing the runner)
          --expect-output RE   the serial output must match RE (repeatable)
          --expect-reset, --expect-poweroff
                               the machine must reset or power off by itself (both end QEMU
                               with status 0 under -no-reboot), not exit with the pass status
          --send MARKER=>TEXT  type TEXT on the serial console after a line containing
                               MARKER (repeatable, in order; escapes \\r \\n \\t \\e \\\\ \\xHH)
          --monitor MARKER=>CMD  run a QEMU monitor command (e.g. screendump FILE) after a
                               line containing MARKER (repeatable, in order with --keys)
          --keys MARKER=>TEXT  type TEXT on the guest's keyboard (sendkey) after MARKER;
                               --send's escapes, and {name} for a QEMU key ({up}, {ctrl-c})
          --session FILE       replay a console transcript (ConsoleTranscript.swift): type
                               each command at the prompt, check its output; TAP per command
          --boot-time N        boot N times, report the median time to --marker
          --marker TEXT        boot-time marker (default "Apus kernel")
        exit status: 0 pass, 1 fail, 2 usage error
        """

    /// Options that take a value.
    private static let valued: Set<String> = [
        "--image", "--cmdline", "--log", "--timeout", "--silence", "--memory", "--smp",
        "--qemu-arg", "--ovmf-code", "--ovmf-vars", "--expect-output", "--boot-time",
        "--marker", "--qemu", "--send", "--monitor", "--keys", "--session",
    ]
    /// Options that are flags.
    private static let flags: Set<String> = ["--usb", "--expect-fail", "--expect-reset", "--expect-poweroff", "--help", "-h"]

    /// Parses the arguments after the program name.
    public static func parse(_ arguments: [String]) throws(UsageError) -> RunnerCommand {
        if let first = arguments.first, first == "--tap-from-xunit" || first.hasPrefix("--tap-from-xunit=") {
            return try parseXUnit(arguments)
        }
        var values: [String: [String]] = [:]
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            var value: String?
            if let equals = name.firstIndex(of: "="), name.hasPrefix("--") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if name == "--tap-from-xunit" {
                throw UsageError("--tap-from-xunit must come first and takes only file names")
            } else if flags.contains(name) {
                guard value == nil else { throw UsageError("\(name) takes no value") }
                values[name, default: []].append("")
            } else if valued.contains(name) {
                if value == nil {
                    index += 1
                    guard index < arguments.count else { throw UsageError("\(name) needs a value") }
                    value = arguments[index]
                }
                values[name, default: []].append(value!)
                if name == "--monitor" || name == "--keys" {
                    values["--monitor-ordered", default: []].append((name == "--monitor" ? "c:" : "k:") + value!)
                }
            } else {
                throw UsageError("unknown argument '\(arguments[index])'")
            }
            index += 1
        }
        return try command(from: values)
    }

    private static func parseXUnit(_ arguments: [String]) throws(UsageError) -> RunnerCommand {
        var files = Array(arguments.dropFirst())
        if let inline = arguments[0].split(separator: "=", maxSplits: 1).dropFirst().first {
            files.insert(String(inline), at: 0)
        }
        guard !files.isEmpty else { throw UsageError("--tap-from-xunit needs at least one file") }
        return .tapFromXUnit(files)
    }

    /// Checks the options against each other and builds the command.
    private static func command(from values: [String: [String]]) throws(UsageError) -> RunnerCommand {
        for (name, given) in values where given.count > 1 && !["--qemu-arg", "--expect-output", "--send", "--monitor", "--keys", "--monitor-ordered"].contains(name) {
            throw UsageError("\(name) given more than once")
        }
        func single(_ name: String) -> String? { values[name]?.first }
        if values["--help"] != nil || values["-h"] != nil { return .help }
        guard let image = single("--image") else { throw UsageError("--image is required") }

        var options = BootOptions(image: image)
        options.cmdline = single("--cmdline")
        options.log = single("--log")
        if let text = single("--timeout") { options.timeout = try seconds(text, for: "--timeout") }
        if let text = single("--silence") { options.silence = try seconds(text, for: "--silence") }
        if let memory = single("--memory") {
            guard !memory.isEmpty else { throw UsageError("--memory needs a size such as 256M") }
            options.memory = memory
        }
        if let text = single("--smp") { options.cpus = try count(text, for: "--smp", max: 255) }
        options.usb = values["--usb"] != nil
        options.extraQemuArguments = values["--qemu-arg"] ?? []
        if let path = single("--ovmf-code") { options.ovmfCode = path }
        if let path = single("--ovmf-vars") { options.ovmfVars = path }
        if let path = single("--qemu") { options.qemu = path }
        var steps: [SerialInputStep] = []
        for spec in values["--send"] ?? [] { steps.append(try SerialInputStep.parse(spec)) }
        options.serialInput = steps
        options.monitorInput = try monitorSteps(in: values)

        let expectFail = values["--expect-fail"] != nil
        let expectReset = values["--expect-reset"] != nil || values["--expect-poweroff"] != nil
        if expectFail && expectReset { throw UsageError("--expect-reset/--expect-poweroff do not go with --expect-fail") }
        let patterns = values["--expect-output"] ?? []
        for pattern in patterns where (try? Regex(pattern)) == nil {
            throw UsageError("--expect-output '\(pattern)' is not a valid regular expression")
        }
        if let path = single("--session") {
            guard !expectFail, !expectReset, patterns.isEmpty, steps.isEmpty, single("--boot-time") == nil else {
                throw UsageError("--session goes alone: not with --expect-fail, --expect-reset, --expect-output, --send or --boot-time")
            }
            return .session(options, transcript: path)
        }
        if let text = single("--boot-time") {
            guard !expectFail, !expectReset, patterns.isEmpty else {
                throw UsageError("--boot-time does not go with --expect-fail, --expect-reset or --expect-output")
            }
            let boots = try count(text, for: "--boot-time", max: 1000)
            return .bootTime(options, boots: boots, marker: single("--marker") ?? "Apus kernel")
        }
        guard single("--marker") == nil else { throw UsageError("--marker only goes with --boot-time") }
        return .run(options, expectFail: expectFail, expectedOutput: patterns, expectReset: expectReset)
    }

    /// --monitor and --keys steps in command-line order (their relative order matters).
    private static func monitorSteps(in values: [String: [String]]) throws(UsageError) -> [MonitorStep] {
        var steps: [MonitorStep] = []
        for spec in values["--monitor-ordered"] ?? [] {
            if spec.hasPrefix("c:") { steps.append(try MonitorStep.parseCommand(String(spec.dropFirst(2)))) }
            else { steps.append(try MonitorStep.parseKeys(String(spec.dropFirst(2)))) }
        }
        return steps
    }

    /// A positive number of seconds (fractions allowed).
    private static func seconds(_ text: String, for name: String) throws(UsageError) -> Double {
        guard let value = Double(text), value > 0, value.isFinite else {
            throw UsageError("\(name) needs a positive number of seconds, not '\(text)'")
        }
        return value
    }

    /// A whole number from 1 to `max`.
    private static func count(_ text: String, for name: String, max: Int) throws(UsageError) -> Int {
        guard let value = Int(text), (1...max).contains(value) else {
            throw UsageError("\(name) needs a whole number from 1 to \(max), not '\(text)'")
        }
        return value
    }
}
