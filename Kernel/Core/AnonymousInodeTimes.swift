// The times and owner of an inode that lives outside the ramfs: a pipe's (Linux: the
// pipefs inode get_pipe_inode makes). Linux stamps all three times when the pipe is made
// and, since 6.8, leaves them alone on reads and writes of an anonymous pipe; only
// utimensat/futimens changes them, under the same rules as any file (RamFS.changeTimes).
import LinuxABI

public struct AnonymousInodeTimes: Equatable, Sendable {
    public private(set) var access: RamTimestamp
    public private(set) var modification: RamTimestamp
    public private(set) var change: RamTimestamp
    /// The creator's fsuid and fsgid (Linux: current_fsuid() in get_pipe_inode).
    public let uid: UInt32
    public let gid: UInt32

    /// All three times `created`, owned by `owner`.
    public init(created: RamTimestamp, owner: FSCredentials) {
        access = created
        modification = created
        change = created
        uid = owner.uid
        gid = owner.gid
    }

    /// utimensat on the inode (mode 0600, so only its owner or root may even touch it):
    /// explicit times need the owner or root (EPERM), setting both to now needs write
    /// access (EACCES); ctime becomes `now` whenever anything changes.
    public mutating func change(access newAccess: RamTimeChange, modification newModification: RamTimeChange,
                                credentials: FSCredentials, now: RamTimestamp) throws(Errno) {
        if newAccess == .omit && newModification == .omit { return }
        try RamTimeChange.authorize(access: newAccess, modification: newModification,
                                    isOwner: credentials.isPrivileged || credentials.uid == uid) { () throws(Errno) in
            throw .EACCES   // mode 0600: nobody else may write
        }
        access = newAccess.resolved(keeping: access, now: now)
        modification = newModification.resolved(keeping: modification, now: now)
        change = now
    }

    /// The stat(2) fields these cover.
    public func fill(_ info: inout Stat) {
        info.st_uid = uid
        info.st_gid = gid
        info.st_atim = RamFS.timespec(access)
        info.st_mtim = RamFS.timespec(modification)
        info.st_ctim = RamFS.timespec(change)
    }
}
