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
        table.add(SyscallNumber.sched_yield, "sched_yield", .unlocked, schedYield)
        table.add(SyscallNumber.fork, "fork", .bigLock, fork)
        table.add(SyscallNumber.vfork, "vfork", .bigLock, vfork)
        table.add(SyscallNumber.clone, "clone", .bigLock, clone)
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

    static func schedYield(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Scheduler.yield()
        return 0
    }

    /// How a new process starts: fork, vfork and fork-like clone differ only in these.
    struct ChildOptions {
        /// The child's rsp, when clone gave one.
        var stack: UInt64? = nil
        /// The child's FS base, with CLONE_SETTLS.
        var tls: UInt64? = nil
        /// The parent sleeps until the child execs or exits (vfork, CLONE_VFORK).
        var vfork = false
        /// Where the child's pid goes in the child's memory (CLONE_CHILD_SETTID) and in
        /// the parent's (CLONE_PARENT_SETTID).
        var childTID: UInt64? = nil
        var parentTID: UInt64? = nil
        /// The signal the child's exit sends the parent.
        var exitSignal: Int32 = Signal.SIGCHLD.rawValue
    }

    /// Linux: fork(2). The child shares every page copy-on-write and resumes with rax = 0.
    static func fork(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try spawnChild(args, ChildOptions())
    }

    /// Linux: vfork(2): a fork whose parent waits until the child execs or exits. Apus
    /// gives the child a copy-on-write copy instead of the parent's memory itself, which
    /// every correct vfork user (one that only execs or _exits) cannot tell apart.
    static func vfork(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try spawnChild(args, ChildOptions(vfork: true))
    }

    /// Linux: clone(2) with fork-like flags: the exit signal, CLONE_VFORK (with or without
    /// CLONE_VM, as posix_spawn uses it: the child runs on its own stack on a copy-on-write
    /// copy), CLONE_SETTLS, CLONE_PARENT_SETTID, CLONE_CHILD_SETTID. Threads and shared
    /// tables (CLONE_THREAD, CLONE_SIGHAND, CLONE_FILES, CLONE_FS, a CLONE_VM without
    /// CLONE_VFORK) and namespaces are EINVAL: Apus processes have one thread.
    static func clone(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = CloneFlags(rawValue: args.a0)
        let supported: CloneFlags = [.CSIGNAL, .CLONE_VM, .CLONE_VFORK, .CLONE_SETTLS, .CLONE_PARENT_SETTID,
                                     .CLONE_CHILD_SETTID, .CLONE_CHILD_CLEARTID, .CLONE_DETACHED]
        guard flags.subtracting(supported).isEmpty else { throw .EINVAL }
        guard !flags.contains(.CLONE_VM) || flags.contains(.CLONE_VFORK) else { throw .EINVAL }
        guard flags.exitSignal <= Signal.NSIG else { throw .EINVAL }
        var options = ChildOptions()
        options.vfork = flags.contains(.CLONE_VFORK)
        options.exitSignal = flags.exitSignal
        if args.a1 != 0 { options.stack = args.a1 }
        if flags.contains(.CLONE_SETTLS) {
            guard args.a4 < AddressSpaceLayout.userTop else { throw .EPERM }
            options.tls = args.a4
        }
        if flags.contains(.CLONE_PARENT_SETTID) { options.parentTID = args.a2 }
        if flags.contains(.CLONE_CHILD_SETTID) { options.childTID = args.a3 }
        return try spawnChild(args, options)
    }

    /// The one place a process gets a child: copies what fork copies, starts its thread.
    static func spawnChild(_ args: SyscallArguments, _ options: ChildOptions) throws(Errno) -> Int64 {
        let parent = args.process
        guard let space = parent.addressSpace?.forkCopy() else { throw .ENOMEM }
        guard let child = ProcessTable.create(parent: parent, name: parent.name, addressSpace: space) else { throw .EAGAIN }
        child.files = parent.files
        child.fsContext = parent.fsContext
        child.credentials = parent.credentials
        child.limits = parent.limits
        child.exitSignal = options.exitSignal
        child.vforkPending = options.vfork
        Signals.inheritOnFork(parent: parent, parentThread: Scheduler.current, child: child)
        var frame = args.frame.pointee
        frame.rax = 0
        if let stack = options.stack { frame.rsp = stack }
        if let address = options.parentTID { try? UserMemory.write(Int32(child.pid), to: address) }
        if let address = options.childTID {
            // The child's own memory, written through its tables without switching to them
            // (a fault there would be resolved in the current process's space). Linux
            // ignores a failure here too: the child just finds no tid.
            var tid = Int32(child.pid)
            _ = withUnsafeBytes(of: &tid) { space.storeWithoutActivating($0, at: address) }
        }
        guard UserMode.spawnThread(for: child, frame: frame, fsBase: options.tls ?? cpu_rdmsr(MSR_FS_BASE)) != nil else {
            ProcessTable.remove(child)
            throw .ENOMEM
        }
        if options.vfork {
            Process.whileBlocked { child.vforkDone.wait { !child.vforkPending } }
        }
        return Int64(child.pid)
    }

    /// The status wait4 reports for a stopped child (Linux: 0x7f | sig << 8) and a
    /// continued one (0xffff).
    private static let stoppedStatus: Int32 = 0x7F, continuedStatus: Int32 = 0xFFFF
    /// sizeof(struct rusage) on x86_64.
    private static let rusageSize = 144

    /// Linux: wait4(2): pid > 0 that child, 0 the caller's group, −1 any child, < −1
    /// group −pid; WNOHANG, WUNTRACED (stopped children), WCONTINUED. The sleep ends on a
    /// signal (ERESTARTSYS: EINTR or a restart).
    static func wait4(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let me = args.process
        let target = Int(Int32(truncatingIfNeeded: args.a0))
        let options = WaitOptions(rawValue: Int32(truncatingIfNeeded: args.a2))
        guard options.subtracting(.validForWait4).isEmpty, args.a2 >> 32 == 0 else { throw .EINVAL }
        guard target != Int(Int32.min) else { throw .ESRCH }
        let group = ProcessTable.lock.withLock { target == 0 ? me.pgid : -target }
        func matches(_ child: Process) -> Bool {
            if target > 0 { return child.pid == target }
            if target == -1 { return true }
            return child.pgid == group
        }
        /// A child with something to report, and the status; caller holds ProcessTable.lock.
        func reportable() -> (Process, Int32)? {
            for child in me.children where matches(child) {
                if child.state == .zombie { return (child, child.waitStatus) }
                if options.contains(.WUNTRACED), let signal = child.signals.unreportedStop {
                    return (child, stoppedStatus | signal.rawValue << 8)
                }
                if options.contains(.WCONTINUED) && child.signals.unreportedContinue { return (child, continuedStatus) }
            }
            return nil
        }
        while true {
            let (found, anyChild): ((Process, Int32)?, Bool) = ProcessTable.lock.withLock {
                (reportable(), me.children.contains(where: matches))
            }
            if let (child, status) = found {
                // Consumed before the copy-out, as Linux: a bad pointer still reaps (EFAULT).
                ProcessTable.lock.withLock {
                    if child.state == .zombie {
                        ProcessTable.removeLocked(child)
                    } else if status == continuedStatus {
                        child.signals.unreportedContinue = false
                    } else {
                        child.signals.unreportedStop = nil
                    }
                }
                if args.a1 != 0 { try UserMemory.write(status, to: args.a1) }
                // struct rusage, 144 bytes. FIXME(issue 3): no CPU-time accounting, so all zero.
                if args.a3 != 0 { try UserMemory.write(bytes: [UInt8](repeating: 0, count: rusageSize), to: args.a3) }
                return Int64(child.pid)
            }
            guard anyChild else { throw .ECHILD }
            if options.contains(.WNOHANG) { return 0 }
            me.bigLock.unlock()
            do throws(Errno) {
                try me.childEvents.waitInterruptible {
                    ProcessTable.lock.withLock { reportable() != nil || !me.children.contains(where: matches) }
                }
            } catch {
                me.bigLock.lock()
                throw error
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
