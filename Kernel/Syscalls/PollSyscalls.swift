// poll(2): readiness of a set of descriptors, from each OpenFile's pollEvents(). A poll that
// must wait re-checks every tick (or at its deadline) with the big lock dropped and ends
// early on a signal; files do not yet wake pollers themselves.
// FIXME(issue 3): per-file poll wait queues would wake a poller at once instead of on the tick.
import KernelCore
import LinuxABI

enum PollSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.poll, "poll", .bigLock, poll)
    }

    /// How often a waiting poll looks again: one timer tick.
    static let recheckNanoseconds = Clock.tickNanoseconds

    /// Linux: poll(2). nfds above RLIMIT_NOFILE is EINVAL; a negative timeout waits forever.
    static func poll(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        let count = Int(clamping: args.a1)
        guard count <= process.limits.openFiles else { throw .EINVAL }
        let entrySize = MemoryLayout<PollFD>.size
        try UserMemory.check(args.a0, count * entrySize)
        var entries: [PollFD] = []
        for index in 0..<count { entries.append(try UserMemory.read(PollFD.self, at: args.a0 + UInt64(index * entrySize))) }
        let timeout = Int64(Int32(truncatingIfNeeded: args.a2))
        let deadline: UInt64? = timeout < 0 ? nil : Clock.nanosecondsSinceBoot() + UInt64(timeout) * 1_000_000
        while true {
            var ready = 0
            for index in entries.indices {
                entries[index].revents = readiness(of: entries[index], in: process)
                if entries[index].revents != 0 { ready += 1 }
            }
            let now = Clock.nanosecondsSinceBoot()
            if ready > 0 || (deadline.map { now >= $0 } ?? false) {
                for (index, entry) in entries.enumerated() {
                    try UserMemory.write(entry.revents, to: args.a0 + UInt64(index * entrySize + 6))
                }
                return Int64(ready)
            }
            let wake = min(deadline ?? UInt64.max, now + recheckNanoseconds)
            Process.whileBlocked { Scheduler.sleep(until: wake, interruptible: true) }
            if Scheduler.current.signalPending { throw .ERESTARTNOHAND }
        }
    }

    /// One pollfd's revents: 0 for a negative fd, POLLNVAL for a closed one.
    static func readiness(of entry: PollFD, in process: Process) -> Int16 {
        guard entry.fd >= 0 else { return 0 }
        guard let file = try? process.files.entry(Int(entry.fd)) else { return PollEvents.POLLNVAL }
        return file.pollEvents() & (entry.events | PollEvents.alwaysReported)
    }
}
