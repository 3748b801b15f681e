// The flags of renameat2(2) (include/uapi/linux/fcntl.h) and the device-number encoding
// mknod(2) takes (include/linux/kdev_t.h).

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
