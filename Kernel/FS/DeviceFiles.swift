// The character devices behind /dev's nodes: which major:minor opens which OpenFile (one
// small function, so a device moving to a new class is a one-line change), the nodes the
// kernel puts in /dev at boot, and /dev/null and /dev/zero themselves.
// Linux: drivers/char/mem.c (null 1:3, zero 1:5), drivers/tty/tty_io.c (tty 5:0, console 5:1).
import KernelCore
import LinuxABI

enum DeviceFiles {
    static let null = RamDeviceNumber(major: 1, minor: 3)
    static let zero = RamDeviceNumber(major: 1, minor: 5)
    static let tty = RamDeviceNumber(major: 5, minor: 0)
    static let console = RamDeviceNumber(major: 5, minor: 1)

    /// The nodes VFS.mountRoot creates in /dev, with Linux's usual permissions.
    static let nodes: [(name: StaticString, device: RamDeviceNumber, permissions: UInt32)] = [
        ("console", console, 0o600), ("tty", tty, 0o666), ("null", null, 0o666), ("zero", zero, 0o666),
    ]

    /// The open file for character device `device`, opened from `node` with `flags`
    /// (`noctty`: open(2) had O_NOCTTY, which is not kept in the file's flags); ENXIO for a
    /// device no driver claims (Linux: chrdev_open's -ENXIO).
    static func open(_ device: RamDeviceNumber, node: RamInode, flags: OpenFlags, noctty: Bool = false) throws(Errno) -> OpenFile {
        if device == null { return NullFile(node: node, flags: flags) }
        if device == zero { return ZeroFile(node: node, flags: flags) }
        if device == console { return ConsoleTTY.openDevice(flags: flags, noctty: noctty) }
        if device == tty { return try ConsoleTTY.openControlling(flags: flags) }
        throw .ENXIO
    }
}

/// /dev/null: reads see end of file, writes succeed and vanish, the position stays 0.
/// Linux: read_null, write_null, null_lseek.
final class NullFile: InodeFile {
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { 0 }
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int { buffer.count }
    override func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int { 0 }
    override func write(from buffer: UnsafeRawBufferPointer, at offset: Int64) throws(Errno) -> Int { buffer.count }
    override func seek(_ offset: Int64, whence: Int32) throws(Errno) -> Int64 { 0 }
}

/// /dev/zero: reads fill the buffer with zeros (as much as asked), writes vanish, the
/// position stays 0. Linux: read_iter_zero, write_null, null_lseek.
final class ZeroFile: InodeFile {
    override var readsFully: Bool { true }
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        _ = buffer.initializeMemory(as: UInt8.self, repeating: 0)
        return buffer.count
    }
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int { buffer.count }
    override func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int {
        try read(into: buffer)
    }
    override func write(from buffer: UnsafeRawBufferPointer, at offset: Int64) throws(Errno) -> Int { buffer.count }
    override func seek(_ offset: Int64, whence: Int32) throws(Errno) -> Int64 { 0 }
}
