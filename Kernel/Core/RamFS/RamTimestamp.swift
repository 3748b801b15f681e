// A point in time as the ramfs stores it for atime/mtime/ctime. The ramfs has no clock:
// RamFS asks the closure it was given (the kernel's clock, a test's counter).

/// Seconds and nanoseconds since the epoch. Linux: `struct timespec64` in `struct inode`.
public struct RamTimestamp: Equatable, Sendable {
    /// Whole seconds since 1970-01-01 00:00 UTC; negative before it (utimensat may set
    /// such times, and tmpfs keeps them).
    public var seconds: Int64
    /// Nanoseconds within the second (0 ..< 1_000_000_000).
    public var nanoseconds: UInt64

    /// The time `seconds` + `nanoseconds`.
    public init(seconds: Int64, nanoseconds: UInt64 = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The epoch, for a filesystem whose caller has no clock yet.
    public static var zero: RamTimestamp { RamTimestamp(seconds: 0) }
}
