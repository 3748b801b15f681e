// The terminal line discipline (Linux: drivers/tty/n_tty.c) as pure logic: input bytes go
// in, and out come the bytes readers may take, the echo to send to the terminal and the
// signal to raise. The kernel's Kernel/FS/ConsoleTTY.swift feeds it from the serial port and
// does the locking, blocking, output and signal delivery. Termios layouts: LinuxABI/Termios.
import LinuxABI

/// Canonical and non-canonical input processing, echo and output post-processing.
public struct LineDiscipline {
    /// Linux's N_TTY_BUF_SIZE: input held for readers plus the line being edited.
    public static let bufferSize = 4096

    /// What a read may take now.
    public enum ReadResult: Equatable {
        /// This many bytes were copied.
        case bytes(Int)
        /// Canonical mode: an end-of-file character ended an empty line (read returns 0).
        case endOfFile
        /// Not enough input yet: the reader waits (or fails with EAGAIN).
        case wait
    }

    /// The terminal settings (TCGETS/TCSETS). Set through `setTermios` so mode changes move
    /// pending input the way Linux does.
    public private(set) var termios: Termios
    /// Input readers may take: completed lines in canonical mode, every byte otherwise.
    public private(set) var ready: [UInt8] = []
    /// Canonical mode: the length of each completed line at the front of `ready` (a line
    /// ended by VEOF may be empty and carries no terminator).
    private var lineLengths: [Int] = []
    /// Canonical mode: the line being edited, not yet readable.
    public private(set) var editing: [UInt8] = []
    /// IEXTEN: the previous byte was VLNEXT, so this one is taken literally.
    private var literalNext = false
    /// The terminal's cursor column as output and echo moved it (Linux: ldata->column),
    /// and the column where the line being edited began (canon_column): erasing a tab
    /// needs both.
    public private(set) var column = 0
    private var lineStartColumn = 0

    public init(termios: Termios = .linuxDefault) {
        self.termios = termios
    }

    private var local: TermiosLocalFlags { termios.c_lflag }
    private var canonical: Bool { local.contains(.ICANON) }

    /// A control character's value, or nil when disabled (_POSIX_VDISABLE).
    private func control(_ index: Int) -> UInt8? {
        let value = termios.c_cc[index]
        return value == Termios.disabled ? nil : value
    }

    private func matches(_ byte: UInt8, _ index: Int) -> Bool {
        control(index) == byte
    }

    // MARK: settings

    /// TCSETS: new settings. Leaving canonical mode makes the line being edited readable;
    /// entering it turns what is readable into one completed line (Linux: n_tty_set_termios).
    public mutating func setTermios(_ new: Termios) {
        let wasCanonical = canonical
        termios = new
        if wasCanonical && !canonical {
            ready += editing
            editing.removeAll()
            lineLengths.removeAll()
        } else if !wasCanonical && canonical {
            lineLengths = ready.isEmpty ? [] : [ready.count]
        }
        literalNext = false
    }

    /// Discards all input, readable or being edited (TCSETSF, TCFLSH, signal characters).
    public mutating func flushInput() {
        ready.removeAll()
        lineLengths.removeAll()
        editing.removeAll()
        literalNext = false
    }

    // MARK: input

    /// Processes one received byte: appends its echo (already output-processed) to `echo`
    /// and returns the signal it raises (ISIG), if any. Linux: n_tty_receive_char*.
    public mutating func receive(_ input: UInt8, echo: inout [UInt8]) -> Signal? {
        var byte = input
        let iflag = termios.c_iflag
        if iflag.contains(.ISTRIP) { byte &= 0x7F }
        if literalNext {
            literalNext = false
            store(byte, echo: &echo)
            return nil
        }
        if local.contains(.ISIG) {
            if let signal = signalFor(byte) {
                if !local.contains(.NOFLSH) { flushInput() }
                if local.contains(.ECHO) { echoChar(byte, into: &echo) }
                return signal
            }
        }
        // A NL made from CR echoes as a newline even in non-canonical mode, where a typed NL
        // echoes as ^J (Linux: only "special" characters take n_tty's newline path).
        var newlineFromCR = false
        if byte == UInt8(ascii: "\r") {
            if iflag.contains(.IGNCR) { return nil }
            if iflag.contains(.ICRNL) { byte = UInt8(ascii: "\n"); newlineFromCR = true }
        } else if byte == UInt8(ascii: "\n") && iflag.contains(.INLCR) {
            byte = UInt8(ascii: "\r")
        }
        if canonical {
            receiveCanonical(byte, echo: &echo)
        } else {
            store(byte, echo: &echo, echoAsNewline: newlineFromCR)
        }
        return nil
    }

    private func signalFor(_ byte: UInt8) -> Signal? {
        if matches(byte, Termios.VINTR) { return .SIGINT }
        if matches(byte, Termios.VQUIT) { return .SIGQUIT }
        if matches(byte, Termios.VSUSP) { return .SIGTSTP }
        return nil
    }

    /// A byte for the buffer: into the edited line (canonical) or readable at once.
    private mutating func store(_ byte: UInt8, echo: inout [UInt8], echoAsNewline: Bool = false) {
        guard ready.count + editing.count < Self.bufferSize - (canonical ? 1 : 0) else { return }
        // The first character of a line records where the line began (echo_set_canon_col).
        if canonical && editing.isEmpty { lineStartColumn = column }
        if canonical { editing.append(byte) } else { ready.append(byte) }
        guard local.contains(.ECHO) else { return }
        if echoAsNewline { emit(byte, into: &echo) } else { echoChar(byte, into: &echo) }
    }

    private mutating func receiveCanonical(_ byte: UInt8, echo: inout [UInt8]) {
        let extended = local.contains(.IEXTEN)
        // ^H erases as well as VERASE (DEL): terminals disagree on what Backspace sends.
        if matches(byte, Termios.VERASE) || byte == Self.backspace {
            erase(byte, echo: &echo)
        } else if matches(byte, Termios.VKILL) {
            kill(byte, echo: &echo)
        } else if extended && matches(byte, Termios.VWERASE) {
            eraseWord(echo: &echo)
        } else if extended && matches(byte, Termios.VLNEXT) {
            literalNext = true
            // A placeholder caret the literal character's echo then overwrites.
            if local.isSuperset(of: [.ECHO, .ECHOCTL]) { echo += [UInt8(ascii: "^"), Self.backspace] }
        } else if matches(byte, Termios.VEOF) {
            completeLine()                       // the EOF byte itself is not stored
        } else if byte == UInt8(ascii: "\n") || matches(byte, Termios.VEOL) || matches(byte, Termios.VEOL2) {
            // The terminator is stored even when the buffer is otherwise full.
            editing.append(byte)
            if byte == UInt8(ascii: "\n") {
                if local.contains(.ECHO) || local.contains(.ECHONL) { emit(byte, into: &echo) }
            } else if local.contains(.ECHO) {
                echoChar(byte, into: &echo)              // VEOL, VEOL2
            }
            completeLine()
        } else {
            store(byte, echo: &echo)
        }
    }

    private mutating func completeLine() {
        lineLengths.append(editing.count)
        ready += editing
        editing.removeAll()
    }

    /// VERASE: drops the last character of the line (Linux: eraser). Without ECHOE the
    /// erase character is echoed instead of rubbing the character out.
    private mutating func erase(_ byte: UInt8, echo: inout [UInt8]) {
        guard !editing.isEmpty else { return }
        if local.contains(.ECHO) && !local.contains(.ECHOE) {
            editing.removeLast()
            echoChar(byte, into: &echo)
        } else {
            eraseLast(echo: &echo)
        }
    }

    /// VWERASE: drops trailing blanks, then the word before them.
    private mutating func eraseWord(echo: inout [UInt8]) {
        func isBlank(_ c: UInt8) -> Bool { c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }
        while let last = editing.last, isBlank(last) { eraseLast(echo: &echo) }
        while let last = editing.last, !isBlank(last) { eraseLast(echo: &echo) }
    }

    /// VKILL: drops the whole line. With ECHOKE (and ECHOE, ECHOK) each character is rubbed
    /// out on screen; otherwise the kill character is echoed, and a newline with ECHOK.
    private mutating func kill(_ byte: UInt8, echo: inout [UInt8]) {
        guard !editing.isEmpty else { return }
        if local.contains(.ECHO) && local.isSuperset(of: [.ECHOK, .ECHOKE, .ECHOE]) {
            while !editing.isEmpty { eraseLast(echo: &echo) }
            return
        }
        editing.removeAll()
        guard local.contains(.ECHO) else { return }
        echoChar(byte, into: &echo)
        if local.contains(.ECHOK) { emit(UInt8(ascii: "\n"), into: &echo) }
    }

    /// Drops the last character and, with ECHO, rubs it out: "\b \b" per column it took
    /// (two for a ^X, none for a control character shown raw), and for a tab as many
    /// backspaces as the tab advanced (Linux: eraser and ECHO_OP_ERASE_TAB).
    private mutating func eraseLast(echo: inout [UInt8]) {
        guard var last = editing.popLast() else { return }
        // IUTF8: a whole UTF-8 character goes, continuation bytes and all.
        while isContinuation(last), let previous = editing.popLast() { last = previous }
        guard local.contains(.ECHO) else { return }
        if last == UInt8(ascii: "\t") {
            rubOutTab(echo: &echo)
            return
        }
        let columns = Self.isControl(last) ? (local.contains(.ECHOCTL) ? 2 : 0) : 1
        for _ in 0..<columns {
            for byte in Self.rubOutSequence { emit(byte, into: &echo) }
        }
    }

    /// Backs up over a tab: the columns since the previous tab (or the line's start column)
    /// decide where the tab began.
    private mutating func rubOutTab(echo: inout [UInt8]) {
        var columns = 0
        var afterTab = false
        for character in editing.reversed() {
            if character == UInt8(ascii: "\t") { afterTab = true; break }
            if Self.isControl(character) {
                if local.contains(.ECHOCTL) { columns += 2 }
            } else if !isContinuation(character) {
                columns += 1
            }
        }
        var used = columns & 7
        if !afterTab { used += lineStartColumn }
        let backspaces = min(8 - (used & 7), column)
        for _ in 0..<backspaces { emit(Self.backspace, into: &echo) }
    }

    /// IUTF8: a UTF-8 continuation byte takes no column of its own.
    private func isContinuation(_ byte: UInt8) -> Bool {
        termios.c_iflag.contains(.IUTF8) && byte & 0xC0 == 0x80
    }

    private func echoesAsCaret(_ byte: UInt8) -> Bool {
        local.contains(.ECHOCTL) && Self.isControl(byte) && byte != UInt8(ascii: "\t")
    }

    /// Echo of one input byte: ^X for control characters with ECHOCTL (Linux: echo_char).
    private mutating func echoChar(_ byte: UInt8, into echo: inout [UInt8]) {
        if echoesAsCaret(byte) {
            emit(UInt8(ascii: "^"), into: &echo)
            emit(byte ^ 0x40, into: &echo)
        } else {
            emit(byte, into: &echo)
        }
    }

    private mutating func emit(_ byte: UInt8, into output: inout [UInt8]) {
        Self.processOutput(byte, flags: termios.c_oflag, column: &column, lineStart: &lineStartColumn, into: &output)
    }

    // MARK: reading

    /// Whether a read of `requested` bytes may return now. Canonical: a completed line.
    /// Non-canonical: at least min(VMIN, requested) bytes; with VMIN 0, always (Linux:
    /// n_tty_read with VTIME 0).
    public func canRead(requested: Int) -> Bool {
        if canonical { return !lineLengths.isEmpty }
        let minimum = Int(termios.c_cc[Termios.VMIN])
        return ready.count >= min(minimum, requested)
    }

    /// Non-canonical reads with VTIME set (Linux: n_tty_read's timeout): VTIME in tenths of
    /// a second, or nil when the read needs no timer (canonical mode, or VTIME 0).
    public var readTimerTenths: Int? {
        guard !canonical, termios.c_cc[Termios.VTIME] > 0 else { return nil }
        return Int(termios.c_cc[Termios.VTIME])
    }

    /// How a timed non-canonical read (VTIME > 0) waits (termios(3)): with VMIN 0 the timer
    /// runs from the start of the read and any byte ends it; with VMIN > 0 the read waits
    /// without limit for the first byte, then the timer restarts with every byte and the
    /// read returns at VMIN bytes or when the timer expires.
    public enum TimedWait: Equatable {
        /// Return now with what is there (`read(into:taking:)` with `.available`).
        case returnNow
        /// Wait without a timer (no byte yet, VMIN > 0).
        case waitForFirstByte
        /// Wait until the timer expires or more input arrives.
        case waitForTimer
    }

    /// The decision of a timed read for `requested` bytes; `expired` says the timer ran out.
    public func timedWait(requested: Int, expired: Bool) -> TimedWait {
        let minimum = Int(termios.c_cc[Termios.VMIN])
        if minimum == 0 {
            return !ready.isEmpty || expired ? .returnNow : .waitForTimer
        }
        if ready.count >= min(minimum, requested) { return .returnNow }
        if ready.isEmpty { return .waitForFirstByte }
        return expired ? .returnNow : .waitForTimer
    }

    /// Copies what a read takes: at most one line in canonical mode (the rest of a long
    /// line stays for the next read), everything up to `buffer.count` otherwise; with
    /// `ignoringMinimum` (a timed read whose timer expired) whatever is there, VMIN or not.
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer, ignoringMinimum: Bool = false) -> ReadResult {
        guard ignoringMinimum && !canonical || canRead(requested: buffer.count) else { return .wait }
        var take = min(buffer.count, ready.count)
        if canonical {
            let line = lineLengths[0]
            if line == 0 {
                lineLengths.removeFirst()
                return .endOfFile
            }
            take = min(take, line)
            if take == line { lineLengths.removeFirst() } else { lineLengths[0] = line - take }
        }
        guard take > 0 else { return .bytes(0) }
        ready.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress!, byteCount: take)
        }
        ready.removeFirst(take)
        return .bytes(take)
    }

    /// FIONREAD: bytes a read could take (canonical: of completed lines only).
    public var readableCount: Int { ready.count }

    // MARK: output

    /// Output post-processing of one byte (Linux: do_output_char): with OPOST, ONLCR turns
    /// NL into CR NL and OCRNL turns CR into NL, and the cursor column is tracked (NL with
    /// ONLCR and CR go to column 0, a tab to the next multiple of 8, BS back one, a printing
    /// character forward one). Without OPOST bytes pass untouched and the column stays.
    public static func processOutput(_ byte: UInt8, flags: TermiosOutputFlags, column: inout Int,
                                     lineStart: inout Int, into output: inout [UInt8]) {
        guard flags.contains(.OPOST) else { output.append(byte); return }
        switch byte {
        case UInt8(ascii: "\n"):
            if flags.contains(.ONLCR) { output.append(UInt8(ascii: "\r")) }
            if flags.contains(.ONLCR) || flags.contains(.ONLRET) { column = 0; lineStart = 0 }
            output.append(byte)
        case UInt8(ascii: "\r"):
            if flags.contains(.OCRNL) {
                if flags.contains(.ONLRET) { column = 0; lineStart = 0 }
                output.append(UInt8(ascii: "\n"))
            } else {
                column = 0
                lineStart = 0
                output.append(byte)
            }
        case UInt8(ascii: "\t"):
            column = (column | 7) + 1
            output.append(byte)
        case backspace:
            if column > 0 { column -= 1 }
            output.append(byte)
        default:
            if !isControl(byte) { column += 1 }
            output.append(byte)
        }
    }

    /// Post-processes `bytes` with the current output flags (a process's write).
    public mutating func processOutput(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        for byte in bytes { emit(byte, into: &output) }
    }

    /// ASCII backspace, ^H.
    public static let backspace: UInt8 = 0x08
    /// What erases one column on a terminal: back, blank, back.
    public static let rubOutSequence: [UInt8] = [0x08, 0x20, 0x08]

    /// ASCII control characters (what n_tty shows as ^X): 0–31 and DEL.
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }
}
