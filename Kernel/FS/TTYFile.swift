// An open file on the console TTY (Linux: a struct file with tty_fops): read, write and the
// terminal ioctls (TCGETS, TCSETS/TCSETSW/TCSETSF, TIOCGWINSZ/TIOCSWINSZ, TIOCGPGRP/
// TIOCSPGRP, FIONREAD). The terminal itself, shared by every open file, is ConsoleTTY.
import KernelCore
import LinuxABI

final class TTYFile: OpenFile {
    let tty: ConsoleTTY

    init(tty: ConsoleTTY, flags: OpenFlags) {
        self.tty = tty
        super.init(flags: flags)
    }

    /// An open file on the console TTY (same as `ConsoleTTY.open(flags:)`).
    override init(flags: OpenFlags) {
        tty = ConsoleTTY.console ?? ConsoleTTY()
        super.init(flags: flags)
    }

    /// The calling process (nil for the kernel's own writes).
    private var caller: Process? { Scheduler.current.process }

    /// Linux n_tty_read: a background group of the console's session gets SIGTTIN first.
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        if let caller { try tty.checkAccess(.SIGTTIN, by: caller) }
        return try tty.read(into: buffer, nonblocking: isNonblocking)
    }

    /// Linux n_tty_write: with TOSTOP a background group gets SIGTTOU first.
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        if let caller, tty.stopsBackgroundWrites { try tty.checkAccess(.SIGTTOU, by: caller) }
        return tty.write(buffer)
    }

    /// The termios-changing requests check the caller's group first (Linux tty_check_change
    /// in set_termios and TCFLSH).
    private func checkChange() throws(Errno) {
        if let caller { try tty.checkAccess(.SIGTTOU, by: caller) }
    }

    /// poll(2) (Linux: n_tty_poll): readable when a read would return (a line, or VMIN
    /// bytes); always writable, since output goes out at once.
    override func pollEvents() -> Int16 {
        var events = PollEvents.POLLOUT | PollEvents.POLLWRNORM
        if tty.pollReadable { events |= PollEvents.POLLIN | PollEvents.POLLRDNORM }
        return events
    }

    /// Input and termios changes wake the readers' queue; output never waits.
    override func pollRegister(_ waiter: PollWaiter) { waiter.register(tty.readers) }

    /// Linux: tty_ioctl and n_tty_ioctl. Unknown requests are ENOTTY, as on Linux for
    /// requests no layer knows.
    override func ioctl(_ request: UInt64, _ argument: UInt64) throws(Errno) -> Int64 {
        switch UInt32(truncatingIfNeeded: request) {
        case IoctlRequest.TCGETS:
            try UserMemory.write(tty.termios, to: argument)
        case IoctlRequest.TCSETS, IoctlRequest.TCSETSW:
            try checkChange()
            tty.setTermios(try UserMemory.read(Termios.self, at: argument), flush: false)
        case IoctlRequest.TCSETSF:
            try checkChange()
            tty.setTermios(try UserMemory.read(Termios.self, at: argument), flush: true)
        case IoctlRequest.TCFLSH:
            // Output has already gone out, so only the input queue has anything to drop.
            try checkChange()
            switch argument {
            case IoctlRequest.TCIFLUSH, IoctlRequest.TCIOFLUSH: tty.flushInput()
            case IoctlRequest.TCOFLUSH: break
            default: throw .EINVAL
            }
        case IoctlRequest.TIOCGWINSZ:
            try UserMemory.write(tty.size, to: argument)
        case IoctlRequest.TIOCSWINSZ:
            tty.setSize(try UserMemory.read(WinSize.self, at: argument))
        case IoctlRequest.TIOCGPGRP:
            let group = try tty.foregroundGroup(for: try process())
            try UserMemory.write(Int32(truncatingIfNeeded: group), to: argument)
        case IoctlRequest.TIOCSPGRP:
            try tty.setForeground(Int(try UserMemory.read(Int32.self, at: argument)), by: try process())
        case IoctlRequest.TIOCGSID:
            let sid = try tty.sessionID(for: try process())
            try UserMemory.write(Int32(truncatingIfNeeded: sid), to: argument)
        case IoctlRequest.TIOCSCTTY:
            try tty.setControlling(try process(), steal: argument == 1, openForReading: isReadable)
        case IoctlRequest.TIOCNOTTY:
            try tty.dropControlling(try process())
        case IoctlRequest.FIONREAD:
            try UserMemory.write(Int32(clamping: tty.readable), to: argument)
        default:
            throw .ENOTTY
        }
        return 0
    }

    /// The caller of an ioctl (the kernel itself issues none).
    private func process() throws(Errno) -> Process {
        guard let caller else { throw .ENOTTY }
        return caller
    }

    /// The console is character device 5:1 (Linux's /dev/console), crw--w----.
    override func stat() throws(Errno) -> Stat {
        var info = Stat()
        info.mode = FileMode(rawValue: FileMode.S_IFCHR | 0o620)
        info.st_rdev = TTYFile.consoleDevice
        info.st_nlink = 1
        info.st_blksize = 1024
        return info
    }

    /// Linux's /dev/console: character device 5:1.
    static let consoleDevice: UInt64 = (5 << 8) | 1
}

/// The console's open file under the name it had before the TTY existed: code written
/// against the output-only ConsoleFile (`ConsoleFile(flags:)`) now opens the TTY.
typealias ConsoleFile = TTYFile
