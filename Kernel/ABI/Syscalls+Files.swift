// The file-syscall numbers SyscallNumber (Syscalls.swift) does not list yet, and the flags
// of renameat2(2) (include/uapi/linux/fcntl.h) and the device-number encoding mknod(2)
// takes (include/linux/kdev_t.h). Numbers: arch/x86/entry/syscalls/syscall_64.tbl.

extension SyscallNumber {
    /// Linux `__NR_fdatasync`: fdatasync(2).
    public static var fdatasync: Int { 75 }
    /// Linux `__NR_creat`: creat(2).
    public static var creat: Int { 85 }
    /// Linux `__NR_link`: link(2).
    public static var link: Int { 86 }
    /// Linux `__NR_chown`: chown(2).
    public static var chown: Int { 92 }
    /// Linux `__NR_fchown`: fchown(2).
    public static var fchown: Int { 93 }
    /// Linux `__NR_lchown`: lchown(2).
    public static var lchown: Int { 94 }
    /// Linux `__NR_mknod`: mknod(2).
    public static var mknod: Int { 133 }
    /// Linux `__NR_sync`: sync(2).
    public static var sync: Int { 162 }
    /// Linux `__NR_mknodat`: mknodat(2).
    public static var mknodat: Int { 259 }
    /// Linux `__NR_fchownat`: fchownat(2).
    public static var fchownat: Int { 260 }
    /// Linux `__NR_syncfs`: syncfs(2).
    public static var syncfs: Int { 306 }
    /// Linux `__NR_faccessat2`: faccessat2(2).
    public static var faccessat2: Int { 439 }
}

/// The flags of renameat2(2). Linux: include/uapi/linux/fcntl.h.
public enum RenameFlags {
    /// Fail with EEXIST if the new name exists (Linux `RENAME_NOREPLACE`).
    @inlinable public static var RENAME_NOREPLACE: UInt32 { 1 }
    /// Swap the two names atomically (Linux `RENAME_EXCHANGE`).
    @inlinable public static var RENAME_EXCHANGE: UInt32 { 2 }
    /// Leave a whiteout at the old name, for overlayfs (Linux `RENAME_WHITEOUT`).
    @inlinable public static var RENAME_WHITEOUT: UInt32 { 4 }
}

/// The `dev_t` encoding of the syscalls (mknod's `dev`): Linux's `new_decode_dev`
/// (include/linux/kdev_t.h), the inverse of RamDeviceNumber.encoded's 32-bit part.
public enum DeviceEncoding {
    /// The major number in `dev`.
    @inlinable public static func major(_ dev: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: (dev & 0xFFF00) >> 8) }
    /// The minor number in `dev`.
    @inlinable public static func minor(_ dev: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (dev & 0xFF) | ((dev >> 12) & 0xFFF00))
    }
}
