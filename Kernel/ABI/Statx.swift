// `struct statx` as statx(2) writes it (256 bytes, include/uapi/linux/stat.h), its
// timestamps, and the STATX_* mask bits and the AT_STATX_* flags it takes.

/// A statx timestamp: seconds and nanoseconds (Linux `struct statx_timestamp`, 16 bytes).
public struct StatxTimestamp: Equatable, Sendable, BitwiseCopyable {
    public var tv_sec: Int64
    public var tv_nsec: UInt32
    public var __reserved: Int32

    @inlinable
    public init(tv_sec: Int64 = 0, tv_nsec: UInt32 = 0) {
        self.tv_sec = tv_sec
        self.tv_nsec = tv_nsec
        __reserved = 0
    }
}

/// Extended file status. Linux: statx(2), `struct statx`.
public struct Statx: Sendable, BitwiseCopyable {
    /// Which fields are filled (STATX_*).
    public var stx_mask: UInt32
    public var stx_blksize: UInt32
    public var stx_attributes: UInt64
    public var stx_nlink: UInt32
    public var stx_uid: UInt32
    public var stx_gid: UInt32
    public var stx_mode: UInt16
    public var __spare0: UInt16
    public var stx_ino: UInt64
    public var stx_size: UInt64
    public var stx_blocks: UInt64
    public var stx_attributes_mask: UInt64
    public var stx_atime: StatxTimestamp
    public var stx_btime: StatxTimestamp
    public var stx_ctime: StatxTimestamp
    public var stx_mtime: StatxTimestamp
    public var stx_rdev_major: UInt32
    public var stx_rdev_minor: UInt32
    public var stx_dev_major: UInt32
    public var stx_dev_minor: UInt32
    /// The rest (mount id, direct-I/O alignment, spare): zero here.
    public var __tail: InlineArray<14, UInt64>

    /// All fields zero.
    @inlinable
    public init() {
        stx_mask = 0; stx_blksize = 0; stx_attributes = 0; stx_nlink = 0; stx_uid = 0; stx_gid = 0
        stx_mode = 0; __spare0 = 0; stx_ino = 0; stx_size = 0; stx_blocks = 0; stx_attributes_mask = 0
        stx_atime = StatxTimestamp(); stx_btime = StatxTimestamp(); stx_ctime = StatxTimestamp()
        stx_mtime = StatxTimestamp()
        stx_rdev_major = 0; stx_rdev_minor = 0; stx_dev_major = 0; stx_dev_minor = 0
        __tail = InlineArray(repeating: 0)
    }

    /// The fields of stat(2): type, mode, nlink, uid, gid, atime, mtime, ctime, ino, size,
    /// blocks (Linux `STATX_BASIC_STATS`).
    @inlinable public static var STATX_BASIC_STATS: UInt32 { 0x7FF }
    /// Reserved for a future struct extension: asking for it is EINVAL (Linux `STATX__RESERVED`).
    @inlinable public static var STATX__RESERVED: UInt32 { 0x8000_0000 }
    /// The sync-type flags of statx (Linux `AT_STATX_SYNC_TYPE`: both bits set is EINVAL).
    @inlinable public static var AT_STATX_SYNC_TYPE: Int32 { 0x6000 }
}
