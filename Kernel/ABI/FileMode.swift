// File type and permission bits of `st_mode` (include/uapi/linux/stat.h), shared by stat(2),
// the ramfs, and the initrd reader (Kernel/Core/Cpio.swift).

/// An `st_mode` value: file type in bits 12–15, set-id/sticky and permissions below.
/// Linux: `umode_t`, inode(7).
public struct FileMode: RawRepresentable, Hashable, Sendable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Mask of the file-type bits (Linux `S_IFMT`).
    public static var S_IFMT: UInt32 { 0o170000 }
    /// Socket (Linux `S_IFSOCK`).
    public static var S_IFSOCK: UInt32 { 0o140000 }
    /// Symbolic link (Linux `S_IFLNK`).
    public static var S_IFLNK: UInt32 { 0o120000 }
    /// Regular file (Linux `S_IFREG`).
    public static var S_IFREG: UInt32 { 0o100000 }
    /// Block device (Linux `S_IFBLK`).
    public static var S_IFBLK: UInt32 { 0o060000 }
    /// Directory (Linux `S_IFDIR`).
    public static var S_IFDIR: UInt32 { 0o040000 }
    /// Character device (Linux `S_IFCHR`).
    public static var S_IFCHR: UInt32 { 0o020000 }
    /// FIFO (Linux `S_IFIFO`).
    public static var S_IFIFO: UInt32 { 0o010000 }
    /// Set-user-ID (Linux `S_ISUID`).
    public static var S_ISUID: UInt32 { 0o4000 }
    /// Set-group-ID (Linux `S_ISGID`).
    public static var S_ISGID: UInt32 { 0o2000 }
    /// Sticky (Linux `S_ISVTX`).
    public static var S_ISVTX: UInt32 { 0o1000 }

    /// The file-type bits (`mode & S_IFMT`).
    @inlinable public var type: UInt32 { rawValue & FileMode.S_IFMT }
    /// Permission, set-id and sticky bits (`mode & 07777`).
    @inlinable public var permissions: UInt32 { rawValue & 0o7777 }

    /// Linux `S_ISDIR`.
    @inlinable public var isDirectory: Bool { type == FileMode.S_IFDIR }
    /// Linux `S_ISREG`.
    @inlinable public var isRegular: Bool { type == FileMode.S_IFREG }
    /// Linux `S_ISLNK`.
    @inlinable public var isSymlink: Bool { type == FileMode.S_IFLNK }
    /// Linux `S_ISCHR`.
    @inlinable public var isCharacterDevice: Bool { type == FileMode.S_IFCHR }
    /// Linux `S_ISBLK`.
    @inlinable public var isBlockDevice: Bool { type == FileMode.S_IFBLK }
    /// Linux `S_ISFIFO`.
    @inlinable public var isFIFO: Bool { type == FileMode.S_IFIFO }
    /// Linux `S_ISSOCK`.
    @inlinable public var isSocket: Bool { type == FileMode.S_IFSOCK }
}
