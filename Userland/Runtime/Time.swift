// Time system calls: clock_gettime, nanosleep, alarm.
import CRuntime
import LinuxABI

/// Linux: clock_gettime(2); `clock` is `ClockID.CLOCK_MONOTONIC`, `CLOCK_REALTIME`, ….
public func clockGettime(_ clock: Int32) throws(Errno) -> Timespec {
    var ts = Timespec()
    let r = withUnsafeMutablePointer(to: &ts) { rawSyscall(SyscallNumber.clock_gettime, Int(clock), arg($0)) }
    _ = try checked(r)
    return ts
}

/// Linux: nanosleep(2). Throws `.EINTR` when a handled signal cut the sleep short.
public func nanosleep(_ duration: Timespec) throws(Errno) {
    var request = duration
    let r = withUnsafeMutablePointer(to: &request) { rawSyscall(SyscallNumber.nanosleep, arg($0), 0) }
    _ = try checked(r)
}

/// Linux: alarm(2). Returns the seconds left of the previous alarm.
@discardableResult
public func alarm(_ seconds: UInt32) -> UInt32 { UInt32(truncatingIfNeeded: rawSyscall(SyscallNumber.alarm, Int(seconds))) }

/// Linux: pause(2): sleeps until a signal is delivered; always ends with `.EINTR`.
public func pause() -> Errno {
    Errno(rawValue: Int32(truncatingIfNeeded: -rawSyscall(SyscallNumber.pause)))
}
