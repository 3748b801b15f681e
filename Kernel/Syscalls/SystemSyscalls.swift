// System information and time: uname, clock_gettime, nanosleep.
import LinuxABI

enum SystemSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.uname, "uname", .unlocked, uname)
        table.add(SyscallNumber.clock_gettime, "clock_gettime", .unlocked, clockGettime)
        table.add(SyscallNumber.nanosleep, "nanosleep", .unlocked, nanosleep)
        table.add(SyscallNumber.clock_nanosleep, "clock_nanosleep", .unlocked, clockNanosleep)
    }

    /// Linux: uname(2). struct utsname: six 65-byte fields.
    static func uname(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let field = 65
        var bytes = [UInt8](repeating: 0, count: field * 6)
        let values = ["Apus", "apus", kernelVersion, "#1 SMP", "x86_64", "(none)"]
        for (index, value) in values.enumerated() {
            for (offset, byte) in value.utf8.prefix(field - 1).enumerated() { bytes[index * field + offset] = byte }
        }
        try UserMemory.write(bytes: bytes, to: args.a0)
        return 0
    }

    private static let clockRealtime: UInt64 = 0, clockMonotonic: UInt64 = 1
    private static let clockBoottime: UInt64 = 7, clockMonotonicRaw: UInt64 = 4
    private static let clockMonotonicCoarse: UInt64 = 6, clockRealtimeCoarse: UInt64 = 5

    /// Linux: clock_gettime(2). FIXME(issue 3): CLOCK_REALTIME has no RTC yet and counts from
    /// boot like the monotonic clock.
    static func clockGettime(_ args: SyscallArguments) throws(Errno) -> Int64 {
        switch args.a0 {
        case clockRealtime, clockMonotonic, clockBoottime, clockMonotonicRaw, clockMonotonicCoarse, clockRealtimeCoarse:
            let now = Clock.nanosecondsSinceBoot()
            try UserMemory.write((Int64(now / 1_000_000_000), Int64(now % 1_000_000_000)), to: args.a1)
            return 0
        default:
            throw .EINVAL
        }
    }

    /// Linux: nanosleep(2). A signal ends it early: the time left goes to `rem` and the
    /// result is EINTR after a handler (ERESTARTNOHAND). FIXME(issue 3): a restart with no
    /// handler (after a stop) sleeps the whole request again; Linux continues the remainder.
    static func nanosleep(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let request = try UserStruct.read(Timespec(), at: args.a0)
        guard request.isValid else { throw .EINVAL }
        let deadline = Clock.nanosecondsSinceBoot() &+ (request.nanoseconds ?? UInt64.max / 2)
        try sleep(until: deadline, remaining: args.a1)
        return 0
    }

    private static func sleep(until deadline: UInt64, remaining: UInt64) throws(Errno) {
        if InterruptibleSleep.until(deadline) { return }
        if remaining != 0 {
            let now = Clock.nanosecondsSinceBoot()
            try UserStruct.write(Timespec(nanoseconds: deadline > now ? deadline - now : 0), to: remaining)
        }
        throw .ERESTARTNOHAND
    }

    /// Linux: clock_nanosleep(2) on the realtime, monotonic, boottime and TAI clocks (one
    /// clock until there is an RTC); TIMER_ABSTIME sleeps until the clock reads the time
    /// and writes no remainder.
    static func clockNanosleep(_ args: SyscallArguments) throws(Errno) -> Int64 {
        switch Int32(truncatingIfNeeded: args.a0) {
        case ClockID.CLOCK_REALTIME, ClockID.CLOCK_MONOTONIC, ClockID.CLOCK_BOOTTIME, ClockID.CLOCK_TAI: break
        case ClockID.CLOCK_THREAD_CPUTIME_ID: throw .EINVAL
        case ClockID.CLOCK_PROCESS_CPUTIME_ID: throw .EOPNOTSUPP   // FIXME(issue 3): no CPU-time clocks yet
        default: throw .EINVAL
        }
        let request = try UserStruct.read(Timespec(), at: args.a2)
        guard request.isValid else { throw .EINVAL }
        let amount = request.nanoseconds ?? UInt64.max / 2
        if Int32(truncatingIfNeeded: args.a1) & ClockID.TIMER_ABSTIME != 0 {
            try sleep(until: amount, remaining: 0)
        } else {
            try sleep(until: Clock.nanosecondsSinceBoot() &+ amount, remaining: args.a3)
        }
        return 0
    }
}
