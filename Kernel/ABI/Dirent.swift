// Directory entries as getdents64(2) writes them: `struct linux_dirent64` (a 19-byte
// header, the name and its NUL, padded to 8 bytes) and the DT_* file types
// (include/linux/dirent.h, include/linux/fs_types.h).

/// The fixed part of `struct linux_dirent64`; `d_name` follows at byte 19.
/// Linux: getdents64(2), include/linux/dirent.h.
public struct LinuxDirent64: Equatable, Sendable, BitwiseCopyable {
    /// Inode number.
    public var d_ino: UInt64
    /// The offset to pass to lseek(2) to continue after this entry.
    public var d_off: Int64
    /// This record's length in bytes, padding included.
    public var d_reclen: UInt16
    /// File type: DT_*.
    public var d_type: UInt8

    /// A header.
    @inlinable
    public init(d_ino: UInt64, d_off: Int64, d_reclen: UInt16, d_type: UInt8) {
        self.d_ino = d_ino
        self.d_off = d_off
        self.d_reclen = d_reclen
        self.d_type = d_type
    }

    /// Where `d_name` starts (`offsetof(struct linux_dirent64, d_name)`).
    @inlinable public static var nameOffset: Int { 19 }

    /// The record length for a name of `nameLength` bytes: header + name + NUL rounded up to
    /// 8 (Linux fs/readdir.c, `ALIGN(offsetof(..., d_name) + namlen + 1, sizeof(u64))`).
    @inlinable
    public static func recordLength(nameLength: Int) -> Int {
        (nameOffset + nameLength + 1 + 7) & ~7
    }

    /// Unknown type (Linux `DT_UNKNOWN`).
    @inlinable public static var DT_UNKNOWN: UInt8 { 0 }
    /// FIFO (Linux `DT_FIFO`).
    @inlinable public static var DT_FIFO: UInt8 { 1 }
    /// Character device (Linux `DT_CHR`).
    @inlinable public static var DT_CHR: UInt8 { 2 }
    /// Directory (Linux `DT_DIR`).
    @inlinable public static var DT_DIR: UInt8 { 4 }
    /// Block device (Linux `DT_BLK`).
    @inlinable public static var DT_BLK: UInt8 { 6 }
    /// Regular file (Linux `DT_REG`).
    @inlinable public static var DT_REG: UInt8 { 8 }
    /// Symbolic link (Linux `DT_LNK`).
    @inlinable public static var DT_LNK: UInt8 { 10 }
    /// Socket (Linux `DT_SOCK`).
    @inlinable public static var DT_SOCK: UInt8 { 12 }

    /// The DT_* type of a file with mode `mode`: `(mode & S_IFMT) >> 12`
    /// (Linux `S_DT`, include/linux/fs_types.h).
    @inlinable
    public static func type(of mode: FileMode) -> UInt8 {
        UInt8(truncatingIfNeeded: mode.type >> 12)
    }
}
