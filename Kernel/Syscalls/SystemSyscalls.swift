// System information and time: uname, clock_gettime, nanosleep.
import LinuxABI

enum SystemSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.uname, "uname", .unlocked, uname)
        table.add(SyscallNumber.clock_gettime, "clock_gettime", .unlocked, clockGettime)
        table.add(SyscallNumber.nanosleep, "nanosleep", .unlocked, nanosleep)
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

    /// Linux: nanosleep(2).
    static func nanosleep(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let (seconds, nanoseconds) = try UserMemory.read((Int64, Int64).self, at: args.a0)
        guard seconds >= 0, nanoseconds >= 0, nanoseconds < 1_000_000_000 else { throw .EINVAL }
        let (product, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        let total = overflow ? UInt64.max / 2 : product + UInt64(nanoseconds)
        if total > 0 { Scheduler.sleep(nanoseconds: total) }
        return 0
    }
}
