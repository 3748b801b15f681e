// The console as an open file (fds 0–2 of init, /dev/console): output goes to every
// console sink. FIXME(issue 3, §5 TTY): input, line discipline and termios arrive with
// the console TTY, which replaces this class.
import LinuxABI

final class ConsoleFile: OpenFile {
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        Console.lock.withLock { Console.writeUnlocked(buffer.bindMemory(to: UInt8.self)) }
        return buffer.count
    }

    /// No input device yet: reads see end of file.
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { 0 }

    /// TIOCGWINSZ: a fixed 80x25 until the TTY knows the terminal's size.
    override func ioctl(_ request: UInt64, _ argument: UInt64) throws(Errno) -> Int64 {
        guard request == UInt64(IoctlRequest.TIOCGWINSZ) else { throw .ENOTTY }
        try UserMemory.write((UInt16(25), UInt16(80), UInt16(0), UInt16(0)), to: argument)
        return 0
    }

    override func stat() throws(Errno) -> Stat {
        var info = Stat()
        info.mode = FileMode(rawValue: FileMode.S_IFCHR | 0o620)
        info.st_rdev = ConsoleFile.deviceNumber
        info.st_blksize = 1024
        return info
    }

    /// Linux's /dev/console: character device 5:1.
    static let deviceNumber: UInt64 = (5 << 8) | 1
}
