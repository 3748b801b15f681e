// Reading a whole directory with getdents64(2) (Files.swift): the entries' names and types.
import CRuntime
import LinuxABI

/// One directory entry. Linux: `struct linux_dirent64`.
public struct DirectoryEntry: Sendable {
    /// The inode number (`d_ino`).
    public var inode: UInt64
    /// The file type (`d_type`: `DT_DIR` 4, `DT_REG` 8, `DT_LNK` 10, …; 0 unknown).
    public var type: UInt8
    /// The name, without a directory part.
    public var name: String
}

/// Every entry of the directory at `path`, "." and ".." included, in the kernel's order.
public func readDirectory(_ path: String) throws(Errno) -> [DirectoryEntry] {
    let fd = try open(path, [.O_DIRECTORY, .O_CLOEXEC])
    defer { try? close(fd) }
    var entries: [DirectoryEntry] = []
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 8)
    defer { buffer.deallocate() }
    while true {
        let count = try getdents64(fd, buffer)
        if count == 0 { break }
        var offset = 0
        while offset < count {
            let record = buffer.baseAddress! + offset
            // struct linux_dirent64: d_ino at 0, d_off 8, d_reclen 16, d_type 18, d_name 19.
            let inode = record.loadUnaligned(as: UInt64.self)
            let length = record.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
            let type = record.load(fromByteOffset: 18, as: UInt8.self)
            let name = String(nulTerminated: (record + 19).assumingMemoryBound(to: UInt8.self))
            entries.append(DirectoryEntry(inode: inode, type: type, name: name))
            if length == 0 { break }
            offset += Int(length)
        }
    }
    return entries
}
