// open(2) on the root filesystem: the flag rules of build_open_flags, the walk and O_CREAT
// of path_openat/open_last_lookups, and the checks of do_open/may_open, in Linux's order
// (fs/open.c, fs/namei.c); then the OpenFile for the inode's type.
import KernelCore
import LinuxABI

extension VFS {
    /// Linux's `__O_TMPFILE` bit (O_TMPFILE without O_DIRECTORY).
    static let tmpfileBit = OpenFlags(rawValue: 0o20000000)
    /// Flags that only matter at open time and are not kept in the description (do_dentry_open,
    /// build_open_flags's strip of O_CLOEXEC).
    static let openTimeOnly: OpenFlags = [.O_CREAT, .O_EXCL, .O_NOCTTY, .O_TRUNC, .O_CLOEXEC]

    /// Opens `path` (relative to `start`) as open(2) with `flags`; `mode` is the new
    /// file's permissions before the umask. Errors as Linux's openat(2).
    static func open(_ path: [UInt8], from start: RamInode, flags requested: OpenFlags, mode: UInt32,
                     umask: UInt32, credentials: FSCredentials) throws(Errno) -> OpenFile {
        var flags = requested
        if flags.contains(tmpfileBit) {
            // O_TMPFILE must come with O_DIRECTORY and write access (build_open_flags).
            guard flags.contains(.O_TMPFILE), flags.isWritable else { throw .EINVAL }
            throw .EOPNOTSUPP
        }
        if flags.contains(.O_PATH) {
            flags = flags.intersection([.O_DIRECTORY, .O_NOFOLLOW, .O_PATH, .O_CLOEXEC])
        } else if flags.contains(.O_CREAT) && flags.contains(.O_DIRECTORY) {
            throw .EINVAL   // Linux ≥ 6.4
        }
        let stored = flags.subtracting(openTimeOnly).union(.O_LARGEFILE)
        let inode = try withLock { fs throws(Errno) -> RamInode in
            let (inode, created) = try find(fs, path, from: start, flags: flags, mode: mode, umask: umask,
                                            credentials: credentials)
            // A file this open created is not checked against its own new mode (FMODE_CREATED).
            if !created { try mayOpen(fs, inode, flags: flags, credentials: credentials) }
            // Linux do_dentry_open, then handle_truncate: write access first (ETXTBSY for a
            // running program), so a running program is never truncated.
            guard inode.isRegular, !flags.contains(.O_PATH), flags.isWritable || flags.contains(.O_TRUNC) else {
                return inode
            }
            try WriteAccess.get(inode)
            if flags.contains(.O_TRUNC) {
                do throws(Errno) { try fs.truncate(inode, to: 0) } catch {
                    WriteAccess.put(inode)
                    throw error
                }
            }
            if !flags.isWritable { WriteAccess.put(inode) }   // O_RDONLY|O_TRUNC
            return inode
        }
        if flags.contains(.O_PATH) { return PathFile(node: inode, flags: stored) }
        switch inode.mode.type {
        case FileMode.S_IFREG: return RamRegularFile(node: inode, flags: stored, holdsWriteAccess: stored.isWritable)
        case FileMode.S_IFDIR:
            if inode.providerTag != 0 { return ProcDirectoryFile(node: inode, flags: stored) }
            return RamDirectoryFile(node: inode, flags: stored)
        case FileMode.S_IFCHR:
            guard let device = inode.device else { throw .ENXIO }
            return try DeviceFiles.open(device, node: inode, flags: stored, noctty: flags.contains(.O_NOCTTY))
        // FIXME(issue 3, §5 pipes): a FIFO node opens a pipe end; sockets are ENXIO (Linux too).
        default: throw .ENXIO
        }
    }

    /// The walk and, with O_CREAT, the creation; returns the inode and whether it is new.
    private static func find(_ fs: RamFS, _ path: [UInt8], from start: RamInode, flags: OpenFlags, mode: UInt32,
                             umask: UInt32, credentials: FSCredentials) throws(Errno) -> (RamInode, Bool) {
        let creating = flags.contains(.O_CREAT)
        let exclusive = creating && flags.contains(.O_EXCL)
        // O_CREAT|O_EXCL and O_NOFOLLOW do not follow a final symlink.
        let follow = !(exclusive || flags.contains(.O_NOFOLLOW))
        let at = try fs.resolve(path, from: start, final: follow ? .follow : .noFollow, credentials: credentials)
        if let inode = at.inode {
            if exclusive { throw .EEXIST }
            if creating && inode.isDirectory { throw .EISDIR }
            if at.trailingSlash && !inode.isDirectory { throw .ENOTDIR }
            return (inode, false)
        }
        guard creating else { throw .ENOENT }
        // open_last_lookups: O_CREAT on "name/" is EISDIR.
        if at.trailingSlash { throw .EISDIR }
        let inode = try fs.create(in: at.parent, name: at.name, mode: mode & 0o7777 & ~umask, uid: credentials.uid,
                                  gid: credentials.gid, credentials: credentials)
        return (inode, true)
    }

    /// The checks on an existing inode (do_open, may_open, handle_truncate): a symlink
    /// (reached only with O_NOFOLLOW) is ELOOP unless O_PATH; O_DIRECTORY needs a
    /// directory; a directory cannot be opened for writing; then read/write permission.
    /// (O_TRUNC is open's, after it has write access.)
    private static func mayOpen(_ fs: RamFS, _ inode: RamInode, flags: OpenFlags,
                                credentials: FSCredentials) throws(Errno) {
        if flags.contains(.O_DIRECTORY) && !inode.isDirectory { throw .ENOTDIR }
        if flags.contains(.O_PATH) { return }
        if inode.isSymlink { throw .ELOOP }
        var mask: AccessMask = []
        if flags.accessMode != OpenFlags.O_WRONLY.rawValue { mask.insert(.read) }
        if flags.accessMode != OpenFlags.O_RDONLY.rawValue || flags.contains(.O_TRUNC) { mask.insert(.write) }
        if inode.isDirectory && mask.contains(.write) { throw .EISDIR }
        guard RamFS.mayAccess(inode, mask: mask, credentials: credentials) else { throw .EACCES }
    }
}
