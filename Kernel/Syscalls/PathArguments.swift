// The arguments every path syscall shares: a path read from user memory with Linux's
// getname rules (EFAULT, ENAMETOOLONG at PATH_MAX, ENOENT when empty), and the directory
// a relative path starts from (AT_FDCWD, or a dirfd: EBADF, ENOTDIR). Linux: fs/namei.c
// getname_flags and path_init.
import KernelCore
import LinuxABI

enum PathArguments {
    /// Linux `PATH_MAX`: a path of this many bytes or more (NUL included) is ENAMETOOLONG.
    static let pathMax = RamFSLimits.pathMax

    /// The NUL-terminated path at `address`. An empty path is ENOENT unless `allowEmpty`
    /// (AT_EMPTY_PATH). Linux: getname_flags.
    static func path(_ address: UInt64, allowEmpty: Bool = false) throws(Errno) -> [UInt8] {
        let path = try UserMemory.readString(at: address, limit: pathMax - 1)
        guard !path.isEmpty || allowEmpty else { throw .ENOENT }
        return path
    }

    /// A dirfd argument as the int it is.
    static func dirfd(_ value: UInt64) -> Int32 { Int32(truncatingIfNeeded: value) }

    /// The directory `path` starts from: the root for an absolute path (the dirfd is not
    /// even looked at), the working directory for AT_FDCWD, else the directory `dirfd`
    /// names (EBADF when it is not open, ENOTDIR when it is not a directory).
    static func start(_ process: Process, dirfd: UInt64, path: [UInt8]) throws(Errno) -> RamInode {
        if path.first == UInt8(ascii: "/") { return VFS.root }
        let fd = self.dirfd(dirfd)
        if fd == AtFlags.AT_FDCWD { return process.fsContext.workingDirectory }
        let file = try process.files.entry(Int(fd))
        guard let inode = file.inode, inode.isDirectory else { throw .ENOTDIR }
        return inode
    }

    /// The inode an empty path with AT_EMPTY_PATH names: the working directory for
    /// AT_FDCWD, else `dirfd`'s own file (EBADF; EINVAL for a file without an inode).
    static func emptyPathTarget(_ process: Process, dirfd: UInt64) throws(Errno) -> RamInode {
        let fd = self.dirfd(dirfd)
        if fd == AtFlags.AT_FDCWD { return process.fsContext.workingDirectory }
        guard let inode = try process.files.entry(Int(fd)).inode else { throw .EINVAL }
        return inode
    }

    /// Looks `path` up from `dirfd` (following a final symlink when `follow`), or takes
    /// dirfd's own inode for an empty path when `emptyPath` (AT_EMPTY_PATH).
    static func lookup(_ process: Process, dirfd: UInt64, path address: UInt64, follow: Bool,
                       emptyPath: Bool = false) throws(Errno) -> RamInode {
        try lookup(process, dirfd: dirfd, path: try path(address, allowEmpty: emptyPath), follow: follow)
    }

    /// `lookup` of a path already read from user memory; empty (allowed when it was read)
    /// names dirfd's own inode.
    static func lookup(_ process: Process, dirfd: UInt64, path: [UInt8], follow: Bool) throws(Errno) -> RamInode {
        if path.isEmpty { return try emptyPathTarget(process, dirfd: dirfd) }
        let start = try start(process, dirfd: dirfd, path: path)
        let credentials = process.fsCredentials
        return try VFS.withLock { fs throws(Errno) in
            try fs.lookup(path, from: start, followFinalSymlink: follow, credentials: credentials)
        }
    }

    /// The flags argument of an *at syscall, EINVAL when it holds anything but `allowed`.
    static func atFlags(_ value: UInt64, allowed: AtFlags) throws(Errno) -> AtFlags {
        let flags = AtFlags(rawValue: Int32(truncatingIfNeeded: value))
        guard flags.subtracting(allowed).isEmpty else { throw .EINVAL }
        return flags
    }

    /// A descriptor whose file may be used for its contents or attributes: EBADF when it
    /// is not open or is an O_PATH descriptor (Linux: fdget, which skips FMODE_PATH).
    static func contentFile(_ process: Process, _ fd: UInt64) throws(Errno) -> OpenFile {
        let file = try process.files.entry(Int(Int32(truncatingIfNeeded: fd)))
        guard !file.flags.contains(.O_PATH) else { throw .EBADF }
        return file
    }
}
