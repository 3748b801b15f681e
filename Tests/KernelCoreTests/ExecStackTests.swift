// ExecStack (Kernel/Core/ExecStack.swift): images parsed back as a C runtime's _start would,
// alignment over many argument shapes, the E2BIG edges, and the host kernel's own initial
// stack (from /proc/self/auxv) as the oracle for where the random bytes, platform string and
// execfn go.
import Foundation
import Testing
import LinuxABI
@testable import KernelCore

/// What a program's _start sees, read back from an image.
struct ParsedStack: Equatable {
    var argv: [String]
    var envp: [String]
    var auxv: [(UInt64, UInt64)]
    var auxvEnd: UInt64
    static func == (lhs: ParsedStack, rhs: ParsedStack) -> Bool {
        lhs.argv == rhs.argv && lhs.envp == rhs.envp && lhs.auxv.elementsEqual(rhs.auxv, by: { $0 == $1 })
    }
}

extension ExecStackImage {
    var base: UInt64 { stackPointer.value }
    var top: UInt64 { base + UInt64(bytes.count) }

    func word(at address: UInt64) -> UInt64? {
        guard address >= base, address + 8 <= top else { return nil }
        let offset = Int(address - base)
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << UInt64($1 * 8) }
    }

    func string(at address: UInt64) -> String? {
        guard address >= base, address < top else { return nil }
        var offset = Int(address - base)
        var result: [UInt8] = []
        while offset < bytes.count, bytes[offset] != 0 { result.append(bytes[offset]); offset += 1 }
        return offset < bytes.count ? String(decoding: result, as: UTF8.self) : nil
    }

    func parse() -> ParsedStack? {
        var cursor = base
        guard let argc = word(at: cursor) else { return nil }
        cursor += 8
        var argv: [String] = []
        for _ in 0..<argc {
            guard let pointer = word(at: cursor), let string = string(at: pointer) else { return nil }
            argv.append(string)
            cursor += 8
        }
        guard word(at: cursor) == 0 else { return nil }
        cursor += 8
        var envp: [String] = []
        while let pointer = word(at: cursor), pointer != 0 {
            guard let string = string(at: pointer) else { return nil }
            envp.append(string)
            cursor += 8
        }
        cursor += 8
        var auxv: [(UInt64, UInt64)] = []
        while true {
            guard let key = word(at: cursor), let value = word(at: cursor + 8) else { return nil }
            cursor += 16
            if key == Auxv.AT_NULL { break }
            auxv.append((key, value))
        }
        return ParsedStack(argv: argv, envp: envp, auxv: auxv, auxvEnd: cursor)
    }

    func auxv(_ key: UInt64) -> UInt64? { parse()?.auxv.first { $0.0 == key }?.1 }
}

let stackTop = VirtAddr(checking: 0x0000_3FFF_FFFF_F000)!
let randomBytes: [UInt8] = Array(0xA0..<0xB0)

func build(_ argv: [String], _ envp: [String] = [], execfn: String = "/bin/prog",
           auxv: [(key: UInt64, value: UInt64)] = [], top: VirtAddr = stackTop,
           limit: Int = ExecStack.argumentSpace(stackLimit: 8 << 20)) throws(ExecStackError) -> ExecStackImage {
    try ExecStack.build(stackTop: top, argv: argv.map { Array($0.utf8) }, envp: envp.map { Array($0.utf8) },
                        execfn: Array(execfn.utf8), random: randomBytes, auxv: auxv, limit: limit)
}

/// The exact budget Linux charges: every string with its NUL (execfn too), 8 bytes a pointer.
func charge(_ argv: [String], _ envp: [String], execfn: String) -> Int {
    let strings = (argv.isEmpty ? [""] : argv) + envp + [execfn]
    return strings.reduce(0) { $0 + $1.utf8.count + 1 } + (max(argv.count, 1) + envp.count) * 8
}

struct ExecStackTests {
    @Test func parsesBack() throws {
        let auxv: [(key: UInt64, value: UInt64)] = [(Auxv.AT_PHDR, 0x40_0040), (Auxv.AT_PAGESZ, 4096),
                                                    (Auxv.AT_RANDOM, 0), (Auxv.AT_ENTRY, 0x40_1000)]
        let image = try build(["/bin/sh", "-c", "echo hi"], ["PATH=/bin", "HOME=/"], execfn: "/bin/sh", auxv: auxv)
        let parsed = try #require(image.parse())
        #expect(parsed.argv == ["/bin/sh", "-c", "echo hi"])
        #expect(parsed.envp == ["PATH=/bin", "HOME=/"])
        #expect(parsed.auxv.map { $0.0 } == [Auxv.AT_PHDR, Auxv.AT_PAGESZ, Auxv.AT_RANDOM, Auxv.AT_ENTRY,
                                            Auxv.AT_EXECFN, Auxv.AT_PLATFORM])
        #expect(parsed.auxv[0].1 == 0x40_0040 && parsed.auxv[1].1 == 4096 && parsed.auxv[3].1 == 0x40_1000)
        #expect(image.argc == 3)
        #expect(image.top == stackTop.value)
        #expect(image.bytes.count == Int(stackTop - image.stackPointer))

        let random = try #require(image.auxv(Auxv.AT_RANDOM))
        #expect(random == image.randomAddress.value)
        #expect((0..<16).map { image.bytes[Int(random - image.base) + $0] } == randomBytes)
        #expect(image.string(at: try #require(image.auxv(Auxv.AT_PLATFORM))) == "x86_64")
        #expect(image.string(at: try #require(image.auxv(Auxv.AT_EXECFN))) == "/bin/sh")
        #expect(image.argvAddress.value == image.base + 8)
        #expect(image.envpAddress.value == image.base + 8 + 4 * 8)
        #expect(image.auxvAddress.value == image.envpAddress.value + 3 * 8)
    }

    /// Linux's placement: a zero word at the very top, execfn just below it, the strings
    /// contiguous below (argv then envp), the platform string ending at a 16-byte boundary
    /// below them, the random bytes right under it.
    @Test func linuxPlacement() throws {
        let image = try build(["a", "bc"], ["D=1"], execfn: "/x")
        #expect(image.word(at: stackTop.value - 8) == 0)
        #expect(image.execfnAddress.value == stackTop.value - 8 - 3)
        #expect(image.environmentEnd == image.execfnAddress)
        #expect(image.environmentStart.value == image.execfnAddress.value - 4)
        #expect(image.argumentsStart.value == image.environmentStart.value - 5)
        #expect(image.string(at: image.argumentsStart.value) == "a")
        #expect((image.platformAddress.value + 7) % 16 == 0)
        #expect(image.platformAddress.value + 7 <= image.argumentsStart.value)
        #expect(image.argumentsStart.value - (image.platformAddress.value + 7) < 16)
        #expect(image.randomAddress.value + 16 == image.platformAddress.value)
    }

    @Test func emptyArgvBecomesOneEmptyString() throws {
        let image = try build([], ["A=b"])
        #expect(image.argc == 1)
        #expect(image.parse()?.argv == [""])
        #expect(image.parse()?.envp == ["A=b"])
    }

    /// Auxv entries the caller gave AT_NULL in are dropped; AT_PLATFORM given by the caller
    /// stays in its place.
    @Test func auxvOrderAndNull() throws {
        let image = try build(["p"], auxv: [(Auxv.AT_PLATFORM, 99), (Auxv.AT_NULL, 0), (Auxv.AT_UID, 0)])
        let parsed = try #require(image.parse())
        #expect(parsed.auxv.map { $0.0 } == [Auxv.AT_PLATFORM, Auxv.AT_UID, Auxv.AT_RANDOM, Auxv.AT_EXECFN])
        #expect(parsed.auxv[0].1 == image.platformAddress.value)
    }

    /// rsp is 16-byte aligned and the padding under the random bytes is less than 16 bytes,
    /// for every mix of argument counts and string lengths up to 16.
    @Test(arguments: 0...5, 0...5)
    func alignment(argc: Int, envc: Int) throws {
        for length in 0...16 {
            let argv = (0..<argc).map { String(repeating: "a", count: ($0 + length) % 17) }
            let envp = (0..<envc).map { String(repeating: "e", count: ($0 * 3 + length) % 17) }
            for auxCount in 0...2 {
                let auxv = (0..<auxCount).map { (key: UInt64(100 + $0), value: UInt64($0)) }
                let execfn = String(repeating: "x", count: length)
                let image = try build(argv, envp, execfn: execfn, auxv: auxv)
                #expect(image.stackPointer.value % 16 == 0)
                let parsed = try #require(image.parse())
                #expect(parsed.argv == (argv.isEmpty ? [""] : argv) && parsed.envp == envp)
                #expect(image.randomAddress.value >= parsed.auxvEnd)
                #expect(image.randomAddress.value - parsed.auxvEnd < 16)
                #expect(image.string(at: image.execfnAddress.value) == execfn)
            }
        }
    }

    @Test func randomShapes() throws {
        var generator = SplitMix64(seed: 0xE8EC)
        for _ in 0..<200 {
            let argv = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                String((0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    Character(Unicode.Scalar(UInt8.random(in: 0x21...0x7E, using: &generator))) })
            }
            let envp = (0..<Int.random(in: 0...20, using: &generator)).map { "K\($0)=" + String(repeating: "v", count: $0) }
            let top = VirtAddr(truncating: UInt64.random(in: 0x10_0000...0x3FFF_FFFF_F000, using: &generator) & ~0xFFF)
            let image = try build(argv, envp, auxv: [(Auxv.AT_PAGESZ, 4096)], top: top)
            #expect(image.stackPointer.value % 16 == 0 && image.top == top.value)
            #expect(image.parse() == ParsedStack(argv: argv.isEmpty ? [""] : argv, envp: envp,
                                                 auxv: image.parse()?.auxv ?? [], auxvEnd: 0))
        }
    }

    /// The limit charges strings (execfn included) and pointers: exactly enough passes, one
    /// byte less is E2BIG.
    @Test(arguments: [([String](), [String]()), (["sh"], []), (["sh", "-c", "x"], ["A=1", "B=22"]),
                      ([""], [""]), (Array(repeating: "arg", count: 100), [])])
    func limitEdge(argv: [String], envp: [String]) throws {
        let needed = charge(argv, envp, execfn: "/bin/sh")
        #expect(throws: Never.self) { try build(argv, envp, execfn: "/bin/sh", limit: needed) }
        #expect(throws: ExecStackError.tooBig) { try build(argv, envp, execfn: "/bin/sh", limit: needed - 1) }
    }

    @Test(arguments: [0, -1, Int.min])
    func degenerateLimits(limit: Int) {
        #expect(throws: ExecStackError.tooBig) { try build(["a"], limit: limit) }
    }

    /// MAX_ARG_STRLEN counts the NUL: a 131071-byte string fits, a 131072-byte one does not,
    /// in argv, envp or as execfn.
    @Test func maxArgumentStringLength() throws {
        let fits = String(repeating: "s", count: ExecStack.maxArgumentStringLength - 1)
        let tooLong = fits + "s"
        let big = 4 << 20
        #expect(throws: Never.self) { try build([fits], limit: big) }
        #expect(throws: Never.self) { try build(["a"], [fits], limit: big) }
        #expect(throws: Never.self) { try build(["a"], execfn: fits, limit: big) }
        #expect(throws: ExecStackError.tooBig) { try build([tooLong], limit: big) }
        #expect(throws: ExecStackError.tooBig) { try build(["a"], [tooLong], limit: big) }
        #expect(throws: ExecStackError.tooBig) { try build(["a"], execfn: tooLong, limit: big) }
        #expect(ExecStackError.tooBig.errno == .E2BIG)
    }

    /// A stack top too low to hold the image (about 160 bytes for "prog") is E2BIG, not a trap.
    @Test(arguments: [UInt64(0), 8, 0x40, 0x80])
    func stackTopTooLow(top: UInt64) {
        #expect(throws: ExecStackError.tooBig) { try build(["prog"], top: VirtAddr(checking: top)!) }
    }

    @Test func lowestStackTopThatFits() throws {
        // Find the smallest top that works and check it is tight: 16 less fails.
        var top: UInt64 = 0x1000
        while (try? build(["p"], top: VirtAddr(checking: top - 16)!)) != nil { top -= 16 }
        let image = try build(["p"], top: VirtAddr(checking: top)!)
        #expect(image.stackPointer.value < 32)
    }

    /// (RLIMIT_STACK, argv+envp space): a quarter of the limit, clamped to [128 KiB, 6 MiB].
    static let argumentSpaceCases: [(UInt64, Int)] = [
        (0, 128 << 10), (512 << 10, 128 << 10), (1 << 20, 256 << 10), (8 << 20, 2 << 20),
        (24 << 20, 6 << 20), (1 << 40, 6 << 20), (UInt64.max, 6 << 20),
    ]

    @Test(arguments: argumentSpaceCases)
    func argumentSpace(stackLimit: UInt64, expected: Int) {
        #expect(ExecStack.argumentSpace(stackLimit: stackLimit) == expected)
    }

    /// The host kernel's own initial stack: AT_RANDOM right below AT_PLATFORM, the platform
    /// string ending at a 16-byte boundary, execfn right under the top word of a page-aligned
    /// stack top.
    @Test(.enabled(if: FileManager.default.isReadableFile(atPath: "/proc/self/auxv")))
    func hostStackPlacement() throws {
        let data = try #require(FileManager.default.contents(atPath: "/proc/self/auxv"))
        var values: [UInt64: UInt64] = [:]
        data.withUnsafeBytes { raw in
            for index in stride(from: 0, to: raw.count - 15, by: 16) {
                values[raw.load(fromByteOffset: index, as: UInt64.self)] = raw.load(fromByteOffset: index + 8, as: UInt64.self)
            }
        }
        let random = try #require(values[Auxv.AT_RANDOM])
        let platform = try #require(values[Auxv.AT_PLATFORM])
        let execfn = try #require(values[Auxv.AT_EXECFN])
        let platformString = String(cString: try #require(UnsafePointer<CChar>(bitPattern: UInt(platform))))
        let execfnLength = UInt64(strlen(try #require(UnsafePointer<CChar>(bitPattern: UInt(execfn)))))
        #expect(platformString == "x86_64")
        #expect(random + 16 == platform)
        #expect((platform + UInt64(platformString.utf8.count) + 1) % 16 == 0)
        #expect((execfn + execfnLength + 1 + 8) % 4096 == 0)
    }
}
