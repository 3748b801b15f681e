// `struct stat` as stat(2), fstat(2), lstat(2) and newfstatat(2) write it on x86_64:
// 144 bytes (arch/x86/include/uapi/asm/stat.h; glibc's struct is the same there).
// The mode bits are FileMode.swift; the times are Timespec (Time.swift).

/// File status: the x86_64 kernel's `struct stat`. Linux: stat(2),
/// arch/x86/include/uapi/asm/stat.h.
public struct Stat: Equatable, Sendable, BitwiseCopyable {
    /// Device holding the file.
    public var st_dev: UInt64
    /// Inode number.
    public var st_ino: UInt64
    /// Number of hard links (before st_mode on x86_64).
    public var st_nlink: UInt64
    /// File type and permissions.
    public var st_mode: UInt32
    /// Owner.
    public var st_uid: UInt32
    /// Group.
    public var st_gid: UInt32
    /// Padding; 0.
    public var __pad0: UInt32
    /// The device a device node names.
    public var st_rdev: UInt64
    /// Size in bytes.
    public var st_size: Int64
    /// Preferred I/O block size.
    public var st_blksize: Int64
    /// Number of 512-byte blocks allocated.
    public var st_blocks: Int64
    /// Last access.
    public var st_atim: Timespec
    /// Last modification.
    public var st_mtim: Timespec
    /// Last status change.
    public var st_ctim: Timespec
    /// Reserved; 0.
    public var __unused: InlineArray<3, Int64>

    /// All fields zero.
    @inlinable
    public init() {
        st_dev = 0; st_ino = 0; st_nlink = 0; st_mode = 0; st_uid = 0; st_gid = 0; __pad0 = 0
        st_rdev = 0; st_size = 0; st_blksize = 0; st_blocks = 0
        st_atim = Timespec(); st_mtim = Timespec(); st_ctim = Timespec()
        __unused = InlineArray(repeating: 0)
    }

    /// `st_mode` as a FileMode.
    @inlinable public var mode: FileMode {
        get { FileMode(rawValue: st_mode) }
        set { st_mode = newValue.rawValue }
    }

    public static func == (lhs: Stat, rhs: Stat) -> Bool {
        lhs.st_dev == rhs.st_dev && lhs.st_ino == rhs.st_ino && lhs.st_nlink == rhs.st_nlink
            && lhs.st_mode == rhs.st_mode && lhs.st_uid == rhs.st_uid && lhs.st_gid == rhs.st_gid
            && lhs.st_rdev == rhs.st_rdev && lhs.st_size == rhs.st_size
            && lhs.st_blksize == rhs.st_blksize && lhs.st_blocks == rhs.st_blocks
            && lhs.st_atim == rhs.st_atim && lhs.st_mtim == rhs.st_mtim && lhs.st_ctim == rhs.st_ctim
    }
}
