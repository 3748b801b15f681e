// getdents64(2) over a ramfs directory: `struct linux_dirent64` records (Kernel/ABI/
// Dirent.swift) for ".", ".." and the entries in insertion order. A listing position is
// 0 for ".", 1 for "..", else an entry's cookie (RamDirectory.swift), so a position stays
// valid while names come and go; each record's d_off is the position after it.
// Linux: dcache_readdir and dir_emit_dots (fs/libfs.c), filldir64 (fs/readdir.c).
import LinuxABI

extension RamFS {
    /// Writes the records from `position` on into `buffer`, as many as fit whole; returns
    /// the bytes used and the position to continue at. Errors: `ENOTDIR`; `ENOENT` for a
    /// removed directory (Linux iterate_dir's IS_DEADDIR); `EINVAL` when not even the
    /// first record fits (filldir64's "result buffer too small"). At the end: 0 bytes.
    public func readDirectory(_ directory: RamInode, from position: Int64,
                              into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> (count: Int, next: Int64) {
        if directory.providerTag != 0 { refreshDirectory?(self, directory) }
        guard let entries = directory.directory else { throw .ENOTDIR }
        guard !directory.isDeadDirectory else { throw .ENOENT }
        var used = 0
        var position = max(position, 0)
        func emit(_ name: ArraySlice<UInt8>, _ inode: RamInode, next: Int64) -> Bool {
            let length = LinuxDirent64.recordLength(nameLength: name.count)
            guard buffer.count - used >= length else { return false }
            let record = UnsafeMutableRawBufferPointer(rebasing: buffer[used..<(used + length)])
            _ = record.initializeMemory(as: UInt8.self, repeating: 0)
            let header = LinuxDirent64(d_ino: inode.number, d_off: next, d_reclen: UInt16(length),
                                       d_type: LinuxDirent64.type(of: inode.mode))
            record.storeBytes(of: header.d_ino, toByteOffset: 0, as: UInt64.self)
            record.storeBytes(of: header.d_off, toByteOffset: 8, as: Int64.self)
            record.storeBytes(of: header.d_reclen, toByteOffset: 16, as: UInt16.self)
            record.storeBytes(of: header.d_type, toByteOffset: 18, as: UInt8.self)
            for (index, byte) in name.enumerated() { record[LinuxDirent64.nameOffset + index] = byte }
            used += length
            return true
        }
        func full() throws(Errno) -> (count: Int, next: Int64) {
            guard used > 0 else { throw .EINVAL }
            return (used, position)
        }
        let dot = UInt8(ascii: ".")
        if position == 0 {
            guard emit([dot][...], directory, next: 1) else { return try full() }
            position = 1
        }
        if position == 1 {
            let parent = directory.directory?.parent ?? directory
            guard emit([dot, dot][...], parent, next: RamDirectory.firstCookie) else { return try full() }
            position = RamDirectory.firstCookie
        }
        var index = entries.firstIndex(atOrAfterCookie: position)
        while index < entries.entries.count {
            let entry = entries.entries[index]
            guard emit(entry.name[...], entry.inode, next: entry.cookie + 1) else { return try full() }
            position = entry.cookie + 1
            index += 1
        }
        return (used, position)
    }

    /// The absolute path of `directory` ("/" for the root), or nil when it is not a
    /// directory or no longer reachable from the root (removed). Linux: getcwd(2)'s
    /// prepend_path over d_parent.
    public func path(of directory: RamInode) -> [UInt8]? {
        guard directory.isDirectory, !directory.isDeadDirectory else { return nil }
        var names: [[UInt8]] = []
        var current = directory
        while current !== root {
            guard let parent = current.directory?.parent, let entries = parent.directory,
                  let entry = entries.entries.first(where: { $0.inode === current }) else { return nil }
            names.append(entry.name)
            current = parent
        }
        guard !names.isEmpty else { return [UInt8(ascii: "/")] }
        var path: [UInt8] = []
        for name in names.reversed() {
            path.append(UInt8(ascii: "/"))
            path.append(contentsOf: name)
        }
        return path
    }
}
