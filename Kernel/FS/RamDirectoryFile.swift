// An open ramfs directory: getdents64 from the position (0 ".", 1 "..", then entry
// cookies, RamDirents.swift), lseek to a position (SEEK_SET/SEEK_CUR only), read() is
// EISDIR. Linux: dcache_readdir, dcache_dir_lseek and generic_read_dir (fs/libfs.c).
import KernelCore
import LinuxABI

final class RamDirectoryFile: InodeFile {
    /// Linux: generic_read_dir.
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { throw .EISDIR }
    override func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int { throw .EISDIR }

    /// Linux: getdents64(2) → iterate_dir → dcache_readdir.
    override func readDirectory(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let position = offset
        let (count, next) = try VFS.withLock { fs throws(Errno) in
            try fs.readDirectory(node, from: position, into: buffer)
        }
        offset = next
        return count
    }

    /// Linux: dcache_dir_lseek: SEEK_SET and SEEK_CUR to any position ≥ 0.
    override func seek(_ delta: Int64, whence: Int32) throws(Errno) -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        offset = try DirectoryPosition.seek(from: offset, by: delta, whence: whence)
        return offset
    }
}
