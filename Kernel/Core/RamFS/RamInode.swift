// One file, directory, symlink or device node of the ramfs: its attributes and, by type,
// its contents. RamFS (RamFS.swift) creates inodes and changes them; everything else reads.
// Linux: struct inode with shmem_inode_info (mm/shmem.c).
import LinuxABI

/// An inode of a RamFS. Alive while a directory entry or anyone else (an open file, a
/// cwd) refers to it. Linux: `struct inode`.
public final class RamInode {
    /// What the inode holds, by file type.
    enum Content {
        case regular(RamFileData)
        case directory(RamDirectory)
        /// The target, never empty.
        case symlink([UInt8])
        /// A character or block device node.
        case device(RamDeviceNumber)
        /// A FIFO or socket node: a name only, the VFS gives it behaviour.
        case special
    }

    /// The inode number, unique within its RamFS and never reused. Linux: `i_ino`.
    public let number: UInt64
    /// File type and permission bits; the type never changes. Linux: `i_mode`.
    public internal(set) var mode: FileMode
    /// Owner. Linux: `i_uid`.
    public internal(set) var uid: UInt32
    /// Group. Linux: `i_gid`.
    public internal(set) var gid: UInt32
    /// Names pointing here (a directory: 2 + its subdirectories; 0 once removed).
    /// Linux: `i_nlink`.
    public internal(set) var nlink: UInt32
    /// Last access. Linux: `i_atime` (the VFS decides when reads update it).
    public var atime: RamTimestamp
    /// Last change of the contents. Linux: `i_mtime`.
    public var mtime: RamTimestamp
    /// Last change of the inode. Linux: `i_ctime`.
    public var ctime: RamTimestamp
    let content: Content
    let usage: RamUsage
    /// Non-zero for a directory whose entries a provider outside the RamFS keeps (procfs):
    /// `RamFS.refreshDirectory` runs before a lookup in it or a listing of it. The value
    /// is the provider's own (which directory this is).
    public var providerTag: UInt64 = 0
    /// Linux's i_writecount: the number of opens for writing, or minus the number of
    /// programs running from this file (RamInode+WriteAccess.swift). The kernel guards it.
    public internal(set) var writeCount = 0

    init(number: UInt64, mode: FileMode, uid: UInt32, gid: UInt32, nlink: UInt32, time: RamTimestamp,
         content: Content, usage: RamUsage) {
        self.number = number
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.nlink = nlink
        atime = time
        mtime = time
        ctime = time
        self.content = content
        self.usage = usage
        usage.inodes += 1
    }

    deinit {
        usage.inodes -= 1
    }

    /// Linux `S_ISDIR`.
    public var isDirectory: Bool { mode.isDirectory }
    /// Linux `S_ISREG`.
    public var isRegular: Bool { mode.isRegular }
    /// Linux `S_ISLNK`.
    public var isSymlink: Bool { mode.isSymlink }

    /// The entries, when this is a directory.
    var directory: RamDirectory? {
        if case .directory(let directory) = content { return directory }
        return nil
    }

    /// The contents, when this is a regular file.
    var fileData: RamFileData? {
        if case .regular(let data) = content { return data }
        return nil
    }

    /// The target, when this is a symlink. Linux: readlink(2) / `i_link`.
    public var symlinkTarget: [UInt8]? {
        if case .symlink(let target) = content { return target }
        return nil
    }

    /// The device named, when this is a character or block node. Linux: `i_rdev`.
    public var device: RamDeviceNumber? {
        if case .device(let device) = content { return device }
        return nil
    }

    /// True for a directory that was removed (rmdir, or replaced by rename): nothing can
    /// be looked up or created in it any more. Linux: `IS_DEADDIR`.
    public var isDeadDirectory: Bool { isDirectory && nlink == 0 }

    /// Number of names in a directory, without "." and ".."; nil for other types.
    public var entryCount: Int? { directory?.count }

    /// `st_size`: a file's length, a symlink's target length, and for a directory 20
    /// bytes per entry including "." and ".." (as tmpfs: `BOGO_DIRENT_SIZE`).
    public var size: Int64 {
        switch content {
        case .regular(let data): return Int64(data.size)
        case .directory(let directory): return Int64(directory.count + 2) * 20
        case .symlink(let target): return Int64(target.count)
        case .device, .special: return 0
        }
    }

    /// `st_blocks`: 512-byte units of memory held, 8 per page of file data; holes are free.
    public var blocks: Int64 {
        if case .regular(let data) = content { return Int64(data.pages.count * (RamFSLimits.pageSize / 512)) }
        return 0
    }
}
