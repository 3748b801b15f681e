// Process syscalls: identity, exit, fork, wait4, thread-area setup.
import KernelCore
import KernelSupport
import LinuxABI

enum ProcessSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.exit, "exit", .unlocked, exit)
        table.add(SyscallNumber.exit_group, "exit_group", .unlocked, exit)
        table.add(SyscallNumber.getpid, "getpid", .unlocked, getpid)
        table.add(SyscallNumber.gettid, "gettid", .unlocked, gettid)
        table.add(SyscallNumber.getppid, "getppid", .bigLock, getppid)
        table.add(SyscallNumber.getuid, "getuid", .unlocked, zeroID)
        table.add(SyscallNumber.geteuid, "geteuid", .unlocked, zeroID)
        table.add(SyscallNumber.getgid, "getgid", .unlocked, zeroID)
        table.add(SyscallNumber.getegid, "getegid", .unlocked, zeroID)
        table.add(SyscallNumber.sched_yield, "sched_yield", .unlocked, schedYield)
        table.add(SyscallNumber.fork, "fork", .bigLock, fork)
        table.add(SyscallNumber.wait4, "wait4", .bigLock, wait4)
        table.add(SyscallNumber.arch_prctl, "arch_prctl", .bigLock, archPrctl)
        table.add(SyscallNumber.set_tid_address, "set_tid_address", .bigLock, setTidAddress)
    }

    /// Linux: exit(2), exit_group(2). FIXME(issue 3, threads): one thread per process, so
    /// both end the process.
    static func exit(_ args: SyscallArguments) throws(Errno) -> Int64 {
        ProcessLifecycle.exitCurrent(waitStatus: Int32(truncatingIfNeeded: args.a0 & 0xFF) << 8)
    }

    static func getpid(_ args: SyscallArguments) throws(Errno) -> Int64 { Int64(args.process.pid) }
    static func gettid(_ args: SyscallArguments) throws(Errno) -> Int64 { Int64(Scheduler.current.id) }
    static func getppid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Int64(ProcessTable.lock.withLock { args.process.parentPID })
    }
    /// FIXME(issue 3, credentials): every process runs as root until setuid and friends land.
    static func zeroID(_ args: SyscallArguments) throws(Errno) -> Int64 { 0 }

    static func schedYield(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Scheduler.yield()
        return 0
    }

    /// Linux: fork(2). The child shares every page copy-on-write and resumes with rax = 0.
    static func fork(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let parent = args.process
        guard let space = parent.addressSpace?.forkCopy() else { throw .ENOMEM }
        guard let child = ProcessTable.create(parent: parent, name: parent.name, addressSpace: space) else { throw .EAGAIN }
        child.brkStart = parent.brkStart
        child.brkEnd = parent.brkEnd
        child.mmapNext = parent.mmapNext
        child.files = parent.files
        child.fsContext = parent.fsContext
        var frame = args.frame.pointee
        frame.rax = 0
        guard UserMode.spawnThread(for: child, frame: frame, fsBase: cpu_rdmsr(MSR_FS_BASE)) != nil else {
            ProcessTable.remove(child)
            throw .ENOMEM
        }
        return Int64(child.pid)
    }

    private static let wnohang: UInt64 = 1

    /// Linux: wait4(2) for children of this process (pid > 0: that child; −1 or any other
    /// value: any child — process groups arrive with issue 3 §4).
    static func wait4(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let me = args.process
        let target = Int(Int32(truncatingIfNeeded: args.a0))
        func matches(_ child: Process) -> Bool { target > 0 ? child.pid == target : true }
        while true {
            let (zombie, anyChild): (Process?, Bool) = ProcessTable.lock.withLock {
                let candidates = me.children.filter(matches)
                return (candidates.first(where: { $0.state == .zombie }), !candidates.isEmpty)
            }
            if let zombie {
                if args.a1 != 0 { try UserMemory.write(zombie.waitStatus, to: args.a1) }
                ProcessTable.remove(zombie)
                return Int64(zombie.pid)
            }
            guard anyChild else { throw .ECHILD }
            if args.a2 & wnohang != 0 { return 0 }
            me.bigLock.unlock()
            me.childEvents.wait {
                ProcessTable.lock.withLock { me.children.contains(where: { matches($0) && $0.state == .zombie }) }
            }
            me.bigLock.lock()
        }
    }

    private static let archSetFS: UInt64 = 0x1002, archGetFS: UInt64 = 0x1003

    /// Linux: arch_prctl(2), ARCH_SET_FS / ARCH_GET_FS.
    static func archPrctl(_ args: SyscallArguments) throws(Errno) -> Int64 {
        switch args.a0 {
        case archSetFS:
            guard args.a1 < AddressSpaceLayout.userTop else { throw .EPERM }
            Scheduler.current.fsBase = args.a1
            cpu_wrmsr(MSR_FS_BASE, args.a1)
            return 0
        case archGetFS:
            try UserMemory.write(cpu_rdmsr(MSR_FS_BASE), to: args.a1)
            return 0
        default:
            throw .EINVAL
        }
    }

    /// Linux: set_tid_address(2), returning the tid. FIXME(issue 3, threads): the
    /// clear-child-tid address is ignored until there are threads to wake with it.
    static func setTidAddress(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Int64(Scheduler.current.id)
    }
}
