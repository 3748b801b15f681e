// LineDiscipline: bytes in, what read returns, what is echoed and which signal is raised,
// with Linux's default termios (ICANON ECHO ECHOE ECHOK ECHOKE ECHOCTL ISIG IEXTEN ICRNL,
// OPOST ONLCR) unless a test changes it. Expectations follow drivers/tty/n_tty.c.
import Testing
import LinuxABI
@testable import KernelCore

@Suite struct LineDisciplineTests {
    /// The result of feeding bytes: echo and raised signals.
    struct Fed {
        var echo: [UInt8] = []
        var signals: [Signal] = []
    }

    @discardableResult
    private func feed(_ tty: inout LineDiscipline, _ bytes: [UInt8]) -> Fed {
        var fed = Fed()
        for byte in bytes {
            if let signal = tty.receive(byte, echo: &fed.echo) { fed.signals.append(signal) }
        }
        return fed
    }

    @discardableResult
    private func feed(_ tty: inout LineDiscipline, _ text: String) -> Fed { feed(&tty, Array(text.utf8)) }

    private enum Got: Equatable { case text(String), eof, wait }

    private func read(_ tty: inout LineDiscipline, _ count: Int = 256) -> Got {
        var buffer = [UInt8](repeating: 0, count: count)
        let result = buffer.withUnsafeMutableBytes { tty.read(into: $0) }
        switch result {
        case .bytes(let n): return .text(String(decoding: buffer[0..<n], as: UTF8.self))
        case .endOfFile: return .eof
        case .wait: return .wait
        }
    }

    private func raw(vmin: UInt8, echo: Bool = false) -> Termios {
        var t = Termios.linuxDefault
        t.c_lflag.remove(.ICANON)
        if !echo { t.c_lflag.remove(.ECHO) }
        t.c_cc[Termios.VMIN] = vmin
        t.c_cc[Termios.VTIME] = 0
        return t
    }

    private let del: UInt8 = 0x7F, ctrlC: UInt8 = 0x03, ctrlD: UInt8 = 0x04, ctrlU: UInt8 = 0x15
    private let ctrlH: UInt8 = 0x08, ctrlZ: UInt8 = 0x1A, ctrlBackslash: UInt8 = 0x1C, ctrlW: UInt8 = 0x17
    private let ctrlV: UInt8 = 0x16

    // MARK: canonical mode

    @Test func nothingReadableUntilTheLineEnds() {
        var tty = LineDiscipline()
        let fed = feed(&tty, "hello")
        #expect(fed.echo == Array("hello".utf8))
        #expect(read(&tty) == .wait)
        #expect(!tty.canRead(requested: 1))
        feed(&tty, "\n")
        #expect(read(&tty) == .text("hello\n"))
        #expect(read(&tty) == .wait)
    }

    /// The serial console sends CR for Enter: ICRNL makes it NL, echoed as CR NL (ONLCR).
    @Test func carriageReturnEndsTheLine() {
        var tty = LineDiscipline()
        let fed = feed(&tty, "ls\r")
        #expect(fed.echo == Array("ls\r\n".utf8))
        #expect(read(&tty) == .text("ls\n"))
    }

    @Test func withoutICRNLCarriageReturnIsData() {
        var t = Termios.linuxDefault
        t.c_iflag.remove(.ICRNL)
        var tty = LineDiscipline(termios: t)
        feed(&tty, "a\rb\n")
        #expect(read(&tty) == .text("a\rb\n"))
    }

    @Test func ignoreCarriageReturn() {
        var t = Termios.linuxDefault
        t.c_iflag.insert(.IGNCR)
        var tty = LineDiscipline(termios: t)
        feed(&tty, "a\rb\n")
        #expect(read(&tty) == .text("ab\n"))
    }

    @Test func oneLinePerRead() {
        var tty = LineDiscipline()
        feed(&tty, "one\ntwo\n")
        #expect(read(&tty) == .text("one\n"))
        #expect(read(&tty) == .text("two\n"))
    }

    @Test func aShortBufferTakesTheLineInPieces() {
        var tty = LineDiscipline()
        feed(&tty, "abcdef\nxy\n")
        #expect(read(&tty, 4) == .text("abcd"))
        #expect(read(&tty, 4) == .text("ef\n"))
        #expect(read(&tty, 4) == .text("xy\n"))
    }

    /// Both DEL (VERASE) and ^H erase; the echo is "\b \b".
    @Test(arguments: [UInt8(0x7F), UInt8(0x08)])
    func eraseDropsTheLastCharacter(eraser: UInt8) {
        var tty = LineDiscipline()
        feed(&tty, "cat")
        let fed = feed(&tty, [eraser, eraser] + Array("r\n".utf8))
        #expect(fed.echo == LineDiscipline.rubOutSequence + LineDiscipline.rubOutSequence + Array("r\r\n".utf8))
        #expect(read(&tty) == .text("cr\n"))
    }

    @Test func eraseOnAnEmptyLineDoesNothing() {
        var tty = LineDiscipline()
        let fed = feed(&tty, [del, del])
        #expect(fed.echo == [])
        feed(&tty, "x\n")
        #expect(read(&tty) == .text("x\n"))
    }

    @Test func eraseStopsAtACompletedLine() {
        var tty = LineDiscipline()
        feed(&tty, "done\n")
        feed(&tty, [del, del])
        feed(&tty, "z\n")
        #expect(read(&tty) == .text("done\n"))
        #expect(read(&tty) == .text("z\n"))
    }

    /// A control character echoed as ^X takes two columns to rub out.
    @Test func erasingACaretEchoRubsTwoColumns() {
        var tty = LineDiscipline()
        let typed = feed(&tty, [0x01])   // ^A
        #expect(typed.echo == Array("^A".utf8))
        let fed = feed(&tty, [del])
        #expect(fed.echo == LineDiscipline.rubOutSequence + LineDiscipline.rubOutSequence)
    }

    @Test func eraseWithoutECHOEEchoesTheEraseCharacter() {
        var t = Termios.linuxDefault
        t.c_lflag.remove(.ECHOE)
        var tty = LineDiscipline(termios: t)
        feed(&tty, "ab")
        #expect(feed(&tty, [del]).echo == Array("^?".utf8))
        feed(&tty, "\n")
        #expect(read(&tty) == .text("a\n"))
    }

    /// ^U with ECHOKE (the default) rubs out each character.
    @Test func killErasesTheLine() {
        var tty = LineDiscipline()
        feed(&tty, "rm -rf")
        let fed = feed(&tty, [ctrlU])
        #expect(fed.echo == Array(repeating: LineDiscipline.rubOutSequence, count: 6).flatMap { $0 })
        feed(&tty, "ls\n")
        #expect(read(&tty) == .text("ls\n"))
    }

    /// Without ECHOKE, ^U echoes as ^U and a newline (ECHOK).
    @Test func killWithoutECHOKEEchoesKillAndNewline() {
        var t = Termios.linuxDefault
        t.c_lflag.remove(.ECHOKE)
        var tty = LineDiscipline(termios: t)
        feed(&tty, "abc")
        #expect(feed(&tty, [ctrlU]).echo == Array("^U\r\n".utf8))
        #expect(feed(&tty, [ctrlU]).echo == [])   // nothing left to kill
    }

    @Test func wordErase() {
        var tty = LineDiscipline()
        feed(&tty, "echo hello  ")
        feed(&tty, [ctrlW])
        feed(&tty, "bye\n")
        #expect(read(&tty) == .text("echo bye\n"))
    }

    @Test func literalNextStoresAControlCharacter() {
        var tty = LineDiscipline()
        let fed = feed(&tty, [ctrlV, ctrlC] + Array("\n".utf8))
        #expect(fed.signals == [])
        #expect(fed.echo == Array("^\u{08}^C\r\n".utf8))
        #expect(read(&tty) == .text("\u{03}\n"))
    }

    /// ^D at the start of a line: a read returns 0 (end of file); the EOF byte is not data
    /// and is not echoed.
    @Test func endOfFileOnAnEmptyLine() {
        var tty = LineDiscipline()
        let fed = feed(&tty, [ctrlD])
        #expect(fed.echo == [])
        #expect(read(&tty) == .eof)
        #expect(read(&tty) == .wait)
    }

    /// ^D mid-line returns the partial line without a newline; a second ^D is then EOF.
    @Test func endOfFileMidLineReturnsThePartialLine() {
        var tty = LineDiscipline()
        feed(&tty, "par")
        feed(&tty, [ctrlD, ctrlD])
        #expect(read(&tty) == .text("par"))
        #expect(read(&tty) == .eof)
    }

    @Test func eofAfterACompletedLine() {
        var tty = LineDiscipline()
        feed(&tty, "x\n")
        feed(&tty, [ctrlD])
        #expect(read(&tty) == .text("x\n"))
        #expect(read(&tty) == .eof)
    }

    @Test func noEchoWithoutECHO() {
        var t = Termios.linuxDefault
        t.c_lflag.remove(.ECHO)
        var tty = LineDiscipline(termios: t)
        #expect(feed(&tty, "secret\r").echo == [])
        #expect(read(&tty) == .text("secret\n"))
    }

    @Test func echoNewlineOnlyWithECHONL() {
        var t = Termios.linuxDefault
        t.c_lflag.remove(.ECHO)
        t.c_lflag.insert(.ECHONL)
        var tty = LineDiscipline(termios: t)
        #expect(feed(&tty, "pw\n").echo == Array("\r\n".utf8))
    }

    /// The line buffer holds 4096 bytes; past 4095 only the terminator goes in.
    @Test func canonicalLineLimit() {
        var tty = LineDiscipline()
        feed(&tty, [UInt8](repeating: UInt8(ascii: "a"), count: 5000))
        #expect(tty.editing.count == LineDiscipline.bufferSize - 1)
        feed(&tty, "\n")
        #expect(read(&tty, 8192) == .text(String(repeating: "a", count: 4095) + "\n"))
    }

    // MARK: signals

    @Test(arguments: [(UInt8(0x03), Signal.SIGINT, "^C"), (UInt8(0x1C), Signal.SIGQUIT, "^\\"), (UInt8(0x1A), Signal.SIGTSTP, "^Z")])
    func signalCharacters(byte: UInt8, signal: Signal, shown: String) {
        var tty = LineDiscipline()
        feed(&tty, "half a line")
        let fed = feed(&tty, [byte])
        #expect(fed.signals == [signal])
        #expect(fed.echo == Array(shown.utf8))
        // The pending input is flushed.
        #expect(tty.editing.isEmpty && tty.ready.isEmpty)
        feed(&tty, "next\n")
        #expect(read(&tty) == .text("next\n"))
    }

    @Test func signalFlushesCompletedLinesToo() {
        var tty = LineDiscipline()
        feed(&tty, "typed ahead\n")
        #expect(feed(&tty, [ctrlC]).signals == [.SIGINT])
        #expect(read(&tty) == .wait)
    }

    @Test func noFlushKeepsInput() {
        var t = Termios.linuxDefault
        t.c_lflag.insert(.NOFLSH)
        var tty = LineDiscipline(termios: t)
        feed(&tty, "keep\n")
        #expect(feed(&tty, [ctrlZ]).signals == [.SIGTSTP])
        #expect(read(&tty) == .text("keep\n"))
    }

    @Test func withoutISIGSignalCharactersAreData() {
        var t = raw(vmin: 1)
        t.c_lflag.remove(.ISIG)
        var tty = LineDiscipline(termios: t)
        #expect(feed(&tty, [ctrlC, ctrlBackslash, ctrlZ]).signals == [])
        #expect(read(&tty) == .text("\u{03}\u{1C}\u{1A}"))
    }

    @Test func iSIGWorksInRawMode() {
        var tty = LineDiscipline(termios: raw(vmin: 1))
        feed(&tty, "ab")
        #expect(feed(&tty, [ctrlC]).signals == [.SIGINT])
        #expect(read(&tty) == .wait)
    }

    @Test func disabledControlCharacter() {
        var t = Termios.linuxDefault
        t.c_cc[Termios.VINTR] = Termios.disabled
        var tty = LineDiscipline(termios: t)
        #expect(feed(&tty, [ctrlC, 0x00]).signals == [])
        feed(&tty, "\n")
        #expect(read(&tty) == .text("\u{03}\u{00}\n"))
    }

    // MARK: non-canonical mode

    @Test func rawVMIN1ReturnsWhatIsThere() {
        var tty = LineDiscipline(termios: raw(vmin: 1))
        #expect(read(&tty) == .wait)
        #expect(feed(&tty, "q").echo == [])
        #expect(read(&tty) == .text("q"))
        feed(&tty, [del, ctrlU, ctrlD, 0x0D])     // no editing: all data (CR still → NL)
        #expect(read(&tty) == .text("\u{7F}\u{15}\u{04}\n"))
    }

    /// VMIN 3: a read waits for three bytes, or fewer if it asks for fewer.
    @Test func rawVMINCountsBytes() {
        var tty = LineDiscipline(termios: raw(vmin: 3))
        feed(&tty, "ab")
        #expect(!tty.canRead(requested: 10))
        #expect(tty.canRead(requested: 2))
        feed(&tty, "c")
        #expect(read(&tty, 10) == .text("abc"))
    }

    /// VMIN 0, VTIME 0: a read never waits (returns 0 bytes when empty).
    @Test func rawVMIN0Polls() {
        var tty = LineDiscipline(termios: raw(vmin: 0))
        #expect(read(&tty) == .text(""))
        feed(&tty, "x")
        #expect(read(&tty) == .text("x"))
    }

    @Test func rawEchoesWhenAsked() {
        var tty = LineDiscipline(termios: raw(vmin: 1, echo: true))
        // A typed NL is a control character here (^J); CR made NL by ICRNL echoes as a newline.
        #expect(feed(&tty, "a\n").echo == Array("a^J".utf8))
        #expect(feed(&tty, "b\r").echo == Array("b\r\n".utf8))
    }

    /// Leaving canonical mode makes the edited line readable; entering it turns pending
    /// bytes into a line (Linux: n_tty_set_termios).
    @Test func modeSwitchesMovePendingInput() {
        var tty = LineDiscipline()
        feed(&tty, "part")
        tty.setTermios(raw(vmin: 1))
        #expect(read(&tty) == .text("part"))
        feed(&tty, "xyz")
        tty.setTermios(.linuxDefault)
        #expect(read(&tty) == .text("xyz"))
        #expect(read(&tty) == .wait)
    }

    @Test func flushInputDropsEverything() {
        var tty = LineDiscipline()
        feed(&tty, "a\nb")
        tty.flushInput()
        #expect(tty.readableCount == 0 && tty.editing.isEmpty)
        #expect(read(&tty) == .wait)
    }

    @Test func istripClearsBit7() {
        var t = raw(vmin: 1)
        t.c_iflag.insert(.ISTRIP)
        var tty = LineDiscipline(termios: t)
        feed(&tty, [0xC1])
        #expect(read(&tty) == .text("A"))
    }

    // MARK: output

    @Test(arguments: [
        (TermiosOutputFlags([.OPOST, .ONLCR]), "a\nb\r", "a\r\nb\r"),
        (TermiosOutputFlags([.ONLCR]), "a\nb", "a\nb"),               // no OPOST: untouched
        (TermiosOutputFlags([.OPOST]), "a\nb", "a\nb"),
        (TermiosOutputFlags([.OPOST, .OCRNL]), "a\rb", "a\nb"),
        (TermiosOutputFlags([.OPOST, .ONLCR]), "", ""),
    ])
    func outputProcessing(flags: TermiosOutputFlags, input: String, expected: String) {
        var t = Termios.linuxDefault
        t.c_oflag = flags
        var tty = LineDiscipline(termios: t)
        var out: [UInt8] = []
        Array(input.utf8).withUnsafeBytes { tty.processOutput($0, into: &out) }
        #expect(out == Array(expected.utf8))
    }
}

/// VTIME > 0 (termios(3) "MIN == 0, TIME > 0" and "MIN > 0, TIME > 0").
@Suite struct LineDisciplineTimerTests {
    private func tty(vmin: UInt8, vtime: UInt8) -> LineDiscipline {
        var t = Termios.linuxDefault
        t.c_lflag.remove([.ICANON, .ECHO])
        t.c_cc[Termios.VMIN] = vmin
        t.c_cc[Termios.VTIME] = vtime
        return LineDiscipline(termios: t)
    }

    private func type(_ tty: inout LineDiscipline, _ text: String) {
        var echo: [UInt8] = []
        for byte in text.utf8 { _ = tty.receive(byte, echo: &echo) }
    }

    @Test func timerOnlyInNonCanonicalModeWithVTIME() {
        #expect(LineDiscipline().readTimerTenths == nil)
        #expect(tty(vmin: 1, vtime: 0).readTimerTenths == nil)
        #expect(tty(vmin: 0, vtime: 5).readTimerTenths == 5)
        #expect(tty(vmin: 3, vtime: 255).readTimerTenths == 255)
    }

    @Test func vmin0() {
        var t = tty(vmin: 0, vtime: 10)
        #expect(t.timedWait(requested: 10, expired: false) == .waitForTimer)
        #expect(t.timedWait(requested: 10, expired: true) == .returnNow)   // returns 0 bytes
        type(&t, "a")
        #expect(t.timedWait(requested: 10, expired: false) == .returnNow)
    }

    @Test func vminWithTimer() {
        var t = tty(vmin: 3, vtime: 2)
        #expect(t.timedWait(requested: 10, expired: true) == .waitForFirstByte)   // no timer before the first byte
        type(&t, "ab")
        #expect(t.timedWait(requested: 10, expired: false) == .waitForTimer)
        #expect(t.timedWait(requested: 2, expired: false) == .returnNow)           // asked for fewer than VMIN
        #expect(t.timedWait(requested: 10, expired: true) == .returnNow)
        var buffer = [UInt8](repeating: 0, count: 10)
        #expect(buffer.withUnsafeMutableBytes { t.read(into: $0) } == .wait)        // VMIN not reached
        #expect(buffer.withUnsafeMutableBytes { t.read(into: $0, ignoringMinimum: true) } == .bytes(2))
        type(&t, "cde")
        #expect(t.timedWait(requested: 10, expired: false) == .returnNow)
    }
}

/// poll's readability (n_tty_poll → input_available_p(tty, 1)).
@Suite struct LineDisciplinePollTests {
    private func type(_ tty: inout LineDiscipline, _ text: String) {
        var echo: [UInt8] = []
        for byte in text.utf8 { _ = tty.receive(byte, echo: &echo) }
    }

    @Test func canonicalNeedsALine() {
        var tty = LineDiscipline()
        #expect(!tty.pollReadable)
        type(&tty, "abc")
        #expect(!tty.pollReadable)
        type(&tty, "\n")
        #expect(tty.pollReadable)
    }

    @Test(arguments: [(UInt8(1), UInt8(0), 1), (UInt8(3), UInt8(0), 3), (UInt8(3), UInt8(5), 1), (UInt8(0), UInt8(0), 1), (UInt8(0), UInt8(5), 1)])
    func nonCanonicalNeeds(vmin: UInt8, vtime: UInt8, bytes: Int) {
        var t = Termios.linuxDefault
        t.c_lflag.remove(.ICANON)
        t.c_cc[Termios.VMIN] = vmin
        t.c_cc[Termios.VTIME] = vtime
        var tty = LineDiscipline(termios: t)
        for count in 0..<bytes {
            #expect(!tty.pollReadable, "after \(count) bytes")
            type(&tty, "x")
        }
        #expect(tty.pollReadable)
    }
}
