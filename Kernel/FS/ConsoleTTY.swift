// The console terminal (Linux: the tty_struct behind /dev/console with the N_TTY line
// discipline): the termios state and line discipline (KernelCore.LineDiscipline), the window
// size and the foreground process group. Input comes from the serial port through the "tty"
// kernel thread; output goes to the console sinks under Console.lock, which kernel log lines
// share. The open files over it are TTYFile (TTYFile.swift); `ConsoleTTY.open` is what
// /dev/console and /dev/tty hand out.
import KernelCore
import LinuxABI

final class ConsoleTTY {
    /// The one console terminal; created by `start` at boot.
    nonisolated(unsafe) private(set) static var console: ConsoleTTY? = nil

    /// Guards `discipline`, `windowSize` and `foregroundGroup`. Taken inside the readers'
    /// wait condition (queue lock → this lock), so nothing is taken while it is held.
    let lock = Spinlock()
    private var discipline = LineDiscipline()
    /// The window size TIOCGWINSZ reports: the screen's text size when the console is the
    /// VT, 0×0 when it is a serial line (KernelCore.ConsoleKind, set by `start`), then
    /// whatever TIOCSWINSZ stored.
    private var windowSize = WinSize()
    /// The session whose controlling terminal this is, and its foreground process group
    /// (Linux tty->ctrl.session, tty->ctrl.pgrp): nil until a session leader acquires the
    /// console (ConsoleTTY+Session.swift), and again once it lets go or exits. ISIG signals
    /// go to the foreground group; with none, ^C reaches nobody (as on Linux).
    var session: Int? = nil
    var foregroundGroup: Int? = nil
    /// Readers sleep here until the line discipline has something for them.
    let readers = WaitQueue()

    /// Creates the console TTY, routes serial input to it and starts the thread that feeds
    /// received bytes through the line discipline (Linux: flush_to_ldisc in a workqueue).
    /// `console` is the last `console=` value of the command line: it decides whether the
    /// console is the VT (the screen's size) or a serial line (0×0), as on Linux.
    static func start(inputVector: Int, console name: String?) {
        let tty = ConsoleTTY()
        let screen = ScreenConsole.textSize
        let kind = ConsoleKind.of(console: name, hasScreen: screen != nil)
        tty.windowSize = kind.initialSize(columns: screen?.columns ?? 0, rows: screen?.rows ?? 0)
        Log.info("tty: the console is " + (kind == .virtualTerminal ? "the screen's VT" : "a serial line") + ", "
                 + String(tty.windowSize.ws_col) + "x" + String(tty.windowSize.ws_row))
        console = tty
        SerialInput.start(vector: inputVector)
        guard Scheduler.spawn(name: "tty", { tty.inputLoop() }) != nil else {
            Log.error("tty: cannot start the input thread; the console is output-only")
            return
        }
    }

    /// A new open file on the console (init's fds 0–2; the kernel's open never acquires).
    static func open(flags: OpenFlags) -> OpenFile {
        TTYFile(tty: console ?? ConsoleTTY(), flags: flags)
    }

    /// open("/dev/console"): a session leader without a controlling terminal acquires the
    /// console unless O_NOCTTY (Linux tty_open; Linux itself never lets /dev/console become
    /// one — see docs/decisions.md).
    static func openDevice(flags: OpenFlags, noctty: Bool) -> OpenFile {
        let file = open(flags: flags)
        if let tty = (file as? TTYFile)?.tty, let process = Scheduler.current.process {
            tty.acquireOnOpen(process, noctty: noctty)
        }
        return file
    }

    /// open("/dev/tty"): the caller's controlling terminal, ENXIO without one (Linux
    /// tty_open_current_tty).
    static func openControlling(flags: OpenFlags) throws(Errno) -> OpenFile {
        guard let process = Scheduler.current.process,
              ProcessTable.lock.withLock({ process.hasControllingTTY }) else { throw .ENXIO }
        return open(flags: flags)
    }

    // MARK: input

    private func inputLoop() -> Never {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 256, alignment: 1)
        while true {
            SerialInput.arrived?.wait { SerialInput.hasInput }
            let count = SerialInput.take(into: buffer)
            receive(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Runs received bytes through the line discipline: echo goes out, signals go to the
    /// foreground group, readers wake.
    func receive(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            var echo: [UInt8] = []
            let (signal, group) = lock.withLock { () -> (Signal?, Int?) in
                (discipline.receive(byte, echo: &echo), foregroundGroup)
            }
            if !echo.isEmpty { ConsoleTTY.writeToSinks(echo) }
            if let signal, let group { raise(signal, group: group) }
        }
        readers.wakeAll()
    }

    /// ISIG: ^C, ^\ and ^Z signal the foreground process group.
    private func raise(_ signal: Signal, group: Int) {
        Signals.sendToGroup(signal, pgid: group)
    }

    // MARK: reading and writing

    /// Linux: n_tty_read. Canonical: one line (0 at end of file); otherwise VMIN bytes, with
    /// VTIME's timer when set. Blocks interruptibly.
    func read(into buffer: UnsafeMutableRawBufferPointer, nonblocking: Bool) throws(Errno) -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            if !nonblocking, let tenths = lock.withLock({ discipline.readTimerTenths }) {
                if let count = try timedRead(into: buffer, tenths: tenths) { return count }
                continue   // the settings changed under the read: start over
            }
            let result = lock.withLock { discipline.read(into: buffer) }
            switch result {
            case .bytes(let count): return count
            case .endOfFile: return 0
            case .wait:
                guard !nonblocking else { throw .EAGAIN }
                let requested = buffer.count
                try Process.whileBlocked { () throws(Errno) in
                    try readers.waitInterruptible { self.lock.withLock { self.discipline.canRead(requested: requested) } }
                }
            }
        }
    }

    /// VTIME counts tenths of a second.
    private static let nanosecondsPerTenth: UInt64 = 100_000_000

    /// A non-canonical read with VTIME set (LineDiscipline.timedWait decides); nil when the
    /// settings stop asking for a timer. The timer restarts whenever input arrives; the
    /// reader sleeps on the readers' queue with the timer's deadline (a timed wait), so input
    /// or the timer wakes it, not a tick.
    private func timedRead(into buffer: UnsafeMutableRawBufferPointer, tenths: Int) throws(Errno) -> Int? {
        let timeout = UInt64(tenths) * ConsoleTTY.nanosecondsPerTenth
        var deadline = Clock.nanosecondsSinceBoot() + timeout
        var seen = lock.withLock { discipline.readableCount }
        while true {
            let now = Clock.nanosecondsSinceBoot()
            let (decision, count, timed) = lock.withLock {
                (discipline.timedWait(requested: buffer.count, expired: now >= deadline), discipline.readableCount,
                 discipline.readTimerTenths == tenths)
            }
            guard timed else { return nil }
            if count != seen {
                seen = count
                deadline = now + timeout
            }
            switch decision {
            case .returnNow:
                let result = lock.withLock { discipline.read(into: buffer, ignoringMinimum: true) }
                if case .bytes(let got) = result { return got }
                return 0
            case .waitForFirstByte:
                let requested = buffer.count
                try Process.whileBlocked { () throws(Errno) in
                    try readers.waitInterruptible {
                        self.lock.withLock {
                            self.discipline.readableCount > 0 || self.discipline.readTimerTenths != tenths
                                || self.discipline.canRead(requested: requested)
                        }
                    }
                }
            case .waitForTimer:
                let (until, before) = (deadline, seen)
                try Process.whileBlocked { () throws(Errno) in
                    _ = try readers.waitInterruptible(deadline: until) {
                        self.lock.withLock {
                            self.discipline.readableCount != before || self.discipline.readTimerTenths != tenths
                        }
                    }
                }
            }
        }
    }

    /// Linux: n_tty_write with OPOST processing; the serial port takes everything at once.
    func write(_ bytes: UnsafeRawBufferPointer) -> Int {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        lock.withLock { discipline.processOutput(bytes, into: &output) }
        ConsoleTTY.writeToSinks(output)
        return bytes.count
    }

    /// Bytes written per hold of Console.lock: a line stays whole among kernel log lines,
    /// while a large write does not keep interrupts off for long on a real 115200-baud UART
    /// (256 bytes ≈ 22 ms).
    private static let sinkChunk = 256

    /// Processed bytes out to the console.
    static func writeToSinks(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let piece = UnsafeBufferPointer(rebasing: buffer[start..<min(buffer.count, start + sinkChunk)])
                Console.lock.withLock { Console.writeRawUnlocked(piece) }
                start += piece.count
            }
        }
    }

    // MARK: settings

    var termios: Termios { lock.withLock { discipline.termios } }

    /// TCSETS/TCSETSW/TCSETSF. Output is written synchronously, so "after output drains"
    /// is now; `flush` discards pending input first (TCSETSF).
    func setTermios(_ new: Termios, flush: Bool) {
        lock.withLock {
            if flush { discipline.flushInput() }
            discipline.setTermios(new)
        }
        readers.wakeAll()   // VMIN may have dropped, or the mode changed
    }

    /// TCFLSH with TCIFLUSH: drop pending input.
    func flushInput() {
        lock.withLock { discipline.flushInput() }
    }

    var size: WinSize { lock.withLock { windowSize } }

    /// TIOCSWINSZ (Linux tty_do_resize): stores all four fields; a change sends SIGWINCH to
    /// the foreground process group, an unchanged size nothing. Any holder of the file may
    /// (no background check). The screen's grid stays as it is: the size is the one the
    /// other end of the serial line says it has.
    func setSize(_ new: WinSize) {
        let changed = lock.withLock { () -> Bool in
            let changed = windowSize != new
            windowSize = new
            return changed
        }
        if changed, let group = foreground { Signals.sendToGroup(.SIGWINCH, pgid: group) }
    }

    var foreground: Int? { lock.withLock { foregroundGroup } }

    /// For poll: LineDiscipline.pollReadable.
    var pollReadable: Bool { lock.withLock { discipline.pollReadable } }

    /// FIONREAD.
    var readable: Int { lock.withLock { discipline.readableCount } }
}
