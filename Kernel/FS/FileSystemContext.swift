// What the VFS needs to know about a process: its working directory and umask (copied by
// fork, kept by exec; Linux: struct fs_struct) and the credentials permission checks use.
import KernelCore

/// A process's place in the filesystem. Linux: `struct fs_struct` (pwd, umask).
struct FileSystemContext {
    /// The working directory; nil means the root. Guarded by the process's bigLock.
    var cwd: RamInode?
    /// The file-creation mask (Linux's default 022). Guarded by the process's bigLock.
    var umask: UInt32 = 0o022

    /// The working directory as an inode.
    var workingDirectory: RamInode { cwd ?? VFS.root }
}

extension Process {
    /// The identity the VFS checks permissions against. Linux: current_cred()'s fsuid,
    /// fsgid and groups. FIXME(issue 3, credentials): every process runs as root until
    /// setuid and friends land; this is the one place to read the process's ids.
    var credentials: FSCredentials { .root }
}
