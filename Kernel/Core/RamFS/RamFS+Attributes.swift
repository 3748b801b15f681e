// Changing an inode's attributes: chmod(2), chown(2) and utimensat(2) with the permission
// rules of Linux's setattr_prepare, chown_ok and inode_owner_or_capable (fs/attr.c), and
// the set-id bits chown clears (notify_change's ATTR_KILL_SUID/ATTR_KILL_SGID).
import LinuxABI

/// What utimensat(2) sets one timestamp to. Linux: `UTIME_NOW`, `UTIME_OMIT` or a time.
public enum RamTimeChange: Equatable, Sendable {
    /// The current time.
    case now
    /// Leave it as it is.
    case omit
    /// This time.
    case time(RamTimestamp)

    /// The time this change leaves: `current` for omit, `now`, or the given time.
    public func resolved(keeping current: RamTimestamp, now: RamTimestamp) -> RamTimestamp {
        switch self {
        case .now: return now
        case .omit: return current
        case .time(let value): return value
        }
    }

    /// Who may make a change (any inode, ramfs or a pipe's): both `.now` (ATTR_TOUCH) needs
    /// the owner or root (`isOwner`) or write permission (`requireWrite`); anything else
    /// needs the owner or root (EPERM). Linux: notify_change, setattr_prepare.
    public static func authorize(access: RamTimeChange, modification: RamTimeChange, isOwner: Bool,
                                 requireWrite: () throws(Errno) -> Void) throws(Errno) {
        if isOwner { return }
        guard access == .now && modification == .now else { throw .EPERM }
        try requireWrite()
    }
}

extension RamFS {
    /// chmod(2): sets the permission, set-id and sticky bits of `inode` to `mode & 07777`.
    /// Only the owner or root may (`EPERM`); a caller outside the file's group who is not
    /// root loses the set-group-ID bit. Updates ctime. Linux: chmod_common, setattr_prepare.
    public func changeMode(_ inode: RamInode, to mode: UInt32, credentials: FSCredentials) throws(Errno) {
        guard credentials.isPrivileged || credentials.uid == inode.uid else { throw .EPERM }
        var permissions = mode & 0o7777
        if !credentials.isPrivileged && !credentials.isInGroup(inode.gid) { permissions &= ~FileMode.S_ISGID }
        inode.mode = FileMode(rawValue: inode.mode.type | permissions)
        inode.ctime = now()
    }

    /// chown(2): sets the owner (`uid`) and/or group (`gid`); nil leaves one unchanged
    /// (the syscall's −1). Root may set anything; the owner may only "change" the uid to
    /// itself and the gid to a group it is in; anyone else gets `EPERM`. For anything but
    /// a directory, set-user-ID is cleared, and set-group-ID when group-execute is set —
    /// also for root. Updates ctime. Linux: chown_common, chown_ok, chgrp_ok.
    public func changeOwner(_ inode: RamInode, uid: UInt32?, gid: UInt32?,
                            credentials: FSCredentials) throws(Errno) {
        if let uid, !credentials.isPrivileged, !(credentials.uid == inode.uid && uid == inode.uid) { throw .EPERM }
        if let gid, !credentials.isPrivileged,
           !(credentials.uid == inode.uid && (gid == inode.gid || credentials.isInGroup(gid))) { throw .EPERM }
        if let uid { inode.uid = uid }
        if let gid { inode.gid = gid }
        if !inode.isDirectory {
            var permissions = inode.mode.permissions & ~FileMode.S_ISUID
            if permissions & 0o010 != 0 { permissions &= ~FileMode.S_ISGID }
            inode.mode = FileMode(rawValue: inode.mode.type | permissions)
        }
        inode.ctime = now()
    }

    /// utimensat(2): sets atime and mtime. Both `.now` (the syscall's NULL times, Linux
    /// ATTR_TOUCH) needs ownership, root, or write permission (`EACCES`); anything else —
    /// an explicit time, and also `.now` beside `.omit` (ATTR_TIMES_SET) — needs ownership
    /// or root (`EPERM`). Both `.omit` changes nothing (the syscall returns before looking
    /// the file up). ctime becomes now otherwise. Linux: vfs_utimes, notify_change's
    /// ATTR_TOUCH check, setattr_prepare's ATTR_TIMES_SET rule.
    public func changeTimes(_ inode: RamInode, access: RamTimeChange, modification: RamTimeChange,
                            credentials: FSCredentials) throws(Errno) {
        if access == .omit && modification == .omit { return }
        try RamTimeChange.authorize(access: access, modification: modification,
                                    isOwner: credentials.isPrivileged || credentials.uid == inode.uid) { () throws(Errno) in
            try Self.requireAccess(inode, .write, credentials)
        }
        let time = now()
        inode.atime = access.resolved(keeping: inode.atime, now: time)
        inode.mtime = modification.resolved(keeping: inode.mtime, now: time)
        inode.ctime = time
    }
}
