// Resource limits: getrlimit, setrlimit, prlimit64 over Process.limits (rules in
// KernelCore.ResourceLimits). RLIMIT_NOFILE takes effect on the descriptor table at once.
import KernelCore
import LinuxABI

enum LimitSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.getrlimit, "getrlimit", .bigLock, getrlimit)
        table.add(SyscallNumber.setrlimit, "setrlimit", .bigLock, setrlimit)
        table.add(SyscallNumber.prlimit64, "prlimit64", .bigLock, prlimit64)
    }

    static func resource(_ value: UInt64) -> Int32 { Int32(truncatingIfNeeded: value) }

    /// Linux: getrlimit(2).
    static func getrlimit(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try UserMemory.write(args.process.limits.get(resource(args.a0)), to: args.a1)
        return 0
    }

    /// Linux: setrlimit(2).
    static func setrlimit(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let new = try UserMemory.read(RLimit.self, at: args.a1)
        try apply(resource(args.a0), new, to: args.process, by: args.process)
        return 0
    }

    /// Linux: prlimit64(2): pid 0 is the caller; another process needs the caller to be
    /// root or to share its real and effective ids (Linux: check_prlimit_permission).
    static func prlimit64(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let me = args.process
        let pid = Int(Int32(truncatingIfNeeded: args.a0))
        guard pid >= 0 else { throw .EINVAL }
        let target: Process
        if pid == 0 || pid == me.pid {
            target = me
        } else {
            guard let found = ProcessTable.find(pid) else { throw .ESRCH }
            let mine = me.credentials, theirs = found.credentials
            guard mine.euid == 0 || (mine.uid == theirs.uid && mine.uid == theirs.euid && mine.uid == theirs.suid
                                     && mine.gid == theirs.gid && mine.gid == theirs.egid && mine.gid == theirs.sgid) else {
                throw .EPERM
            }
            target = found
        }
        let kind = resource(args.a1)
        let old = try target.limits.get(kind)
        if args.a2 != 0 {
            let new = try UserMemory.read(RLimit.self, at: args.a2)
            try apply(kind, new, to: target, by: me)
        }
        if args.a3 != 0 { try UserMemory.write(old, to: args.a3) }
        return 0
    }

    static func apply(_ kind: Int32, _ new: RLimit, to target: Process, by caller: Process) throws(Errno) {
        try target.limits.set(kind, to: new, privileged: caller.credentials.euid == 0)
        if kind == RLimit.RLIMIT_NOFILE { target.files.limit = target.limits.openFiles }
    }
}
