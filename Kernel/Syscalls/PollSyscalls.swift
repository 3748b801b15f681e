// poll(2) (Linux do_poll): readiness of a set of descriptors, from each OpenFile's
// pollEvents(). The first pass registers a PollWaiter on each file's wait queues
// (OpenFile.pollRegister); a poll that must wait sleeps with the big lock dropped until one
// of them wakes it, its timeout passes or a signal arrives, then looks again.
import KernelCore
import LinuxABI

enum PollSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.poll, "poll", .bigLock, poll)
    }

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
        let waiter = PollWaiter(thread: Scheduler.current)
        defer { waiter.unregisterAll() }
        var registering = timeout != 0
        while true {
            // Cleared before looking: a wake from here on keeps the sleep below from starting.
            waiter.woken = false
            var ready = 0
            for index in entries.indices {
                entries[index].revents = readiness(of: entries[index], in: process,
                                                   registering: registering ? waiter : nil)
                if entries[index].revents != 0 { ready += 1 }
            }
            registering = false
            let now = Clock.nanosecondsSinceBoot()
            if ready > 0 || (deadline.map { now >= $0 } ?? false) {
                for (index, entry) in entries.enumerated() {
                    try UserMemory.write(entry.revents, to: args.a0 + UInt64(index * entrySize + 6))
                }
                return Int64(ready)
            }
            Process.whileBlocked { waiter.sleep(until: deadline) }
            if Scheduler.current.signalPending { throw .ERESTARTNOHAND }
        }
    }

    /// One pollfd's revents: 0 for a negative fd, POLLNVAL for a closed one. With `waiter`,
    /// the file registers it first, so no change after the look goes unnoticed.
    static func readiness(of entry: PollFD, in process: Process, registering waiter: PollWaiter?) -> Int16 {
        guard entry.fd >= 0 else { return 0 }
        guard let file = try? process.files.entry(Int(entry.fd)) else { return PollEvents.POLLNVAL }
        if let waiter { file.pollRegister(waiter) }
        return file.pollEvents() & (entry.events | PollEvents.alwaysReported)
    }
}
