// Reading, writing and truncating regular files, with the checks of Linux's read/write
// paths (rw_verify_area, generic_write_checks) and truncate(2). Storage: RamFileData.swift.
// Permission to read or write was checked when the file was opened (the VFS's job).
import LinuxABI

extension RamFS {
    /// Largest file size (Linux `MAX_LFS_FILESIZE` on 64-bit, `s_maxbytes` of tmpfs).
    public static var maxFileSize: Int64 { Int64.max }

    /// Copies up to `buffer.count` bytes from `offset` into `buffer`; returns how many
    /// (0 at or past the end). Holes read as zeros. Errors: `EISDIR` for a directory,
    /// `EINVAL` for another non-regular inode or a negative offset. Linux: pread64(2),
    /// shmem_file_read_iter. Does not touch atime (relatime is the VFS's choice).
    public func read(_ inode: RamInode, at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        guard let data = inode.fileData else { throw inode.isDirectory ? .EISDIR : .EINVAL }
        guard offset >= 0 else { throw .EINVAL }
        guard offset < Int64(data.size) else { return 0 }
        return data.read(at: Int(offset), into: buffer)
    }

    /// The pages of a regular file's data in order (nil for a hole), for exec to map them
    /// rather than copy; what it maps it must hold on to (`RamPageAllocator.isShared`).
    /// Empty for anything but a regular file.
    public func dataPages(_ inode: RamInode) -> [UnsafeMutableRawPointer?] {
        guard let data = inode.fileData else { return [] }
        let count = (data.size + RamFSLimits.pageSize - 1) / RamFSLimits.pageSize
        return (0..<count).map { data.page(at: $0) }
    }

    /// Writes `bytes` at `offset`, extending the file with a zero-filled hole when
    /// `offset` is past the end; returns how many bytes were written — fewer when the
    /// size limit is reached mid-way. Updates mtime and ctime when anything is written.
    /// Errors: `EISDIR`/`EINVAL` as `read`, `EFBIG` at or past `maxFileSize`, `ENOSPC`
    /// when not one byte fits. Linux: pwrite64(2), generic_write_checks, shmem_write_begin.
    public func write(_ inode: RamInode, at offset: Int64, from bytes: UnsafeRawBufferPointer) throws(Errno) -> Int {
        guard let data = inode.fileData else { throw inode.isDirectory ? .EISDIR : .EINVAL }
        guard offset >= 0 else { throw .EINVAL }
        guard !bytes.isEmpty else { return 0 }
        guard offset < Self.maxFileSize else { throw .EFBIG }
        let count = Int(min(Int64(bytes.count), Self.maxFileSize - offset))
        let written = data.write(at: Int(offset), from: UnsafeRawBufferPointer(rebasing: bytes[0..<count]))
        guard written > 0 else { throw .ENOSPC }
        let time = now()
        inode.mtime = time
        inode.ctime = time
        return written
    }

    /// Sets the file's size to `length`: shrinking drops the data past it, growing adds
    /// zeros (a hole, no memory). Updates mtime and ctime. Errors: `EISDIR` for a
    /// directory, `EINVAL` for another non-regular inode or a negative length.
    /// Linux: truncate(2), do_truncate, shmem_setattr.
    public func truncate(_ inode: RamInode, to length: Int64) throws(Errno) {
        guard let data = inode.fileData else { throw inode.isDirectory ? .EISDIR : .EINVAL }
        guard length >= 0 else { throw .EINVAL }
        data.truncate(to: Int(length))
        let time = now()
        inode.mtime = time
        inode.ctime = time
    }
}
