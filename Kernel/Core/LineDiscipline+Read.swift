// LineDiscipline reads (Linux: n_tty_read): canonical lines, VMIN, and the VTIME timer's
// decisions; the kernel's ConsoleTTY blocks and times, this decides. The input side is
// LineDiscipline.swift.
import LinuxABI

extension LineDiscipline {
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

    /// poll(2)'s POLLIN (Linux: input_available_p with poll set): canonical mode needs a
    /// completed line; otherwise VMIN bytes when VTIME is 0 and VMIN is set, else one byte.
    public var pollReadable: Bool {
        if canonical { return !lineLengths.isEmpty }
        let minimum = Int(termios.c_cc[Termios.VMIN])
        let needed = termios.c_cc[Termios.VTIME] == 0 && minimum > 0 ? minimum : 1
        return ready.count >= needed
    }

    /// FIONREAD: bytes a read could take (canonical: of completed lines only).
    public var readableCount: Int { ready.count }
}
