// The terminal line discipline (Linux: drivers/tty/n_tty.c) as pure logic: input bytes go
// in, and out come the bytes readers may take, the echo to send to the terminal and the
// signal to raise. Reading is LineDiscipline+Read.swift, output LineDiscipline+Output.swift. The kernel's Kernel/FS/ConsoleTTY.swift feeds it from the serial port and
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
    public internal(set) var ready: [UInt8] = []
    /// Canonical mode: the length of each completed line at the front of `ready` (a line
    /// ended by VEOF may be empty and carries no terminator).
    var lineLengths: [Int] = []
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
    var canonical: Bool { local.contains(.ICANON) }

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

    mutating func emit(_ byte: UInt8, into output: inout [UInt8]) {
        Self.processOutput(byte, flags: termios.c_oflag, column: &column, lineStart: &lineStartColumn, into: &output)
    }
}
