// The namespace system calls by path: resolve the path's parent (RamFS+Lookup.swift),
// apply the rules for "/", "." and ".." as the final component, then the operation by
// name (RamFS+Create/Remove/Rename.swift). New inodes belong to the caller's fsuid/fsgid.
// Linux: the *at(2) system calls in fs/namei.c with AT_FDCWD-style start directories.
import LinuxABI

extension RamFS {
    /// mkdir(2): a directory at `path` with permissions `mode` (umask already applied).
    /// "/", "." and ".." are `EEXIST`; a trailing slash is allowed. Linux: do_mkdirat.
    @discardableResult
    public func mkdir(_ path: [UInt8], from cwd: RamInode, mode: UInt32,
                      credentials: FSCredentials) throws(Errno) -> RamInode {
        let at = try resolve(path, from: cwd, final: .parentOnly, credentials: credentials)
        guard at.last == .normal else { throw .EEXIST }
        return try makeDirectory(in: at.parent, name: at.name, mode: mode, uid: credentials.uid,
                                 gid: credentials.gid, credentials: credentials)
    }

    /// mknod(2): a regular file, device, FIFO or socket node at `path`. The type is
    /// checked first (`EPERM` for a directory, `EINVAL` for an unknown type); "name/" is
    /// `ENOENT`. Linux: do_mknodat.
    @discardableResult
    public func mknod(_ path: [UInt8], from cwd: RamInode, mode: FileMode,
                      device: RamDeviceNumber = RamDeviceNumber(major: 0, minor: 0),
                      credentials: FSCredentials) throws(Errno) -> RamInode {
        switch mode.type {
        case 0, FileMode.S_IFREG, FileMode.S_IFCHR, FileMode.S_IFBLK, FileMode.S_IFIFO, FileMode.S_IFSOCK: break
        case FileMode.S_IFDIR: throw .EPERM
        default: throw .EINVAL
        }
        let at = try resolve(path, from: cwd, final: .parentOnly, credentials: credentials)
        guard at.last == .normal else { throw .EEXIST }
        return try makeNode(in: at.parent, name: at.name, mode: mode, device: device, uid: credentials.uid,
                            gid: credentials.gid, credentials: credentials, trailingSlash: at.trailingSlash)
    }

    /// symlink(2): a symlink at `path` pointing to `target` (checked first: `ENOENT`
    /// empty, `ENAMETOOLONG`). Linux: do_symlinkat.
    @discardableResult
    public func symlink(target: [UInt8], at path: [UInt8], from cwd: RamInode,
                        credentials: FSCredentials) throws(Errno) -> RamInode {
        try Self.checkSymlinkTarget(target)
        let at = try resolve(path, from: cwd, final: .parentOnly, credentials: credentials)
        guard at.last == .normal else { throw .EEXIST }
        return try makeSymlink(in: at.parent, name: at.name, target: target, uid: credentials.uid,
                               gid: credentials.gid, credentials: credentials, trailingSlash: at.trailingSlash)
    }

    /// link(2)/linkat(2): a new name `newPath` for the inode `existingPath` names (a final
    /// symlink followed only with `followSymlink`, linkat's `AT_SYMLINK_FOLLOW`).
    /// Linux: do_linkat.
    public func link(_ existingPath: [UInt8], from existingCwd: RamInode, to newPath: [UInt8],
                     from newCwd: RamInode, followSymlink: Bool = false,
                     credentials: FSCredentials) throws(Errno) {
        let inode = try lookup(existingPath, from: existingCwd, followFinalSymlink: followSymlink,
                               credentials: credentials)
        let at = try resolve(newPath, from: newCwd, final: .parentOnly, credentials: credentials)
        guard at.last == .normal else { throw .EEXIST }
        try link(inode, in: at.parent, name: at.name, credentials: credentials, trailingSlash: at.trailingSlash)
    }

    /// unlink(2): removes the non-directory `path` names. "/", "." and ".." are `EISDIR`.
    /// Linux: do_unlinkat.
    public func unlink(_ path: [UInt8], from cwd: RamInode, credentials: FSCredentials) throws(Errno) {
        let at = try resolve(path, from: cwd, final: .parentOnly, credentials: credentials)
        guard at.last == .normal else { throw .EISDIR }
        try unlink(name: at.name, in: at.parent, credentials: credentials, trailingSlash: at.trailingSlash)
    }

    /// rmdir(2): removes the empty directory `path` names. "/" is `EBUSY`, "." `EINVAL`,
    /// ".." `ENOTEMPTY`. Linux: do_rmdir.
    public func rmdir(_ path: [UInt8], from cwd: RamInode, credentials: FSCredentials) throws(Errno) {
        let at = try resolve(path, from: cwd, final: .parentOnly, credentials: credentials)
        guard at.last != .root else { throw .EBUSY }
        try removeDirectory(name: at.name, in: at.parent, credentials: credentials)
    }

    /// rename(2)/renameat2(2): moves `oldPath` to `newPath` (see `rename(from:name:to:name:)`
    /// for the rules). "/", "." or ".." on either side is `EBUSY` (`EEXIST` on the new
    /// side with `noReplace`, `RENAME_NOREPLACE`). Linux: do_renameat2.
    public func rename(_ oldPath: [UInt8], from oldCwd: RamInode, to newPath: [UInt8], from newCwd: RamInode,
                       noReplace: Bool = false, credentials: FSCredentials) throws(Errno) {
        let old = try resolve(oldPath, from: oldCwd, final: .parentOnly, credentials: credentials)
        let new = try resolve(newPath, from: newCwd, final: .parentOnly, credentials: credentials)
        guard old.last == .normal else { throw .EBUSY }
        guard new.last == .normal else { throw noReplace ? .EEXIST : .EBUSY }
        try rename(from: old.parent, name: old.name, oldTrailingSlash: old.trailingSlash, to: new.parent,
                   name: new.name, newTrailingSlash: new.trailingSlash, noReplace: noReplace,
                   credentials: credentials)
    }

    /// readlink(2): the target of the symlink `path` names; `EINVAL` for anything else.
    /// Linux: do_readlinkat.
    public func readlink(_ path: [UInt8], from cwd: RamInode, credentials: FSCredentials) throws(Errno) -> [UInt8] {
        try readLink(lookup(path, from: cwd, followFinalSymlink: false, credentials: credentials))
    }

    /// The target of the symlink `inode`; `EINVAL` for anything else. Linux: vfs_readlink.
    public func readLink(_ inode: RamInode) throws(Errno) -> [UInt8] {
        guard let target = inode.symlinkTarget else { throw .EINVAL }
        return target
    }
}
