// KernelCommandLine (Kernel/Core/CommandLine.swift): splitting, quotes, duplicates, the
// typed accessors, and malformed input that must not trap.
import Testing
@testable import KernelCore

/// The options as "key=value" / "key" strings, for compact tables.
func flattened(_ line: KernelCommandLine) -> [String] {
    line.options.map { option in option.value.map { option.key + "=" + $0 } ?? option.key }
}

struct CommandLineTests {
    static let splittingCases: [(String, [String])] = [
        ("", []),
        ("   \t\n ", []),
        ("quiet", ["quiet"]),
        ("  quiet  ", ["quiet"]),
        ("a b\tc\nd", ["a", "b", "c", "d"]),
        ("init=/bin/sh", ["init=/bin/sh"]),
        ("key=", ["key="]),
        ("=x", ["=x"]),
        ("=", ["="]),
        ("a=b=c", ["a=b=c"]),
        ("name=\"a b\" next", ["name=a b", "next"]),
        ("\"whole word\" x", ["whole word", "x"]),
        ("\"k=v w\"", ["k=v w"]),
        ("name=\"unterminated rest of line", ["name=unterminated rest of line"]),
        ("\"", []),
        ("\"\"", []),
        ("a\"\"b", ["ab"]),
        ("x=\"\"", ["x="]),
        ("q=\"a\"\"b c\"", ["q=ab c"]),
        ("é=ü", ["é=ü"]),
    ]

    @Test(arguments: splittingCases)
    func splitting(text: String, expected: [String]) {
        #expect(flattened(KernelCommandLine(text)) == expected)
    }

    @Test func bytesStopAtNUL() {
        let bytes: [UInt8] = Array("selftest init=/x".utf8) + [0] + Array("junk".utf8)
        let line = bytes.withUnsafeBytes { KernelCommandLine(bytes: $0) }
        #expect(flattened(line) == ["selftest", "init=/x"])
        let unterminated: [UInt8] = Array("quiet".utf8)
        #expect(unterminated.withUnsafeBytes { KernelCommandLine(bytes: $0) }.quiet)
        #expect(flattened(KernelCommandLine(bytes: UnsafeRawBufferPointer(start: nil, count: 0))) == [])
    }

    @Test func laterDuplicatesWin() {
        let line = KernelCommandLine("init=/a loglevel=debug init=/b init")
        #expect(line.value("init") == "/b")
        #expect(line.initPath == "/b")
        #expect(line.has("init"))
        #expect(!line.has("ini"))
        #expect(line.value("missing") == nil)
        #expect(line.value("loglevel") == "debug")
    }

    static let boolCases: [(String, Bool?)] = [
        ("", nil), ("selftest", true), ("selftest=1", true), ("selftest=0", false), ("selftest=no", false),
        ("selftest=OFF", false), ("selftest=False", false), ("selftest=yes", true), ("selftest=on", true),
        ("selftest=", true), ("selftest=whatever", true), ("selftest selftest=0", false), ("selftest=0 selftest", true),
        ("selftests", nil),
    ]

    @Test(arguments: boolCases)
    func booleans(text: String, expected: Bool?) {
        let line = KernelCommandLine(text)
        #expect(line.bool("selftest") == expected)
        #expect(line.selftest == (expected ?? false))
    }

    static let testExitCases: [(String, Bool)] = [
        ("", false), ("testexit", true), ("testexit=0", false), ("selftest", true),
        ("selftest testexit=0", true), ("init=/x testexit", true), ("testexits", false),
    ]

    @Test(arguments: testExitCases)
    func testExit(text: String, expected: Bool) {
        #expect(KernelCommandLine(text).testExit == expected)
    }

    static let logLevelCases: [(String, LogLevel)] = [
        ("", .info), ("quiet", .warn), ("quiet=0", .info), ("debug", .debug), ("loglevel=0", .error),
        ("loglevel=4", .error), ("loglevel=5", .warn), ("loglevel=6", .warn), ("loglevel=7", .info),
        ("loglevel=8", .debug), ("loglevel=99999999999999999999", .debug), ("loglevel=error", .error),
        ("loglevel=err", .error), ("loglevel=warn", .warn), ("loglevel=warning", .warn), ("loglevel=info", .info),
        ("loglevel=debug", .debug), ("loglevel=", .info), ("loglevel=-1", .info), ("loglevel=7x", .info),
        ("loglevel=loud", .info), ("loglevel", .info), ("quiet loglevel=debug", .debug),
        ("loglevel=debug quiet", .warn), ("debug quiet", .warn), ("quiet debug", .debug),
    ]

    @Test(arguments: logLevelCases)
    func logLevels(text: String, expected: LogLevel) {
        #expect(KernelCommandLine(text).logLevel == expected)
    }

    @Test func typedDefaults() {
        let line = KernelCommandLine("")
        #expect(!line.selftest)
        #expect(!line.quiet)
        #expect(line.initPath == "/sbin/init")
        #expect(line.logLevel == .info)
        #expect(KernelCommandLine("init=").initPath == "/sbin/init")
        #expect(KernelCommandLine("init=\"/my init\"").initPath == "/my init")
        #expect(KernelCommandLine("quiet").quiet)
        #expect(LogLevel.error < .warn && LogLevel.warn < .info && LogLevel.info < .debug)
    }

    /// The kernel's own self-test line (Kernel/SelfTest/RuntimeTests.swift).
    @Test func kernelSelfTestLine() {
        let line = KernelCommandLine("selftest init=/bin/x loglevel=debug name=\"a b\"")
        #expect(line.selftest)
        #expect(line.initPath == "/bin/x")
        #expect(line.logLevel == .debug)
        #expect(line.value("name") == "a b")
    }

    /// Random bytes, quotes and equals signs: parsing must not trap, and no key or value
    /// contains a quote or (outside quotes) white space.
    @Test(arguments: Array(UInt64(1)...UInt64(50)))
    func randomInputDoesNotTrap(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let alphabet: [UInt8] = Array("ab=\" \t\n\0\u{7f}".utf8) + [0xFF, 0xC3]
        let bytes = (0..<Int.random(in: 0...80, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
        let line = bytes.withUnsafeBytes { KernelCommandLine(bytes: $0) }
        for option in line.options {
            #expect(!option.key.utf8.contains(UInt8(ascii: "\"")))
            #expect(!option.key.utf8.contains(UInt8(ascii: "=")))
        }
        _ = line.logLevel
        _ = line.initPath
    }
}

/// What the kernel hands on to init (Linux: unknown_bootoption and the `--` rule).
@Suite struct InitArgumentsTests {
    static let cases: [(String, [String], [String])] = [
        ("", [], []),
        ("init=/x selftest testexit quiet loglevel=7 debug crash=panic verbose", [], []),
        ("single", ["single"], []),
        ("BENCH_SCALE=20 LANG=C", [], ["BENCH_SCALE=20", "LANG=C"]),
        ("a=1 b c=", ["b"], ["a=1", "c="]),
        ("usbcore.autosuspend=1 foo.bar x", ["x"], []),        // module parameters go nowhere
        ("x=a.b", [], ["x=a.b"]),                              // a dot in the value is fine
        ("quiet -- init=/y a=b c", ["init=/y", "a=b", "c"], []),
        ("INIT=/z", [], ["INIT=/z"]),                          // names are case-sensitive
    ]

    @Test(arguments: cases)
    func handedOn(text: String, argv: [String], environment: [String]) {
        let result = KernelCommandLine(text).initArguments
        #expect(result.argv == argv, "\(text)")
        #expect(result.environment == environment, "\(text)")
    }
}
