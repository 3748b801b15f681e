// Removing names: unlink(2) for everything but directories, rmdir(2) for empty
// directories, with the checks of Linux's do_unlinkat/do_rmdir and may_delete
// (fs/namei.c) in their order. By-path versions: RamFS+Paths.swift.
import LinuxABI

extension RamFS {
    /// Removes the name `name` from `directory`; the inode lives on while referenced.
    /// Errors: `ENOTDIR`, `EISDIR` ("." or "..", or a directory), `ENAMETOOLONG`,
    /// `ENOENT`, `EACCES` (no write and search permission), `EPERM` (sticky directory).
    /// Linux: unlink(2), vfs_unlink.
    public func unlink(name: [UInt8], in directory: RamInode, credentials: FSCredentials = .root) throws(Errno) {
        try unlink(name: name, in: directory, credentials: credentials, trailingSlash: false)
    }

    /// Removes the empty directory `name` from `directory`. Errors: `ENOTDIR` (either is
    /// not a directory), `EINVAL` for ".", `ENOTEMPTY` for ".." or a non-empty directory,
    /// `ENAMETOOLONG`, `ENOENT`, `EACCES`, `EPERM` (sticky). Linux: rmdir(2), vfs_rmdir.
    public func removeDirectory(name: [UInt8], in directory: RamInode,
                                credentials: FSCredentials = .root) throws(Errno) {
        guard let entries = directory.directory else { throw .ENOTDIR }
        switch RamLastComponent.of(name[...]) {
        case .dot: throw .EINVAL
        case .dotDot: throw .ENOTEMPTY
        case .root: throw .ENOENT
        case .normal: break
        }
        try Self.checkName(name[...])
        guard !directory.isDeadDirectory, let index = entries.index(of: name[...]) else { throw .ENOENT }
        let victim = entries.entries[index].inode
        try mayDelete(victim, in: directory, isDirectory: true, credentials: credentials)
        guard victim.directory?.isEmpty == true else { throw .ENOTEMPTY }
        entries.remove(at: index)
        victim.nlink = 0
        directory.nlink -= 1
        let time = now()
        victim.ctime = time
        touchDirectory(directory, time)
    }

    /// unlink with the trailing-slash rule of do_unlinkat: "name/" is `ENOENT` when
    /// missing, `EISDIR` for a directory, else `ENOTDIR`.
    func unlink(name: [UInt8], in directory: RamInode, credentials: FSCredentials,
                trailingSlash: Bool) throws(Errno) {
        guard let entries = directory.directory else { throw .ENOTDIR }
        guard RamLastComponent.of(name[...]) == .normal else { throw name.isEmpty ? .ENOENT : .EISDIR }
        try Self.checkName(name[...])
        guard !directory.isDeadDirectory, let index = entries.index(of: name[...]) else { throw .ENOENT }
        let victim = entries.entries[index].inode
        guard !trailingSlash else { throw victim.isDirectory ? .EISDIR : .ENOTDIR }
        try mayDelete(victim, in: directory, isDirectory: false, credentials: credentials)
        entries.remove(at: index)
        victim.nlink -= 1
        let time = now()
        victim.ctime = time
        touchDirectory(directory, time)
    }

    /// May `credentials` remove `victim` from `directory`, expecting a directory or not?
    /// Linux: may_delete — write and search permission (`EACCES`), the sticky bit (`EPERM`),
    /// then the type (`ENOTDIR`, `EISDIR`, `EBUSY` for the root).
    func mayDelete(_ victim: RamInode, in directory: RamInode, isDirectory: Bool,
                   credentials: FSCredentials) throws(Errno) {
        try Self.requireAccess(directory, [.write, .execute], credentials)
        guard !Self.stickyForbids(victim, in: directory, credentials) else { throw .EPERM }
        if isDirectory {
            guard victim.isDirectory else { throw .ENOTDIR }
            guard victim !== root else { throw .EBUSY }
        } else if victim.isDirectory {
            throw .EISDIR
        }
    }
}
