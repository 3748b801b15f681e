// Permission checks of the ramfs: Linux's generic_permission (owner/group/other bits, root
// overriding) and the sticky-directory rule. Used by the path walk and every operation that
// creates or removes a name; read/write permission of an open file is checked by the VFS.
import LinuxABI

/// What an access asks for. Linux: `MAY_READ`, `MAY_WRITE`, `MAY_EXEC` (also the values
/// of access(2)'s `R_OK`, `W_OK`, `X_OK`).
public struct AccessMask: OptionSet, Sendable {
    public let rawValue: UInt32
    /// The mask `rawValue` (bit 2 read, bit 1 write, bit 0 execute).
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Read a file, list a directory (Linux `MAY_READ`).
    public static var read: AccessMask { AccessMask(rawValue: 4) }
    /// Write a file, add or remove names in a directory (Linux `MAY_WRITE`).
    public static var write: AccessMask { AccessMask(rawValue: 2) }
    /// Execute a file, search a directory (Linux `MAY_EXEC`).
    public static var execute: AccessMask { AccessMask(rawValue: 1) }
}

/// Linux's generic_permission over a file's mode and owner, for any file the kernel knows
/// (ramfs inodes, programs exec opens).
public enum FilePermissions {
    /// True when `credentials` may access a file of `mode` owned by `owner`/`group` as `mask`
    /// asks. The owner's, group's or others' bits decide (one class only, never a fallback);
    /// uid 0 may always read and write, search any directory, and execute a file with at
    /// least one execute bit. Linux: generic_permission with capable(CAP_DAC_OVERRIDE).
    public static func mayAccess(mode: FileMode, owner: UInt32, group: UInt32, mask: AccessMask,
                                 credentials: FSCredentials) -> Bool {
        let wanted = mask.rawValue & 7
        if credentials.isPrivileged {
            return wanted & AccessMask.execute.rawValue == 0 || mode.isDirectory || mode.rawValue & 0o111 != 0
        }
        let permissions = mode.rawValue
        let granted: UInt32
        if credentials.uid == owner {
            granted = permissions >> 6 & 7
        } else if credentials.isInGroup(group) {
            granted = permissions >> 3 & 7
        } else {
            granted = permissions & 7
        }
        return wanted & ~granted == 0
    }

    /// What execve demands of a program file: a regular file the caller may execute
    /// (EACCES otherwise). Linux: do_open_execat's S_ISREG check and may_open(MAY_EXEC).
    public static func checkExecutable(mode: FileMode, owner: UInt32, group: UInt32, credentials: FSCredentials) throws(Errno) {
        guard mode.isRegular,
              mayAccess(mode: mode, owner: owner, group: group, mask: .execute, credentials: credentials) else { throw .EACCES }
    }
}

extension RamFS {
    /// True when `credentials` may access `inode` as `mask` asks. The owner's, group's or
    /// others' bits decide (one class only, never a fallback); uid 0 may always read and
    /// write, search any directory, and execute a file with at least one execute bit.
    /// Linux: generic_permission (fs/namei.c) with capable(CAP_DAC_OVERRIDE).
    public static func mayAccess(_ inode: RamInode, mask: AccessMask, credentials: FSCredentials) -> Bool {
        FilePermissions.mayAccess(mode: inode.mode, owner: inode.uid, group: inode.gid, mask: mask, credentials: credentials)
    }

    /// `mayAccess`, as an error. Linux: inode_permission's `-EACCES`.
    static func requireAccess(_ inode: RamInode, _ mask: AccessMask, _ credentials: FSCredentials) throws(Errno) {
        guard mayAccess(inode, mask: mask, credentials: credentials) else { throw .EACCES }
    }

    /// True when the sticky bit of `directory` forbids `credentials` to remove or rename
    /// `victim`: only the victim's owner, the directory's owner or root may.
    /// Linux: check_sticky / __check_sticky (fs/namei.c).
    static func stickyForbids(_ victim: RamInode, in directory: RamInode, _ credentials: FSCredentials) -> Bool {
        guard directory.mode.rawValue & FileMode.S_ISVTX != 0 else { return false }
        return credentials.uid != victim.uid && credentials.uid != directory.uid && !credentials.isPrivileged
    }
}
