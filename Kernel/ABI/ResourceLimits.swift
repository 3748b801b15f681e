// Resource limits: `struct rlimit` (getrlimit(2), prlimit64(2)), the RLIMIT_* resources and
// RLIM_INFINITY (include/uapi/asm-generic/resource.h).

/// A soft and hard limit: `struct rlimit` / `struct rlimit64`, 16 bytes on x86_64.
/// Linux: include/uapi/linux/resource.h.
public struct RLimit: Equatable, Hashable, Sendable, BitwiseCopyable {
    /// The soft limit: what is enforced.
    public var rlim_cur: UInt64
    /// The hard limit: the ceiling for the soft limit.
    public var rlim_max: UInt64

    /// A limit pair.
    @inlinable
    public init(rlim_cur: UInt64, rlim_max: UInt64) {
        self.rlim_cur = rlim_cur
        self.rlim_max = rlim_max
    }

    /// No limit (Linux `RLIM_INFINITY`, all ones).
    @inlinable public static var RLIM_INFINITY: UInt64 { UInt64.max }
    /// Both limits infinite.
    @inlinable public static var unlimited: RLimit { RLimit(rlim_cur: RLIM_INFINITY, rlim_max: RLIM_INFINITY) }

    /// CPU time in seconds (Linux `RLIMIT_CPU`).
    @inlinable public static var RLIMIT_CPU: Int32 { 0 }
    /// Largest file size (Linux `RLIMIT_FSIZE`).
    @inlinable public static var RLIMIT_FSIZE: Int32 { 1 }
    /// Data segment size (Linux `RLIMIT_DATA`).
    @inlinable public static var RLIMIT_DATA: Int32 { 2 }
    /// Stack size (Linux `RLIMIT_STACK`).
    @inlinable public static var RLIMIT_STACK: Int32 { 3 }
    /// Core file size (Linux `RLIMIT_CORE`).
    @inlinable public static var RLIMIT_CORE: Int32 { 4 }
    /// Resident set size (Linux `RLIMIT_RSS`).
    @inlinable public static var RLIMIT_RSS: Int32 { 5 }
    /// Number of processes (Linux `RLIMIT_NPROC`).
    @inlinable public static var RLIMIT_NPROC: Int32 { 6 }
    /// Number of open files: one more than the highest fd (Linux `RLIMIT_NOFILE`).
    @inlinable public static var RLIMIT_NOFILE: Int32 { 7 }
    /// Locked memory (Linux `RLIMIT_MEMLOCK`).
    @inlinable public static var RLIMIT_MEMLOCK: Int32 { 8 }
    /// Address-space size (Linux `RLIMIT_AS`).
    @inlinable public static var RLIMIT_AS: Int32 { 9 }
    /// File locks (Linux `RLIMIT_LOCKS`).
    @inlinable public static var RLIMIT_LOCKS: Int32 { 10 }
    /// Queued signals (Linux `RLIMIT_SIGPENDING`).
    @inlinable public static var RLIMIT_SIGPENDING: Int32 { 11 }
    /// POSIX message-queue bytes (Linux `RLIMIT_MSGQUEUE`).
    @inlinable public static var RLIMIT_MSGQUEUE: Int32 { 12 }
    /// Nice ceiling (Linux `RLIMIT_NICE`).
    @inlinable public static var RLIMIT_NICE: Int32 { 13 }
    /// Real-time priority ceiling (Linux `RLIMIT_RTPRIO`).
    @inlinable public static var RLIMIT_RTPRIO: Int32 { 14 }
    /// Real-time CPU time in microseconds (Linux `RLIMIT_RTTIME`).
    @inlinable public static var RLIMIT_RTTIME: Int32 { 15 }
    /// The number of resources (Linux `RLIM_NLIMITS`).
    @inlinable public static var RLIM_NLIMITS: Int32 { 16 }

    /// Linux's default open-file limit (`INR_OPEN_CUR`, 1024; the hard default is 4096,
    /// `INR_OPEN_MAX`).
    @inlinable public static var defaultNoFile: RLimit { RLimit(rlim_cur: 1024, rlim_max: 4096) }
    /// Linux's default stack limit: 8 MiB soft (`_STK_LIM`), unlimited hard.
    @inlinable public static var defaultStack: RLimit { RLimit(rlim_cur: 8 << 20, rlim_max: RLIM_INFINITY) }
}
