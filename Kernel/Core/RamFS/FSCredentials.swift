// Who is asking, for permission checks (RamPermissions.swift): the filesystem user and
// group ids and the supplementary groups. The kernel builds one from the calling thread.

/// The identity a filesystem operation runs as. Linux: `struct cred`'s `fsuid`, `fsgid`
/// and `group_info`; uid 0 stands for holding every capability (CAP_DAC_OVERRIDE, CAP_FOWNER…).
public struct FSCredentials: Sendable {
    /// Linux `fsuid`.
    public var uid: UInt32
    /// Linux `fsgid`.
    public var gid: UInt32
    /// Supplementary groups. Linux: getgroups(2).
    public var groups: [UInt32]

    /// Credentials for `uid`/`gid` with `groups` as supplementary groups.
    public init(uid: UInt32, gid: UInt32, groups: [UInt32] = []) {
        self.uid = uid
        self.gid = gid
        self.groups = groups
    }

    /// uid 0, gid 0: the kernel's own identity (populating from the initrd, /dev setup).
    public static var root: FSCredentials { FSCredentials(uid: 0, gid: 0) }

    /// True for uid 0, which overrides permission bits. Linux: `capable(CAP_DAC_OVERRIDE)`.
    public var isPrivileged: Bool { uid == 0 }

    /// True when `gid` is the group id or a supplementary group. Linux: `in_group_p`.
    public func isInGroup(_ gid: UInt32) -> Bool {
        self.gid == gid || groups.contains(gid)
    }
}
