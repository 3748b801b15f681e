// rename(2): moving a name within or between directories, replacing what the new name
// held, with the checks of Linux's do_renameat2 and vfs_rename (fs/namei.c) in their
// order. By-path version: RamFS+Paths.swift.
import LinuxABI

extension RamFS {
    /// Moves `oldName` in `oldDirectory` to `newName` in `newDirectory`, replacing a file
    /// by a file or an empty directory by a directory. Renaming a name onto another name
    /// of the same inode does nothing. With `noReplace`, an existing new name is `EEXIST`.
    /// Errors, in Linux's order: `ENOTDIR` (either parent is no directory), `EBUSY` ("."
    /// or ".." on either side), `ENAMETOOLONG`, `ENOENT` (no old name, a removed
    /// directory), `EEXIST`, `EINVAL` (moving a directory into itself or below),
    /// `ENOTEMPTY` (the new name is the old one's parent or above, or a non-empty
    /// directory), `EACCES`, `EPERM` (sticky), `ENOTDIR`/`EISDIR` (a directory and a
    /// non-directory), `EMLINK`. Linux: renameat2(2), vfs_rename, shmem_rename2.
    public func rename(from oldDirectory: RamInode, name oldName: [UInt8], to newDirectory: RamInode,
                       name newName: [UInt8], noReplace: Bool = false,
                       credentials: FSCredentials = .root) throws(Errno) {
        try rename(from: oldDirectory, name: oldName, oldTrailingSlash: false, to: newDirectory, name: newName,
                   newTrailingSlash: false, noReplace: noReplace, credentials: credentials)
    }

    /// rename with the trailing-slash rule: "name/" on either side needs the old name to
    /// be a directory (`ENOTDIR`).
    func rename(from oldDirectory: RamInode, name oldName: [UInt8], oldTrailingSlash: Bool,
                to newDirectory: RamInode, name newName: [UInt8], newTrailingSlash: Bool,
                noReplace: Bool, credentials: FSCredentials) throws(Errno) {
        guard let oldEntries = oldDirectory.directory, let newEntries = newDirectory.directory else { throw .ENOTDIR }
        guard RamLastComponent.of(oldName[...]) == .normal else { throw oldName.isEmpty ? .ENOENT : .EBUSY }
        guard RamLastComponent.of(newName[...]) == .normal else {
            throw newName.isEmpty ? .ENOENT : noReplace ? .EEXIST : .EBUSY
        }
        // The lookups: old must exist, new may not.
        try Self.checkName(oldName[...])
        guard !oldDirectory.isDeadDirectory, let oldIndex = oldEntries.index(of: oldName[...]) else { throw .ENOENT }
        let source = oldEntries.entries[oldIndex].inode
        try Self.checkName(newName[...])
        guard !newDirectory.isDeadDirectory else { throw .ENOENT }
        let targetIndex = newEntries.index(of: newName[...])
        let target = targetIndex.map { newEntries.entries[$0].inode }
        if noReplace && target != nil { throw .EEXIST }
        if !source.isDirectory && (oldTrailingSlash || newTrailingSlash) { throw .ENOTDIR }
        if oldDirectory !== newDirectory {
            // Linux's lock_rename "trap": the child of the common ancestor.
            if source.isDirectory && isAncestorOrSelf(source, of: newDirectory) { throw .EINVAL }
            if let target, target.isDirectory && isAncestorOrSelf(target, of: oldDirectory) { throw .ENOTEMPTY }
        }
        // vfs_rename.
        if source === target { return }
        try mayDelete(source, in: oldDirectory, isDirectory: source.isDirectory, credentials: credentials)
        if let target {
            try mayDelete(target, in: newDirectory, isDirectory: source.isDirectory, credentials: credentials)
        } else {
            try Self.requireAccess(newDirectory, [.write, .execute], credentials)
        }
        let movesDirectory = source.isDirectory && oldDirectory !== newDirectory
        if movesDirectory {
            // ".." changes: that needs write permission on the directory itself.
            try Self.requireAccess(source, .write, credentials)
        }
        if let target, let targetEntries = target.directory, !targetEntries.isEmpty { throw .ENOTEMPTY }
        if movesDirectory && target == nil && newDirectory.nlink == UInt32.max { throw .EMLINK }

        let time = now()
        if let target, let targetIndex {
            newEntries.replace(at: targetIndex, with: source)
            if target.isDirectory {
                target.nlink = 0
                newDirectory.nlink -= 1
            } else {
                target.nlink -= 1
            }
            target.ctime = time
        } else {
            newEntries.append(newName, source)
        }
        // Looked up again: the step above may have shifted nothing but is cheap to trust less.
        if let index = oldEntries.index(of: oldName[...]), oldEntries.entries[index].inode === source {
            oldEntries.remove(at: index)
        }
        if movesDirectory {
            oldDirectory.nlink -= 1
            newDirectory.nlink += 1
            source.directory?.parent = newDirectory
        }
        source.ctime = time
        touchDirectory(oldDirectory, time)
        touchDirectory(newDirectory, time)
    }
}
