// A regular ramfs file opened for reading and/or writing: reads and writes at the shared
// position (O_APPEND writes at the end), pread/pwrite, lseek with SEEK_DATA/SEEK_HOLE as
// Linux's generic_file_llseek has them (the whole file is data). Linux: shmem_file_operations.
import KernelCore
import LinuxABI

final class RamRegularFile: InodeFile {
    /// Opened for writing: it holds the file's write access (WriteAccess.swift) until it closes.
    private let holdsWriteAccess: Bool

    init(node: RamInode, flags: OpenFlags, holdsWriteAccess: Bool) {
        self.holdsWriteAccess = holdsWriteAccess
        super.init(node: node, flags: flags)
    }

    deinit {
        if holdsWriteAccess { WriteAccess.put(node) }
    }

    /// Reads never block and only stop short at the end of the file.
    override var readsFully: Bool { true }

    /// Linux: read(2) on a regular file.
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let position = offset
        let count = try VFS.withLock { fs throws(Errno) in try fs.read(node, at: position, into: buffer) }
        offset = position + Int64(count)
        return count
    }

    override func unread(_ count: Int) {
        lock.lock()
        offset -= Int64(count)
        lock.unlock()
    }

    /// Linux: write(2); with O_APPEND the position moves to the end first (atomically
    /// with the write: both happen under the VFS lock).
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let append = flags.contains(.O_APPEND)
        let start = offset
        let (position, count) = try VFS.withLock { fs throws(Errno) -> (Int64, Int) in
            let position = append ? node.size : start
            return (position, try fs.write(node, at: position, from: buffer))
        }
        offset = position + Int64(count)
        return count
    }

    /// Linux: pread64(2).
    override func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int {
        try VFS.withLock { fs throws(Errno) in try fs.read(node, at: offset, into: buffer) }
    }

    /// Linux: pwrite64(2). With O_APPEND Linux writes at the end whatever the offset
    /// (pwrite(2) BUGS), and so does this.
    override func write(from buffer: UnsafeRawBufferPointer, at offset: Int64) throws(Errno) -> Int {
        let append = flags.contains(.O_APPEND)
        return try VFS.withLock { fs throws(Errno) in
            try fs.write(node, at: append ? node.size : offset, from: buffer)
        }
    }

    /// Linux: lseek(2) via generic_file_llseek_size: a negative result is EINVAL,
    /// SEEK_DATA/SEEK_HOLE past the end ENXIO.
    override func seek(_ delta: Int64, whence: Int32) throws(Errno) -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        let size = try VFS.withLock { _ throws(Errno) in node.size }
        let base: Int64
        switch whence {
        case Whence.SEEK_SET: base = 0
        case Whence.SEEK_CUR: base = offset
        case Whence.SEEK_END: base = size
        case Whence.SEEK_DATA, Whence.SEEK_HOLE:
            guard delta >= 0, delta < size else { throw .ENXIO }
            offset = whence == Whence.SEEK_DATA ? delta : size
            return offset
        default: throw .EINVAL
        }
        let (target, overflow) = base.addingReportingOverflow(delta)
        guard !overflow, target >= 0 else { throw .EINVAL }
        offset = target
        return target
    }
}
