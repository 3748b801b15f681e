// What execve(2) needs from the VFS: the program file's bytes and attributes, with the
// lookup errors and Linux's exec permission rules (do_open_execat, may_open with
// MAY_EXEC: a regular file, and execute permission — root too needs one x bit).
import KernelCore
import LinuxABI

/// A program file as execve reads it: a copy of its contents and the attributes that
/// decide set-user-ID / set-group-ID.
struct ExecutableFile {
    let bytes: [UInt8]
    let mode: FileMode
    let uid: UInt32
    let gid: UInt32
}

extension VFS {
    /// Reads the program at `path` (relative paths from `process`'s working directory, or
    /// the root when `process` is nil, as for init). Errors: ENOENT, ENOTDIR,
    /// ENAMETOOLONG, ELOOP, EACCES from the lookup; EACCES for anything but a regular file
    /// or without execute permission for the caller. Linux: do_open_execat.
    static func openForExec(path: [UInt8], process: Process?) throws(Errno) -> ExecutableFile {
        let start = process?.fsContext.workingDirectory ?? root
        let credentials = process?.fsCredentials ?? .root
        return try withLock { fs throws(Errno) -> ExecutableFile in
            let inode = try fs.lookup(path, from: start, credentials: credentials)
            guard inode.isRegular else { throw .EACCES }
            guard RamFS.mayAccess(inode, mask: .execute, credentials: credentials) else { throw .EACCES }
            var bytes = [UInt8](repeating: 0, count: Int(inode.size))
            let result = bytes.withUnsafeMutableBytes { raw in
                Result { () throws(Errno) -> Int in try fs.read(inode, at: 0, into: raw) }
            }
            guard try result.get() == bytes.count else { throw .EIO }
            return ExecutableFile(bytes: bytes, mode: inode.mode, uid: inode.uid, gid: inode.gid)
        }
    }
}
