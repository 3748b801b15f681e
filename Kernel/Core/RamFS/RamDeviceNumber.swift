// The device a character or block node names (and the device a filesystem lives on), as
// major:minor, and its encoding in st_dev/st_rdev (RamStat.swift).

/// A device number. Linux: `dev_t` with `MAJOR()`/`MINOR()`.
public struct RamDeviceNumber: Equatable, Sendable {
    /// The driver (Linux `MAJOR`, 12 bits in the kernel).
    public var major: UInt32
    /// The device within the driver (Linux `MINOR`, 20 bits in the kernel).
    public var minor: UInt32

    /// The device `major`:`minor`.
    public init(major: UInt32, minor: UInt32) {
        self.major = major
        self.minor = minor
    }

    /// The value `stat(2)` reports: glibc's `makedev`, which equals Linux `new_encode_dev`
    /// for every device number the kernel can hold (major < 2^12, minor < 2^20).
    public var encoded: UInt64 {
        let major = UInt64(self.major), minor = UInt64(self.minor)
        return (major & 0xFFFF_F000) << 32 | (major & 0xFFF) << 8 | (minor & 0xFFFF_FF00) << 12 | (minor & 0xFF)
    }
}
