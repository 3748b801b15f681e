// LineDiscipline checked against the host's Linux n_tty: each case types its bytes into a
// fresh pseudo-terminal's master (the slave starts with Linux's default termios, like
// LineDiscipline()), then drains the slave with non-blocking reads and the master for the
// echo, and expects LineDiscipline to give the same reads and the same echo. The pty is
// not anyone's controlling terminal, so the signal characters raise nothing there but still
// flush the input. Cases leave out where Apus differs on purpose (^H erases; see
// docs/decisions.md) and the echo of signal characters (Linux also flushes the echo that
// is still queued in the pty).
#if canImport(Glibc)
import Glibc
import Testing
import LinuxABI
@testable import KernelCore

/// One pseudo-terminal pair, both ends non-blocking.
private final class HostPty {
    let master: Int32
    let slave: Int32

    /// <asm-generic/ioctls.h>: _IOR('T', 0x30, unsigned int) and _IOW('T', 0x31, int) (Swift's
    /// Glibc module imports neither these macros nor posix_openpt/grantpt/unlockpt/ptsname).
    private static let TIOCGPTN: UInt = 0x8004_5430, TIOCSPTLCK: UInt = 0x4004_5431, FIONREAD: UInt = 0x541B

    init?() {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_NONBLOCK)
        guard master >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, HostPty.TIOCSPTLCK, &unlock) == 0, ioctl(master, HostPty.TIOCGPTN, &number) == 0 else {
            close(master); return nil
        }
        slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_NONBLOCK)
        guard slave >= 0 else { close(master); return nil }
    }

    deinit {
        close(slave)
        close(master)
    }

    /// Applies `settings` to the slave (the first 19 c_cc and the flags mean the same in
    /// glibc's struct termios as in the kernel's).
    func set(_ settings: Termios) -> Bool {
        var host = Glibc.termios()
        guard tcgetattr(slave, &host) == 0 else { return false }
        host.c_iflag = settings.c_iflag.rawValue
        host.c_oflag = settings.c_oflag.rawValue
        host.c_lflag = settings.c_lflag.rawValue
        withUnsafeMutableBytes(of: &host.c_cc) { cc in
            for index in 0..<Termios.NCCS { cc[index] = settings.c_cc[index] }
        }
        return tcsetattr(slave, TCSANOW, &host) == 0
    }

    /// Types `bytes` and waits for the line discipline, which runs in a kernel worker: until
    /// the bytes waiting on both sides (FIONREAD) stay the same for 50 ms, at most 2 s.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        var last: (Int32, Int32) = (-1, -1)
        var stable = 0
        for _ in 0..<200 where stable < 5 {
            usleep(10_000)
            var input: Int32 = 0, output: Int32 = 0
            _ = ioctl(slave, HostPty.FIONREAD, &input)
            _ = ioctl(master, HostPty.FIONREAD, &output)
            stable = (input, output) == last ? stable + 1 : 0
            last = (input, output)
        }
    }

    enum Got: Equatable { case text([UInt8]), eof }

    /// Every read(2) the slave gives before it would block.
    func reads() -> [Got] {
        var result: [Got] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        for _ in 0..<32 {
            let n = buffer.withUnsafeMutableBytes { read(slave, $0.baseAddress, $0.count) }
            if n < 0 { break }
            result.append(n == 0 ? .eof : .text(Array(buffer[0..<n])))
        }
        return result
    }

    /// What the terminal side received: the echo.
    func echo() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            result += buffer[0..<n]
        }
        return result
    }
}

@Suite struct LineDisciplineHostOracleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: [UInt8]
        let compareEcho: Bool
        var settings: Termios = .linuxDefault
        var testDescription: String { name }
    }

    /// Linux's defaults changed by `change`.
    static func with(_ change: (inout Termios) -> Void) -> Termios {
        var settings = Termios.linuxDefault
        change(&settings)
        return settings
    }

    static let raw = with { $0.c_lflag.remove(.ICANON); $0.c_cc[Termios.VMIN] = 1; $0.c_cc[Termios.VTIME] = 0 }

    static let cases: [Case] = [
        Case(name: "a line ended by CR", input: Array("hello\r".utf8), compareEcho: true),
        Case(name: "a line ended by NL", input: Array("hello\n".utf8), compareEcho: true),
        Case(name: "DEL erases", input: Array("cax".utf8) + [0x7F] + Array("t\r".utf8), compareEcho: true),
        Case(name: "DEL on an empty line", input: [0x7F, 0x7F] + Array("x\r".utf8), compareEcho: true),
        Case(name: "erasing a control character", input: [0x01, 0x7F] + Array("y\r".utf8), compareEcho: true),
        Case(name: "^U kills the line", input: Array("rm -rf".utf8) + [0x15] + Array("ls\r".utf8), compareEcho: true),
        Case(name: "^W erases a word", input: Array("echo hello  ".utf8) + [0x17] + Array("bye\r".utf8), compareEcho: true),
        Case(name: "^V takes the next byte literally", input: [0x16, 0x15] + Array("\r".utf8), compareEcho: true),
        Case(name: "^D mid-line", input: Array("abc".utf8) + [0x04], compareEcho: true),
        Case(name: "^D at the start of a line", input: [0x04], compareEcho: true),
        Case(name: "^D twice after text", input: Array("par".utf8) + [0x04, 0x04], compareEcho: true),
        Case(name: "two lines, two reads", input: Array("one\rtwo\r".utf8), compareEcho: true),
        Case(name: "control characters echo as ^X", input: [0x01, 0x02, 0x1B] + Array("\r".utf8), compareEcho: true),
        Case(name: "tab and bytes above 0x7f", input: [0x09, 0xC3, 0xA9] + Array("\r".utf8), compareEcho: true),
        Case(name: "^C flushes the line", input: Array("partial".utf8) + [0x03] + Array("after\r".utf8), compareEcho: false),
        Case(name: "^C flushes completed lines", input: Array("done\r".utf8) + [0x03] + Array("x\r".utf8), compareEcho: false),
        Case(name: "^\\ flushes", input: Array("q".utf8) + [0x1C] + Array("z\r".utf8), compareEcho: false),
        Case(name: "^Z flushes", input: Array("s".utf8) + [0x1A] + Array("w\r".utf8), compareEcho: false),
        Case(name: "raw: editing characters are data", input: Array("a".utf8) + [0x7F, 0x15, 0x04, 0x17, 0x0D, 0x01],
             compareEcho: true, settings: raw),
        Case(name: "raw without ICRNL", input: Array("a\rb\n".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove(.ICANON); $0.c_iflag.remove(.ICRNL); $0.c_cc[Termios.VMIN] = 1 }),
        Case(name: "raw: a typed NL echoes as ^J, CR as a newline", input: Array("a\nb\r".utf8), compareEcho: true,
             settings: raw),
        Case(name: "raw: ECHONL does nothing without ICANON", input: Array("a\n".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove([.ICANON, .ECHO]); $0.c_lflag.insert(.ECHONL); $0.c_cc[Termios.VMIN] = 1 }),
        Case(name: "canonical: ^V then NL echoes ^J and does not end the line", input: [0x16, 0x0A] + Array("x\r".utf8),
             compareEcho: true),
        Case(name: "erasing a tab at the line start", input: [0x09, 0x7F] + Array("a\r".utf8), compareEcho: true),
        Case(name: "erasing a tab after text", input: Array("abc".utf8) + [0x09, 0x7F, 0x7F] + Array("\r".utf8), compareEcho: true),
        Case(name: "erasing a tab after a full tab stop", input: Array("abcdefgh".utf8) + [0x09, 0x7F] + Array("\r".utf8),
             compareEcho: true),
        Case(name: "erasing a tab after a tab", input: Array("ab".utf8) + [0x09] + Array("cd".utf8) + [0x09, 0x7F, 0x7F] + Array("\r".utf8),
             compareEcho: true),
        Case(name: "erasing a tab after a control character", input: Array("a".utf8) + [0x01, 0x09, 0x7F] + Array("\r".utf8),
             compareEcho: true),
        Case(name: "^U over tabs", input: Array("a".utf8) + [0x09] + Array("bc".utf8) + [0x09, 0x15] + Array("\r".utf8), compareEcho: true),
        Case(name: "^W over a tab", input: Array("ab cd".utf8) + [0x09, 0x17] + Array("\r".utf8), compareEcho: true),
        Case(name: "bytes 0x80-0x9f are control characters", input: [0xE2, 0x82, 0xAC, 0x7F, 0x7F] + Array("\r".utf8), compareEcho: true),
        Case(name: "with IUTF8", input: [0xE2, 0x82, 0xAC, 0x7F] + Array("\r".utf8), compareEcho: true,
             settings: with { $0.c_iflag.insert(.IUTF8) }),
        Case(name: "raw without ECHO", input: Array("quiet\r".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove([.ICANON, .ECHO]); $0.c_cc[Termios.VMIN] = 1 }),
        Case(name: "raw: ^C still flushes", input: Array("ab".utf8) + [0x03] + Array("c".utf8), compareEcho: false, settings: raw),
        Case(name: "raw without ISIG: ^C is data", input: [0x03, 0x1C, 0x1A], compareEcho: true,
             settings: with { $0.c_lflag.remove([.ICANON, .ISIG]); $0.c_cc[Termios.VMIN] = 1 }),
        Case(name: "erase without ECHOE", input: Array("ab".utf8) + [0x7F] + Array("\r".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove(.ECHOE) }),
        Case(name: "kill without ECHOKE", input: Array("abc".utf8) + [0x15] + Array("d\r".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove(.ECHOKE) }),
        Case(name: "ECHONL without ECHO", input: Array("pw\r".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove(.ECHO); $0.c_lflag.insert(.ECHONL) }),
        Case(name: "without ECHOCTL", input: [0x01] + Array("\r".utf8), compareEcho: true,
             settings: with { $0.c_lflag.remove(.ECHOCTL) }),
        Case(name: "IGNCR", input: Array("a\rb\n".utf8), compareEcho: true, settings: with { $0.c_iflag.insert(.IGNCR) }),
        Case(name: "INLCR without ICRNL", input: Array("a\n".utf8) + [0x04], compareEcho: true,
             settings: with { $0.c_iflag.remove(.ICRNL); $0.c_iflag.insert(.INLCR) }),
        Case(name: "NOFLSH keeps input on ^C", input: Array("keep\r".utf8) + [0x03] + Array("more\r".utf8),
             compareEcho: false, settings: with { $0.c_lflag.insert(.NOFLSH) }),
        Case(name: "output without ONLCR", input: Array("x\r".utf8), compareEcho: true,
             settings: with { $0.c_oflag.remove(.ONLCR) }),
        Case(name: "a custom VERASE and VEOF", input: Array("ab#c".utf8) + [0x01], compareEcho: true,
             settings: with { $0.c_cc[Termios.VERASE] = UInt8(ascii: "#"); $0.c_cc[Termios.VEOF] = 0x01 }),
    ]

    private func apus(_ input: [UInt8], _ settings: Termios) -> (reads: [HostPty.Got], echo: [UInt8]) {
        var tty = LineDiscipline(termios: settings)
        var echo: [UInt8] = []
        for byte in input { _ = tty.receive(byte, echo: &echo) }
        var reads: [HostPty.Got] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while true {
            let result = buffer.withUnsafeMutableBytes { tty.read(into: $0) }
            guard case .wait = result else {
                if case .bytes(let n) = result { reads.append(.text(Array(buffer[0..<n]))) } else { reads.append(.eof) }
                continue
            }
            break
        }
        return (reads, echo)
    }

    @Test(arguments: cases)
    func sameAsLinux(_ testCase: Case) throws {
        let pty = try #require(HostPty(), "a host pseudo-terminal")
        try #require(pty.set(testCase.settings), "tcsetattr on the pty")
        pty.type(testCase.input)
        let linuxReads = pty.reads()
        let linuxEcho = pty.echo()
        let ours = apus(testCase.input, testCase.settings)
        #expect(ours.reads == linuxReads)
        if testCase.compareEcho { #expect(ours.echo == linuxEcho) }
    }

    /// The pty slave's settings are the ones LineDiscipline starts with (HUPCL aside).
    @Test func defaultsMatchAFreshPty() throws {
        let pty = try #require(HostPty(), "a host pseudo-terminal")
        var host = Glibc.termios()
        #expect(tcgetattr(pty.slave, &host) == 0)
        let ours = Termios.linuxDefault
        #expect(host.c_iflag == ours.c_iflag.rawValue)
        #expect(host.c_oflag == ours.c_oflag.rawValue)
        #expect(host.c_lflag == ours.c_lflag.rawValue)
        let cc = withUnsafeBytes(of: host.c_cc) { Array($0) }
        for index in 0..<Termios.NCCS { #expect(cc[index] == ours.c_cc[index], "c_cc[\(index)]") }
    }
}
#endif
