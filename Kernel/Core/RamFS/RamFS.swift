// The in-memory filesystem behind the root of Apus: the tree, inode numbering, the clock
// and the usage counters. The rules live in extensions, one idea per file:
//   RamFS+Lookup   path walk           RamFS+Create   create, mkdir, mknod, symlink, link
//   RamFS+Remove   unlink, rmdir       RamFS+Rename   rename
//   RamFS+Paths    the same by path    RamFS+IO       read, write, truncate
//   RamFS+Attributes chmod, chown      RamDirents     getdents64      RamStat  stat
//   RamFS+Populate the initrd
// Not thread-safe: the kernel wraps one RamFS in a lock. Linux: tmpfs (mm/shmem.c) and
// the VFS rules of fs/namei.c that a filesystem of its own must follow.
import LinuxABI

/// An in-memory filesystem with Linux semantics. Linux: tmpfs.
public final class RamFS {
    /// The root directory ("/"; its ".." is itself).
    public let root: RamInode
    /// The device the filesystem reports as `st_dev`.
    public let deviceNumber: RamDeviceNumber
    let usage: RamUsage
    let clock: () -> RamTimestamp
    var nextInodeNumber: UInt64
    /// Brings a directory with a `providerTag` up to date (procfs: the live pids, the
    /// files of one pid) before a lookup in it or a listing of it; the VFS's mount hook.
    public var refreshDirectory: ((RamFS, RamInode) -> Void)? = nil

    /// An empty filesystem whose root has permissions `rootMode`, owned by root.
    /// `pageLimit` bounds the 4 KiB pages of file data (tmpfs `size=`), which come from
    /// `pages`; `clock` tells
    /// the time for timestamps. Linux: shmem_fill_super.
    public init(deviceNumber: RamDeviceNumber = RamDeviceNumber(major: 0, minor: 0), rootMode: UInt32 = 0o755,
                pageLimit: Int = Int.max, pages: RamPageAllocator = .heap,
                clock: @escaping () -> RamTimestamp = { RamTimestamp.zero }) {
        self.deviceNumber = deviceNumber
        self.clock = clock
        usage = RamUsage(pageLimit: pageLimit, allocator: pages)
        root = RamInode(number: 1, mode: FileMode(rawValue: FileMode.S_IFDIR | rootMode & 0o7777), uid: 0, gid: 0,
                        nlink: 2, time: clock(), content: .directory(RamDirectory(parent: nil)), usage: usage)
        nextInodeNumber = 2
    }

    /// Breaks the cycles between directories and their parents, leaves first, so the
    /// tree is freed without deep recursion.
    deinit {
        var directories: [RamInode] = [root]
        var index = 0
        while index < directories.count {
            if let directory = directories[index].directory {
                for entry in directory.entries where entry.inode.isDirectory { directories.append(entry.inode) }
            }
            index += 1
        }
        for inode in directories.reversed() {
            guard let directory = inode.directory else { continue }
            directory.parent = nil
            while !directory.isEmpty { directory.remove(at: directory.count - 1) }
        }
    }

    /// Bytes of file data held: whole 4 KiB pages, holes excluded, unlinked files that
    /// are still open included. Linux: tmpfs's used blocks × page size (df).
    public var fileDataBytes: Int { usage.pages * RamFSLimits.pageSize }
    /// Pages of file data held.
    public var fileDataPages: Int { usage.pages }
    /// Inodes alive, the root included.
    public var inodeCount: Int { usage.inodes }

    /// The time now, from the caller's clock.
    func now() -> RamTimestamp { clock() }

    /// A new inode with the next number, all three times set to now.
    func makeInode(mode: FileMode, uid: UInt32, gid: UInt32, nlink: UInt32, content: RamInode.Content) -> RamInode {
        let inode = RamInode(number: nextInodeNumber, mode: mode, uid: uid, gid: gid, nlink: nlink, time: now(),
                             content: content, usage: usage)
        nextInodeNumber += 1
        return inode
    }

    /// Records a change of `directory`'s names. Linux: dir->i_mtime = dir->i_ctime = now.
    func touchDirectory(_ directory: RamInode, _ time: RamTimestamp) {
        directory.mtime = time
        directory.ctime = time
    }

    /// True when `ancestor` is `inode` or one of its parents (directories only).
    func isAncestorOrSelf(_ ancestor: RamInode, of inode: RamInode) -> Bool {
        var current = inode
        while true {
            if current === ancestor { return true }
            guard let parent = current.directory?.parent, parent !== current else { return false }
            current = parent
        }
    }
}
