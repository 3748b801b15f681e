// Process groups and sessions: setpgid, getpgid, getpgrp, setsid, getsid (Linux
// kernel/sys.c). The ids live on Process (guarded by ProcessTable.lock); the rules are
// KernelCore's ProcessGroupRules.
import KernelCore
import LinuxABI

enum ProcessGroupSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.setpgid, "setpgid", .bigLock, setpgid)
        table.add(SyscallNumber.getpgid, "getpgid", .bigLock, getpgid)
        table.add(SyscallNumber.getpgrp, "getpgrp", .bigLock, getpgrp)
        table.add(SyscallNumber.setsid, "setsid", .bigLock, setsid)
        table.add(SyscallNumber.getsid, "getsid", .bigLock, getsid)
    }

    /// Linux: setpgid(2).
    static func setpgid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let caller = args.process
        let pidArgument = Int(Int32(truncatingIfNeeded: args.a0))
        let pid = pidArgument == 0 ? caller.pid : pidArgument
        let pgidArgument = Int(Int32(truncatingIfNeeded: args.a1))
        let pgid = pgidArgument == 0 ? pid : pgidArgument
        guard pgid >= 0 else { throw .EINVAL }
        let verdict: Errno? = ProcessTable.lock.withLock {
            let target = pid > 0 ? ProcessTable.findLocked(pid) : nil
            let all = ProcessTable.allLocked
            let facts = SetpgidFacts(
                targetExists: target != nil,
                targetIsCaller: target === caller,
                targetIsChild: target?.parentPID == caller.pid,
                targetInCallerSession: target?.sid == caller.sid,
                targetHasExeced: target?.didExec ?? false,
                targetIsSessionLeader: target.map { $0.sid == $0.pid } ?? false,
                groupIsTargetPID: pgid == pid,
                groupExistsInCallerSession: all.contains(where: { $0.pgid == pgid && $0.sid == caller.sid }))
            if let error = ProcessGroupRules.setpgid(facts) { return error }
            target?.pgid = pgid
            return nil
        }
        if let verdict { throw verdict }
        return 0
    }

    /// The process `pid` names (0: the caller), or ESRCH.
    private static func process(_ raw: UInt64, caller: Process) throws(Errno) -> Process {
        let pid = Int(Int32(truncatingIfNeeded: raw))
        if pid == 0 { return caller }
        guard pid > 0, let found = ProcessTable.find(pid) else { throw .ESRCH }
        return found
    }

    /// Linux: getpgid(2).
    static func getpgid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let target = try process(args.a0, caller: args.process)
        return Int64(ProcessTable.lock.withLock { target.pgid })
    }

    /// Linux: getpgrp(2).
    static func getpgrp(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Int64(ProcessTable.lock.withLock { args.process.pgid })
    }

    /// Linux: getsid(2).
    static func getsid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let target = try process(args.a0, caller: args.process)
        return Int64(ProcessTable.lock.withLock { target.sid })
    }

    /// Linux: setsid(2): a new session and group led by the caller, unless a group with
    /// the caller's pid already exists (EPERM).
    static func setsid(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let caller = args.process
        let verdict: Errno? = ProcessTable.lock.withLock {
            let exists = ProcessTable.allLocked.contains(where: { $0.pgid == caller.pid })
            if let error = ProcessGroupRules.setsid(callerPID: caller.pid, groupWithCallerPIDExists: exists) { return error }
            caller.sid = caller.pid
            caller.pgid = caller.pid
            caller.hasControllingTTY = false   // a new session starts without a terminal (Linux proc_clear_tty)
            return nil
        }
        if let verdict { throw verdict }
        return Int64(caller.pid)
    }
}
