// System information and time: uname, clock_gettime, nanosleep.
import KernelCore
import LinuxABI

enum SystemSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.uname, "uname", .unlocked, uname)
        table.add(SyscallNumber.clock_gettime, "clock_gettime", .unlocked, clockGettime)
        table.add(SyscallNumber.nanosleep, "nanosleep", .unlocked, nanosleep)
        table.add(SyscallNumber.clock_nanosleep, "clock_nanosleep", .unlocked, clockNanosleep)
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

    /// Linux: clock_gettime(2): the realtime clocks read the RTC's boot time plus the
    /// monotonic clock; the others count from boot.
    static func clockGettime(_ args: SyscallArguments) throws(Errno) -> Int64 {
        switch args.a0 {
        case clockRealtime, clockMonotonic, clockBoottime, clockMonotonicRaw, clockMonotonicCoarse, clockRealtimeCoarse:
            let realtime = args.a0 == clockRealtime || args.a0 == clockRealtimeCoarse
            let now = realtime ? Clock.realtimeNanoseconds() : Clock.nanosecondsSinceBoot()
            try UserMemory.write((Int64(now / 1_000_000_000), Int64(now % 1_000_000_000)), to: args.a1)
            return 0
        default:
            throw .EINVAL
        }
    }

    /// Linux: nanosleep(2). A signal ends it early: the time left goes to `rem` and the
    /// result is EINTR after a handler; with none (a stop and continue) it goes on.
    static func nanosleep(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let request = try UserStruct.read(Timespec(), at: args.a0)
        guard request.isValid else { throw .EINVAL }
        let deadline = Clock.nanosecondsSinceBoot() &+ (request.nanoseconds ?? UInt64.max / 2)
        try sleep(until: deadline, remaining: args.a1)
        return 0
    }

    /// A relative sleep a signal interrupts writes the time left to `remaining` and is
    /// continued by restart_syscall when no handler runs (Linux hrtimer_nanosleep's
    /// restart block); an absolute one is simply restarted.
    static func sleep(until deadline: UInt64, remaining: UInt64, relative: Bool = true) throws(Errno) {
        let thread = Scheduler.current
        thread.signals.restartDeadline = 0
        if InterruptibleSleep.until(deadline) { return }
        guard relative else { throw .ERESTARTNOHAND }
        if remaining != 0 {
            let now = Clock.nanosecondsSinceBoot()
            try UserStruct.write(Timespec(nanoseconds: deadline > now ? deadline - now : 0), to: remaining)
        }
        thread.signals.restartDeadline = deadline
        thread.signals.restartRemaining = remaining
        throw .ERESTART_RESTARTBLOCK
    }

    /// Linux: clock_nanosleep(2) on the realtime, monotonic, boottime and TAI clocks;
    /// TIMER_ABSTIME sleeps until the clock reads the time and writes no remainder (a
    /// realtime deadline is moved onto the monotonic clock the sleep runs on).
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
            let clock = Int32(truncatingIfNeeded: args.a0)
            let onWallClock = clock == ClockID.CLOCK_REALTIME || clock == ClockID.CLOCK_TAI
            let deadline = onWallClock ? (amount > Clock.realtimeAtBoot ? amount - Clock.realtimeAtBoot : 0) : amount
            try sleep(until: deadline, remaining: 0, relative: false)
        } else {
            try sleep(until: Clock.nanosecondsSinceBoot() &+ amount, remaining: args.a3)
        }
        return 0
    }

    /// Linux: gettimeofday(2); the timezone argument, when given, reads as UTC.
    static func gettimeofday(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let now = Clock.realtimeNanoseconds()
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
