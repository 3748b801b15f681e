// An inode's attributes as stat(2) reports them (Kernel/ABI/Stat.swift), as tmpfs fills
// `struct kstat` (generic_fillattr): the filesystem's device, the inode's number, links,
// mode, owner, the device a node names, size, a page as block size, blocks, times.
import LinuxABI

extension RamFS {
    /// The `struct stat` of `inode`. Linux: vfs_getattr → generic_fillattr, cp_new_stat.
    public func stat(_ inode: RamInode) -> Stat {
        var info = Stat()
        info.st_dev = deviceNumber.encoded
        info.st_ino = inode.number
        info.st_nlink = UInt64(inode.nlink)
        info.st_mode = inode.mode.rawValue
        info.st_uid = inode.uid
        info.st_gid = inode.gid
        info.st_rdev = inode.device?.encoded ?? 0
        info.st_size = inode.size
        info.st_blksize = Int64(RamFSLimits.pageSize)
        info.st_blocks = inode.blocks
        info.st_atim = Self.timespec(inode.atime)
        info.st_mtim = Self.timespec(inode.mtime)
        info.st_ctim = Self.timespec(inode.ctime)
        return info
    }

    static func timespec(_ time: RamTimestamp) -> Timespec {
        Timespec(tv_sec: time.seconds, tv_nsec: Int64(clamping: time.nanoseconds))
    }
}
