// renameat2(2) with RENAME_EXCHANGE: two existing names swap the inodes they point to,
// atomically, with the checks of Linux's do_renameat2 and vfs_rename for the exchange case
// (both names must exist; each side is checked with may_delete for its own type; moving a
// directory to another parent needs write permission on it and updates its ".." and the
// parents' link counts). tmpfs supports it (shmem_exchange).
import LinuxABI

extension RamFS {
    /// Swaps what `oldPath` and `newPath` name. Errors, in Linux's order: the walks'
    /// errors; `EBUSY` for "/", "." or ".." on either side; `ENOENT` when either name is
    /// missing; `ENOTDIR` for a trailing slash on a non-directory; `EINVAL` when one is
    /// an ancestor of the other's directory; `EACCES`/`EPERM` (permission, sticky).
    /// Linux: renameat2(2) RENAME_EXCHANGE.
    public func exchange(_ oldPath: [UInt8], from oldCwd: RamInode, with newPath: [UInt8], from newCwd: RamInode,
                         credentials: FSCredentials) throws(Errno) {
        let old = try resolve(oldPath, from: oldCwd, final: .parentOnly, credentials: credentials)
        let new = try resolve(newPath, from: newCwd, final: .parentOnly, credentials: credentials)
        guard old.last == .normal, new.last == .normal else { throw .EBUSY }
        let oldDirectory = old.parent, newDirectory = new.parent
        guard let oldEntries = oldDirectory.directory, let newEntries = newDirectory.directory else { throw .ENOTDIR }
        try Self.checkName(old.name[...])
        try Self.checkName(new.name[...])
        guard !oldDirectory.isDeadDirectory, !newDirectory.isDeadDirectory,
              let oldIndex = oldEntries.index(of: old.name[...]),
              let newIndex = newEntries.index(of: new.name[...]) else { throw .ENOENT }
        let source = oldEntries.entries[oldIndex].inode
        let target = newEntries.entries[newIndex].inode
        if (old.trailingSlash && !source.isDirectory) || (new.trailingSlash && !target.isDirectory) { throw .ENOTDIR }
        if oldDirectory !== newDirectory {
            if source.isDirectory && isAncestorOrSelf(source, of: newDirectory) { throw .EINVAL }
            if target.isDirectory && isAncestorOrSelf(target, of: oldDirectory) { throw .EINVAL }
        }
        if source === target { return }
        try mayDelete(source, in: oldDirectory, isDirectory: source.isDirectory, credentials: credentials)
        try mayDelete(target, in: newDirectory, isDirectory: target.isDirectory, credentials: credentials)
        if oldDirectory !== newDirectory {
            // Each directory that changes parent has its ".." rewritten.
            if source.isDirectory { try Self.requireAccess(source, .write, credentials) }
            if target.isDirectory { try Self.requireAccess(target, .write, credentials) }
        }

        oldEntries.replace(at: oldIndex, with: target)
        newEntries.replace(at: newIndex, with: source)
        if oldDirectory !== newDirectory {
            if source.isDirectory {
                source.directory?.parent = newDirectory
                newDirectory.nlink += 1
                oldDirectory.nlink -= 1
            }
            if target.isDirectory {
                target.directory?.parent = oldDirectory
                oldDirectory.nlink += 1
                newDirectory.nlink -= 1
            }
        }
        let time = now()
        source.ctime = time
        target.ctime = time
        touchDirectory(oldDirectory, time)
        touchDirectory(newDirectory, time)
    }
}
