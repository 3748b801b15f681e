// The rules of setpgid(2) and setsid(2) (Linux kernel/sys.c), as a pure decision over the
// facts the kernel looks up, so each errno edge is tested on the host.
import LinuxABI

/// What setpgid needs to know about its target and the group it names.
public struct SetpgidFacts: Sendable {
    public var targetExists: Bool
    /// The target is the caller itself.
    public var targetIsCaller: Bool
    /// The target is a child of the caller.
    public var targetIsChild: Bool
    /// The target is in the caller's session.
    public var targetInCallerSession: Bool
    /// The target has called execve since fork.
    public var targetHasExeced: Bool
    /// The target leads a session.
    public var targetIsSessionLeader: Bool
    /// The group asked for is the target's own pid (a new group).
    public var groupIsTargetPID: Bool
    /// A process of the caller's session already leads or belongs to the group asked for.
    public var groupExistsInCallerSession: Bool

    public init(targetExists: Bool, targetIsCaller: Bool, targetIsChild: Bool, targetInCallerSession: Bool,
                targetHasExeced: Bool, targetIsSessionLeader: Bool, groupIsTargetPID: Bool,
                groupExistsInCallerSession: Bool) {
        self.targetExists = targetExists
        self.targetIsCaller = targetIsCaller
        self.targetIsChild = targetIsChild
        self.targetInCallerSession = targetInCallerSession
        self.targetHasExeced = targetHasExeced
        self.targetIsSessionLeader = targetIsSessionLeader
        self.groupIsTargetPID = groupIsTargetPID
        self.groupExistsInCallerSession = groupExistsInCallerSession
    }
}

public enum ProcessGroupRules {
    /// setpgid's verdict, in Linux's order: ESRCH (no such process, or neither the caller
    /// nor its child), EPERM (child in another session), EACCES (child has exec'd), EPERM
    /// (session leader), EPERM (no such group in the session). nil: allowed.
    public static func setpgid(_ facts: SetpgidFacts) -> Errno? {
        guard facts.targetExists else { return .ESRCH }
        if facts.targetIsChild && !facts.targetIsCaller {
            guard facts.targetInCallerSession else { return .EPERM }
            guard !facts.targetHasExeced else { return .EACCES }
        } else if !facts.targetIsCaller {
            return .ESRCH
        }
        if facts.targetIsSessionLeader { return .EPERM }
        if !facts.groupIsTargetPID && !facts.groupExistsInCallerSession { return .EPERM }
        return nil
    }

    /// setsid's verdict: EPERM when some process group already has the caller's pid as its
    /// id (the caller leads a group), else allowed.
    public static func setsid(callerPID: Int, groupWithCallerPIDExists: Bool) -> Errno? {
        groupWithCallerPIDExists ? .EPERM : nil
    }
}

/// alarm(2)'s return value from the time left on the old timer (Linux alarm_setitimer:
/// rounded to the nearest second, but never 0 for a timer that was still running).
public enum AlarmRounding {
    public static func secondsLeft(nanoseconds: UInt64) -> UInt64 {
        guard nanoseconds > 0 else { return 0 }
        let seconds = nanoseconds / 1_000_000_000
        let micro = (nanoseconds % 1_000_000_000) / 1000
        let rounded = micro >= 500_000 ? seconds + 1 : seconds
        return max(rounded, 1)
    }
}

/// One member of a process group, as the orphan rule sees it.
public struct GroupMember: Sendable {
    public var sid: Int
    public var isZombie: Bool
    public var parentPgid: Int
    public var parentSid: Int
    public var parentIsInit: Bool
    public init(sid: Int, isZombie: Bool, parentPgid: Int, parentSid: Int, parentIsInit: Bool) {
        self.sid = sid
        self.isZombie = isZombie
        self.parentPgid = parentPgid
        self.parentSid = parentSid
        self.parentIsInit = parentIsInit
    }
}

extension ProcessGroupRules {
    /// POSIX's orphaned process group: no member has a parent in another group of the same
    /// session (Linux will_become_orphaned_pgrp; zombies and children of init do not
    /// count). Stop signals from the terminal (SIGTSTP, SIGTTIN, SIGTTOU) are discarded
    /// for such a group, since nobody could continue it.
    public static func isOrphaned(pgid: Int, members: [GroupMember]) -> Bool {
        for member in members where !member.isZombie && !member.parentIsInit {
            if member.parentPgid != pgid && member.parentSid == member.sid { return false }
        }
        return true
    }
}
