// What the VFS needs to know about a process: its working directory and umask (copied by
// fork, kept by exec; Linux: struct fs_struct) and the credentials permission checks use
// (Process.credentials, Kernel/Core/Credentials.swift).
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
    /// The identity the VFS checks permissions against: the filesystem ids. Linux:
    /// current_fsuid(), current_fsgid() and the supplementary groups.
    var fsCredentials: FSCredentials { credentials.filesystem }
}
