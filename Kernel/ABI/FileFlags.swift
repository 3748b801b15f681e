// Flags and commands of the file syscalls on Linux x86_64: open(2)'s O_* (include/uapi/
// asm-generic/fcntl.h), fcntl(2)'s F_* and FD_CLOEXEC, the *at(2) family's AT_* and
// AT_FDCWD (include/uapi/linux/fcntl.h), access(2)'s modes and lseek(2)'s whence.
// File types and permissions (S_IF*) are in FileMode.swift.

/// The flags of open(2), openat(2) and the file status flags of fcntl(F_GETFL).
/// The low two bits are the access mode (`O_RDONLY` 0, `O_WRONLY` 1, `O_RDWR` 2), not flags:
/// read them with `accessMode`. Linux: include/uapi/asm-generic/fcntl.h.
public struct OpenFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Mask of the access-mode bits (Linux `O_ACCMODE`).
    @inlinable public static var O_ACCMODE: OpenFlags { OpenFlags(rawValue: 0o3) }
    /// Read only: access mode 0, the empty set (Linux `O_RDONLY`).
    @inlinable public static var O_RDONLY: OpenFlags { OpenFlags(rawValue: 0) }
    /// Write only: access mode 1 (Linux `O_WRONLY`).
    @inlinable public static var O_WRONLY: OpenFlags { OpenFlags(rawValue: 0o1) }
    /// Read and write: access mode 2 (Linux `O_RDWR`).
    @inlinable public static var O_RDWR: OpenFlags { OpenFlags(rawValue: 0o2) }
    /// Create the file if it does not exist (Linux `O_CREAT`).
    @inlinable public static var O_CREAT: OpenFlags { OpenFlags(rawValue: 0o100) }
    /// With `O_CREAT`: fail with EEXIST if it exists (Linux `O_EXCL`).
    @inlinable public static var O_EXCL: OpenFlags { OpenFlags(rawValue: 0o200) }
    /// Do not make a terminal the controlling terminal (Linux `O_NOCTTY`).
    @inlinable public static var O_NOCTTY: OpenFlags { OpenFlags(rawValue: 0o400) }
    /// Truncate a regular file to length 0 (Linux `O_TRUNC`).
    @inlinable public static var O_TRUNC: OpenFlags { OpenFlags(rawValue: 0o1000) }
    /// Every write goes to the end (Linux `O_APPEND`).
    @inlinable public static var O_APPEND: OpenFlags { OpenFlags(rawValue: 0o2000) }
    /// Operations that would block fail with EAGAIN (Linux `O_NONBLOCK`).
    @inlinable public static var O_NONBLOCK: OpenFlags { OpenFlags(rawValue: 0o4000) }
    /// Synchronized data writes (Linux `O_DSYNC`).
    @inlinable public static var O_DSYNC: OpenFlags { OpenFlags(rawValue: 0o10000) }
    /// Signal-driven I/O (Linux `FASYNC`/`O_ASYNC`).
    @inlinable public static var O_ASYNC: OpenFlags { OpenFlags(rawValue: 0o20000) }
    /// Bypass the page cache (Linux `O_DIRECT`).
    @inlinable public static var O_DIRECT: OpenFlags { OpenFlags(rawValue: 0o40000) }
    /// Allow files larger than 2 GiB; implied on 64-bit (Linux `O_LARGEFILE`).
    @inlinable public static var O_LARGEFILE: OpenFlags { OpenFlags(rawValue: 0o100000) }
    /// Fail with ENOTDIR unless the path is a directory (Linux `O_DIRECTORY`).
    @inlinable public static var O_DIRECTORY: OpenFlags { OpenFlags(rawValue: 0o200000) }
    /// Fail with ELOOP if the last component is a symlink (Linux `O_NOFOLLOW`).
    @inlinable public static var O_NOFOLLOW: OpenFlags { OpenFlags(rawValue: 0o400000) }
    /// Do not update the access time (Linux `O_NOATIME`).
    @inlinable public static var O_NOATIME: OpenFlags { OpenFlags(rawValue: 0o1000000) }
    /// Set close-on-exec on the new descriptor (Linux `O_CLOEXEC`).
    @inlinable public static var O_CLOEXEC: OpenFlags { OpenFlags(rawValue: 0o2000000) }
    /// Synchronized file writes: `__O_SYNC | O_DSYNC` (Linux `O_SYNC`).
    @inlinable public static var O_SYNC: OpenFlags { OpenFlags(rawValue: 0o4010000) }
    /// A descriptor that only names a location (Linux `O_PATH`).
    @inlinable public static var O_PATH: OpenFlags { OpenFlags(rawValue: 0o10000000) }
    /// An unnamed temporary file in a directory: `__O_TMPFILE | O_DIRECTORY` (Linux `O_TMPFILE`).
    @inlinable public static var O_TMPFILE: OpenFlags { OpenFlags(rawValue: 0o20200000) }

    /// The access mode: `O_RDONLY`, `O_WRONLY`, `O_RDWR`, or 3 (which Linux accepts for
    /// ioctl-only opens).
    @inlinable public var accessMode: Int32 { rawValue & OpenFlags.O_ACCMODE.rawValue }
    /// True for `O_RDONLY` and `O_RDWR`.
    @inlinable public var isReadable: Bool { accessMode == 0 || accessMode == 2 }
    /// True for `O_WRONLY` and `O_RDWR`.
    @inlinable public var isWritable: Bool { accessMode == 1 || accessMode == 2 }
    /// The flags fcntl(F_SETFL) may change; the rest are ignored (Linux: SETFL_MASK in
    /// fs/fcntl.c, without O_DIRECT and O_NOATIME which Apus does not implement).
    @inlinable public static var settableByFcntl: OpenFlags { [.O_APPEND, .O_NONBLOCK, .O_ASYNC] }
}

/// The commands of fcntl(2) and the descriptor flag it reads and writes.
/// Linux: include/uapi/asm-generic/fcntl.h, include/uapi/linux/fcntl.h.
public enum Fcntl {
    /// Duplicate to the lowest free descriptor ≥ arg (Linux `F_DUPFD`).
    @inlinable public static var F_DUPFD: Int32 { 0 }
    /// Read the descriptor flags (Linux `F_GETFD`).
    @inlinable public static var F_GETFD: Int32 { 1 }
    /// Set the descriptor flags (Linux `F_SETFD`).
    @inlinable public static var F_SETFD: Int32 { 2 }
    /// Read the file status flags (Linux `F_GETFL`).
    @inlinable public static var F_GETFL: Int32 { 3 }
    /// Set the file status flags (Linux `F_SETFL`).
    @inlinable public static var F_SETFL: Int32 { 4 }
    /// Test a record lock (Linux `F_GETLK`).
    @inlinable public static var F_GETLK: Int32 { 5 }
    /// Take or release a record lock (Linux `F_SETLK`).
    @inlinable public static var F_SETLK: Int32 { 6 }
    /// `F_SETLK`, waiting (Linux `F_SETLKW`).
    @inlinable public static var F_SETLKW: Int32 { 7 }
    /// Set the owner for SIGIO (Linux `F_SETOWN`).
    @inlinable public static var F_SETOWN: Int32 { 8 }
    /// Read the owner for SIGIO (Linux `F_GETOWN`).
    @inlinable public static var F_GETOWN: Int32 { 9 }
    /// `F_DUPFD` with close-on-exec set on the copy (Linux `F_DUPFD_CLOEXEC`).
    @inlinable public static var F_DUPFD_CLOEXEC: Int32 { 1030 }
    /// The close-on-exec descriptor flag (Linux `FD_CLOEXEC`).
    @inlinable public static var FD_CLOEXEC: Int32 { 1 }
}

/// The flags of the *at(2) syscalls (fstatat, unlinkat, faccessat, linkat, …).
/// Linux: include/uapi/linux/fcntl.h.
public struct AtFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The `dirfd` that means "the current directory" — a descriptor, not a flag
    /// (Linux `AT_FDCWD`, −100).
    @inlinable public static var AT_FDCWD: Int32 { -100 }

    /// Do not follow a final symlink (Linux `AT_SYMLINK_NOFOLLOW`).
    @inlinable public static var AT_SYMLINK_NOFOLLOW: AtFlags { AtFlags(rawValue: 0x100) }
    /// faccessat: check with the effective ids (Linux `AT_EACCESS`; same bit as `AT_REMOVEDIR`).
    @inlinable public static var AT_EACCESS: AtFlags { AtFlags(rawValue: 0x200) }
    /// unlinkat: remove a directory, as rmdir(2) (Linux `AT_REMOVEDIR`).
    @inlinable public static var AT_REMOVEDIR: AtFlags { AtFlags(rawValue: 0x200) }
    /// linkat: follow a final symlink (Linux `AT_SYMLINK_FOLLOW`).
    @inlinable public static var AT_SYMLINK_FOLLOW: AtFlags { AtFlags(rawValue: 0x400) }
    /// Do not trigger an automount (Linux `AT_NO_AUTOMOUNT`).
    @inlinable public static var AT_NO_AUTOMOUNT: AtFlags { AtFlags(rawValue: 0x800) }
    /// An empty path means `dirfd` itself (Linux `AT_EMPTY_PATH`).
    @inlinable public static var AT_EMPTY_PATH: AtFlags { AtFlags(rawValue: 0x1000) }
}

/// The `mode` of access(2) and faccessat(2). Linux: include/linux/fs.h (MAY_*), unistd.h.
public struct AccessMode: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Only test that the file exists: the empty set (Linux `F_OK`).
    @inlinable public static var F_OK: AccessMode { AccessMode(rawValue: 0) }
    /// Execute / search permission (Linux `X_OK`).
    @inlinable public static var X_OK: AccessMode { AccessMode(rawValue: 1) }
    /// Write permission (Linux `W_OK`).
    @inlinable public static var W_OK: AccessMode { AccessMode(rawValue: 2) }
    /// Read permission (Linux `R_OK`).
    @inlinable public static var R_OK: AccessMode { AccessMode(rawValue: 4) }
}

/// The `whence` of lseek(2). Linux: include/uapi/linux/fs.h.
public enum Whence {
    /// From the start of the file (Linux `SEEK_SET`).
    @inlinable public static var SEEK_SET: Int32 { 0 }
    /// From the current offset (Linux `SEEK_CUR`).
    @inlinable public static var SEEK_CUR: Int32 { 1 }
    /// From the end of the file (Linux `SEEK_END`).
    @inlinable public static var SEEK_END: Int32 { 2 }
    /// To the next data at or after the offset (Linux `SEEK_DATA`).
    @inlinable public static var SEEK_DATA: Int32 { 3 }
    /// To the next hole at or after the offset (Linux `SEEK_HOLE`).
    @inlinable public static var SEEK_HOLE: Int32 { 4 }
}
