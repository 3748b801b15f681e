// System information and time: uname, clock_gettime, nanosleep.
import KernelCore
import LinuxABI

enum SystemSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.uname, "uname", .unlocked, uname)
        table.add(SyscallNumber.clock_gettime, "clock_gettime", .unlocked, clockGettime)
        table.add(SyscallNumber.nanosleep, "nanosleep", .unlocked, nanosleep)
        table.add(SyscallNumber.gettimeofday, "gettimeofday", .unlocked, gettimeofday)
        table.add(SyscallNumber.getrandom, "getrandom", .unlocked, getrandom)
        table.add(SyscallNumber.reboot, "reboot", .bigLock, reboot)
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

    /// Linux: gettimeofday(2); the timezone argument, when given, reads as UTC.
    static func gettimeofday(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let now = Clock.nanosecondsSinceBoot()
        if args.a0 != 0 { try UserMemory.write((Int64(now / 1_000_000_000), Int64(now % 1_000_000_000 / 1_000)), to: args.a0) }
        if args.a1 != 0 { try UserMemory.write((Int32(0), Int32(0)), to: args.a1) }
        return 0
    }

    /// One getrandom call returns at most this (Linux caps a request at 32 MiB - 1 too).
    static let maxRandomBytes = 32 * 1024 * 1024 - 1

    /// Linux: getrandom(2). The kernel's generator is seeded at boot, so no flag ever waits.
    static func getrandom(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = GetrandomFlags(rawValue: UInt32(truncatingIfNeeded: args.a2))
        guard flags.subtracting(.all).isEmpty, !flags.isSuperset(of: [.GRND_INSECURE, .GRND_RANDOM]) else { throw .EINVAL }
        let total = min(Int(clamping: args.a1), maxRandomBytes)
        guard total > 0 else { return 0 }
        try UserMemory.check(args.a0, total)
        let chunk = 256
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 8)
        defer { buffer.deallocate() }
        var done = 0
        while done < total {
            let length = min(chunk, total - done)
            arc4random_buf(buffer, length)
            try UserMemory.copyOut(to: args.a0 + UInt64(done), from: buffer, count: length)
            done += length
        }
        return Int64(done)
    }

    /// Linux: reboot(2). Root only (CAP_SYS_BOOT); the magic numbers must match.
    static func reboot(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard args.process.credentials.euid == 0 else { throw .EPERM }
        guard Reboot.isValidMagic(UInt32(truncatingIfNeeded: args.a0), UInt32(truncatingIfNeeded: args.a1)) else { throw .EINVAL }
        switch UInt32(truncatingIfNeeded: args.a2) {
        case Reboot.LINUX_REBOOT_CMD_POWER_OFF:
            Log.info("reboot: power off requested by pid " + String(args.process.pid))
            Machine.powerOff(passed: true)
        case Reboot.LINUX_REBOOT_CMD_RESTART, Reboot.LINUX_REBOOT_CMD_RESTART2:
            Log.info("reboot: restart requested by pid " + String(args.process.pid))
            Machine.restart()
        case Reboot.LINUX_REBOOT_CMD_HALT:
            Log.info("reboot: system halted")
            Machine.stop(passed: true)
        case Reboot.LINUX_REBOOT_CMD_CAD_ON, Reboot.LINUX_REBOOT_CMD_CAD_OFF:
            return 0
        default:
            throw .EINVAL
        }
    }
}
