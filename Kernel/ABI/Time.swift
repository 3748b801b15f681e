// Time structures and clock ids of the time syscalls on x86_64: `struct timespec`,
// `struct timeval`, `struct itimerval` (include/uapi/linux/time.h, time_types.h) and the
// CLOCK_*, TIMER_ABSTIME and ITIMER_* constants.

/// Seconds and nanoseconds: `struct timespec` (`__kernel_timespec`), 16 bytes.
/// Linux: include/uapi/linux/time_types.h.
public struct Timespec: Equatable, Hashable, Sendable, BitwiseCopyable {
    /// Seconds.
    public var tv_sec: Int64
    /// Nanoseconds, 0…999 999 999 in a valid value.
    public var tv_nsec: Int64

    /// A time; zero by default.
    @inlinable
    public init(tv_sec: Int64 = 0, tv_nsec: Int64 = 0) {
        self.tv_sec = tv_sec
        self.tv_nsec = tv_nsec
    }

    /// True when `tv_sec >= 0` and `tv_nsec` is within 0…999 999 999, what nanosleep(2) and
    /// clock_nanosleep(2) require (else EINVAL). Linux: timespec64_valid.
    @inlinable public var isValid: Bool { tv_sec >= 0 && tv_nsec >= 0 && tv_nsec < 1_000_000_000 }

    /// The value in nanoseconds, or nil when it is invalid or does not fit in UInt64.
    @inlinable public var nanoseconds: UInt64? {
        guard isValid else { return nil }
        let (product, overflow) = UInt64(tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        let (sum, carry) = product.addingReportingOverflow(UInt64(tv_nsec))
        return carry ? nil : sum
    }

    /// `nanoseconds` split into seconds and nanoseconds.
    @inlinable
    public init(nanoseconds: UInt64) {
        tv_sec = Int64(nanoseconds / 1_000_000_000)
        tv_nsec = Int64(nanoseconds % 1_000_000_000)
    }

    /// The "now" value of utimensat's times (Linux `UTIME_NOW`).
    @inlinable public static var UTIME_NOW: Int64 { (1 << 30) - 1 }
    /// The "leave unchanged" value of utimensat's times (Linux `UTIME_OMIT`).
    @inlinable public static var UTIME_OMIT: Int64 { (1 << 30) - 2 }
}

/// Seconds and microseconds: `struct timeval` (`__kernel_old_timeval`), 16 bytes.
/// Linux: include/uapi/linux/time_types.h, gettimeofday(2).
public struct Timeval: Equatable, Hashable, Sendable, BitwiseCopyable {
    /// Seconds.
    public var tv_sec: Int64
    /// Microseconds, 0…999 999 in a valid value.
    public var tv_usec: Int64

    /// A time; zero by default.
    @inlinable
    public init(tv_sec: Int64 = 0, tv_usec: Int64 = 0) {
        self.tv_sec = tv_sec
        self.tv_usec = tv_usec
    }

    /// True when `tv_sec >= 0` and `tv_usec` is within 0…999 999 (setitimer's check).
    @inlinable public var isValid: Bool { tv_sec >= 0 && tv_usec >= 0 && tv_usec < 1_000_000 }
}

/// An interval timer: `struct itimerval` of getitimer(2)/setitimer(2), 32 bytes.
/// Linux: include/uapi/linux/time.h.
public struct ITimerval: Equatable, Hashable, Sendable, BitwiseCopyable {
    /// The reload value; zero for a one-shot timer.
    public var it_interval: Timeval
    /// Time to the next expiry; zero disarms.
    public var it_value: Timeval

    /// A timer; disarmed by default.
    @inlinable
    public init(it_interval: Timeval = Timeval(), it_value: Timeval = Timeval()) {
        self.it_interval = it_interval
        self.it_value = it_value
    }
}

/// Clock ids of clock_gettime(2) and clock_nanosleep(2), the flag TIMER_ABSTIME, and the
/// timers of setitimer(2). Linux: include/uapi/linux/time.h.
public enum ClockID {
    /// Wall-clock time (Linux `CLOCK_REALTIME`).
    @inlinable public static var CLOCK_REALTIME: Int32 { 0 }
    /// Time since boot, not counting suspend (Linux `CLOCK_MONOTONIC`).
    @inlinable public static var CLOCK_MONOTONIC: Int32 { 1 }
    /// CPU time of the process (Linux `CLOCK_PROCESS_CPUTIME_ID`).
    @inlinable public static var CLOCK_PROCESS_CPUTIME_ID: Int32 { 2 }
    /// CPU time of the thread (Linux `CLOCK_THREAD_CPUTIME_ID`).
    @inlinable public static var CLOCK_THREAD_CPUTIME_ID: Int32 { 3 }
    /// Monotonic, not slewed by NTP (Linux `CLOCK_MONOTONIC_RAW`).
    @inlinable public static var CLOCK_MONOTONIC_RAW: Int32 { 4 }
    /// Coarse wall-clock time (Linux `CLOCK_REALTIME_COARSE`).
    @inlinable public static var CLOCK_REALTIME_COARSE: Int32 { 5 }
    /// Coarse monotonic time (Linux `CLOCK_MONOTONIC_COARSE`).
    @inlinable public static var CLOCK_MONOTONIC_COARSE: Int32 { 6 }
    /// Monotonic including suspend (Linux `CLOCK_BOOTTIME`).
    @inlinable public static var CLOCK_BOOTTIME: Int32 { 7 }
    /// International atomic time (Linux `CLOCK_TAI`).
    @inlinable public static var CLOCK_TAI: Int32 { 11 }

    /// clock_nanosleep: the time is absolute, not relative (Linux `TIMER_ABSTIME`).
    @inlinable public static var TIMER_ABSTIME: Int32 { 1 }

    /// setitimer: real time, delivers SIGALRM (Linux `ITIMER_REAL`).
    @inlinable public static var ITIMER_REAL: Int32 { 0 }
    /// setitimer: user CPU time, delivers SIGVTALRM (Linux `ITIMER_VIRTUAL`).
    @inlinable public static var ITIMER_VIRTUAL: Int32 { 1 }
    /// setitimer: process CPU time, delivers SIGPROF (Linux `ITIMER_PROF`).
    @inlinable public static var ITIMER_PROF: Int32 { 2 }
}
