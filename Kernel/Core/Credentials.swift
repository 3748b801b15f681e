// A process's user and group ids (Linux: struct cred) and the rules by which setuid(2) and
// its relatives, and execve of a set-user-ID file, change them. uid 0 as the effective id
// stands for the capabilities Linux checks there (CAP_SETUID, CAP_SETGID).
import LinuxABI

/// Real, effective, saved and filesystem ids, plus supplementary groups.
public struct Credentials: Equatable, Sendable {
    public var uid: UInt32, euid: UInt32, suid: UInt32, fsuid: UInt32
    public var gid: UInt32, egid: UInt32, sgid: UInt32, fsgid: UInt32
    public var groups: [UInt32]

    /// Every id `uid`/`gid` (init's are root's).
    public init(uid: UInt32 = 0, gid: UInt32 = 0, groups: [UInt32] = []) {
        self.uid = uid; euid = uid; suid = uid; fsuid = uid
        self.gid = gid; egid = gid; sgid = gid; fsgid = gid
        self.groups = groups
    }

    /// The identity permission checks use. Linux: current_fsuid()/current_fsgid().
    public var filesystem: FSCredentials { FSCredentials(uid: fsuid, gid: fsgid, groups: groups) }

    /// The identity access(2) checks with: the real ids. Linux: faccessat's override_creds.
    public var real: FSCredentials { FSCredentials(uid: uid, gid: gid, groups: groups) }

    /// Linux's uid_valid: (uid_t)-1 names no user.
    public static let invalid: UInt32 = .max

    private var mayChangeUIDs: Bool { euid == 0 }   // CAP_SETUID
    private var mayChangeGIDs: Bool { euid == 0 }   // CAP_SETGID

    /// Linux: setuid(2).
    public mutating func setUID(_ new: UInt32) throws(Errno) {
        guard new != Credentials.invalid else { throw .EINVAL }
        if mayChangeUIDs {
            uid = new; euid = new; suid = new; fsuid = new
        } else if new == uid || new == suid {
            euid = new; fsuid = new
        } else {
            throw .EPERM
        }
    }

    /// Linux: setgid(2).
    public mutating func setGID(_ new: UInt32) throws(Errno) {
        guard new != Credentials.invalid else { throw .EINVAL }
        if mayChangeGIDs {
            gid = new; egid = new; sgid = new; fsgid = new
        } else if new == gid || new == sgid {
            egid = new; fsgid = new
        } else {
            throw .EPERM
        }
    }

    /// Linux: setreuid(2); `invalid` leaves an id as it is. The saved id follows the new
    /// effective id when the real id is set or the effective id differs from the old real.
    public mutating func setREUID(real: UInt32, effective: UInt32) throws(Errno) {
        let old = self
        if real != Credentials.invalid {
            guard mayChangeUIDs || real == old.uid || real == old.euid else { throw .EPERM }
        }
        if effective != Credentials.invalid {
            guard mayChangeUIDs || effective == old.uid || effective == old.euid || effective == old.suid else { throw .EPERM }
        }
        if real != Credentials.invalid { uid = real }
        if effective != Credentials.invalid { euid = effective }
        if real != Credentials.invalid || (effective != Credentials.invalid && effective != old.uid) { suid = euid }
        fsuid = euid
    }

    /// Linux: setregid(2).
    public mutating func setREGID(real: UInt32, effective: UInt32) throws(Errno) {
        let old = self
        if real != Credentials.invalid {
            guard mayChangeGIDs || real == old.gid || real == old.egid else { throw .EPERM }
        }
        if effective != Credentials.invalid {
            guard mayChangeGIDs || effective == old.gid || effective == old.egid || effective == old.sgid else { throw .EPERM }
        }
        if real != Credentials.invalid { gid = real }
        if effective != Credentials.invalid { egid = effective }
        if real != Credentials.invalid || (effective != Credentials.invalid && effective != old.gid) { sgid = egid }
        fsgid = egid
    }

    /// Linux: setresuid(2): without privilege each new id must be one of the current three.
    public mutating func setRESUID(real: UInt32, effective: UInt32, saved: UInt32) throws(Errno) {
        let current = [uid, euid, suid]
        if !mayChangeUIDs {
            for id in [real, effective, saved] where id != Credentials.invalid {
                guard current.contains(id) else { throw .EPERM }
            }
        }
        if real != Credentials.invalid { uid = real }
        if effective != Credentials.invalid { euid = effective }
        if saved != Credentials.invalid { suid = saved }
        fsuid = euid
    }

    /// Linux: setresgid(2).
    public mutating func setRESGID(real: UInt32, effective: UInt32, saved: UInt32) throws(Errno) {
        let current = [gid, egid, sgid]
        if !mayChangeGIDs {
            for id in [real, effective, saved] where id != Credentials.invalid {
                guard current.contains(id) else { throw .EPERM }
            }
        }
        if real != Credentials.invalid { gid = real }
        if effective != Credentials.invalid { egid = effective }
        if saved != Credentials.invalid { sgid = saved }
        fsgid = egid
    }

    /// Linux: setgroups(2) needs CAP_SETGID.
    public mutating func setGroups(_ new: [UInt32]) throws(Errno) {
        guard mayChangeGIDs else { throw .EPERM }
        groups = new
    }

    /// execve of a file with `mode` owned by `owner`/`group`: set-user-ID and set-group-ID
    /// bits make the file's ids effective; the saved ids copy the effective ones (Linux:
    /// bprm_fill_uid + commit_creds). Returns AT_SECURE: the ids now differ from the real ones.
    public mutating func applyExec(mode: FileMode, owner: UInt32, group: UInt32) -> Bool {
        let setUserID: UInt32 = 0o4000, setGroupID: UInt32 = 0o2000, groupExecute: UInt32 = 0o010
        var changed = false
        if mode.rawValue & setUserID != 0 { changed = changed || euid != owner; euid = owner }
        // S_ISGID without group execute marks mandatory locking, not set-group-ID.
        if mode.rawValue & setGroupID != 0, mode.rawValue & groupExecute != 0 { changed = changed || egid != group; egid = group }
        suid = euid; fsuid = euid
        sgid = egid; fsgid = egid
        return changed || euid != uid || egid != gid
    }
}
