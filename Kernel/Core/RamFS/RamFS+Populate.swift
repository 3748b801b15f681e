// Filling a ramfs from the initrd: every member of a cpio newc archive (Kernel/Core/
// Cpio.swift) becomes a directory, regular file, symlink, hard link or device/FIFO node
// with the archive's mode, owner and mtime, as Linux's initramfs unpacker does
// (init/initramfs.c do_name, do_copy, do_symlink, maybe_link, clean_path, dir_utime).
// Differences, on purpose: missing parent directories are created (0755, root) instead of
// failing the member, and a member that cannot be added is counted and skipped.
import LinuxABI

/// What `populate(fromCpio:)` added.
public struct RamPopulateSummary: Equatable, Sendable {
    public var directories = 0
    public var files = 0
    public var symlinks = 0
    /// Regular files that became another name of an earlier member (same ino, nlink ≥ 2).
    public var hardLinks = 0
    /// Character, block, FIFO and socket nodes.
    public var nodes = 0
    /// Members that could not be added (a bad name, an unknown type, no space…).
    public var skipped = 0
    public init() {}
}

extension RamFS {
    /// Adds every member of the newc archive `archive` below the root, as root. Member
    /// names may start with "./" or "/"; "." (or an empty name) sets the root's own
    /// attributes. A member whose name exists is replaced, except a directory by a
    /// directory, which only takes the new attributes. Throws only for a malformed
    /// archive; what was added before the bad member stays.
    @discardableResult
    public func populate(fromCpio archive: UnsafeRawBufferPointer) throws(CpioError) -> RamPopulateSummary {
        var summary = RamPopulateSummary()
        var links: [(key: RamHardLinkKey, inode: RamInode)] = []
        var directoryTimes: [(inode: RamInode, time: RamTimestamp)] = []
        var reader = CpioReader(archive)
        while let entry = try reader.next() {
            do throws(Errno) {
                try add(entry, &summary, &links, &directoryTimes)
            } catch {
                summary.skipped += 1
            }
        }
        // Last, as Linux's dir_utime: adding children changed the directories' mtimes.
        for (inode, time) in directoryTimes {
            inode.mtime = time
            inode.atime = time
        }
        return summary
    }

    private func add(_ entry: CpioEntry, _ summary: inout RamPopulateSummary,
                     _ links: inout [(key: RamHardLinkKey, inode: RamInode)],
                     _ directoryTimes: inout [(inode: RamInode, time: RamTimestamp)]) throws(Errno) {
        let components = Self.components(of: entry.nameBytes)
        let time = RamTimestamp(seconds: Int64(entry.mtime))
        let permissions = entry.mode.permissions
        guard let name = components.last else {
            // "." or "/": the root itself.
            guard entry.isDirectory else { throw .EEXIST }
            setAttributes(root, permissions: permissions, uid: entry.uid, gid: entry.gid)
            directoryTimes.append((root, time))
            summary.directories += 1
            return
        }
        let parent = try makeParents(components.dropLast())
        guard let entries = parent.directory else { throw .ENOTDIR }
        if let index = entries.index(of: name[...]) {
            let existing = entries.entries[index].inode
            if existing.isDirectory && entry.isDirectory {
                setAttributes(existing, permissions: permissions, uid: entry.uid, gid: entry.gid)
                directoryTimes.append((existing, time))
                summary.directories += 1
                return
            }
            // clean_path: the old name goes, whatever it was.
            if existing.isDirectory {
                try removeDirectory(name: name, in: parent)
            } else {
                try unlink(name: name, in: parent)
            }
        }
        let inode: RamInode
        switch entry.mode.type {
        case FileMode.S_IFDIR:
            inode = try makeDirectory(in: parent, name: name, mode: permissions, uid: entry.uid, gid: entry.gid)
            directoryTimes.append((inode, time))
            summary.directories += 1
            return
        case FileMode.S_IFREG:
            let key = RamHardLinkKey(entry)
            if entry.nlink >= 2, let earlier = links.first(where: { $0.key == key })?.inode {
                try link(earlier, in: parent, name: name)
                inode = earlier
                summary.hardLinks += 1
            } else {
                inode = try create(in: parent, name: name, mode: permissions, uid: entry.uid, gid: entry.gid)
                if entry.nlink >= 2 { links.append((key, inode)) }
                summary.files += 1
            }
            // GNU cpio puts a linked file's data on its last name: write whatever comes.
            if entry.fileSize > 0 {
                try truncate(inode, to: 0)
                var done = 0
                while done < entry.fileSize {
                    done += try write(inode, at: Int64(done),
                                      from: UnsafeRawBufferPointer(rebasing: entry.data[done...]))
                }
            }
        case FileMode.S_IFLNK:
            let target = Array(entry.data)
            try Self.checkSymlinkTarget(target)
            inode = try makeSymlink(in: parent, name: name, target: target, uid: entry.uid, gid: entry.gid)
            summary.symlinks += 1
        case FileMode.S_IFCHR, FileMode.S_IFBLK, FileMode.S_IFIFO, FileMode.S_IFSOCK:
            inode = try makeNode(in: parent, name: name, mode: entry.mode,
                                 device: RamDeviceNumber(major: entry.rdevMajor, minor: entry.rdevMinor),
                                 uid: entry.uid, gid: entry.gid)
            summary.nodes += 1
        default:
            throw .EINVAL
        }
        // Set-group-ID directories must not rewrite the archive's owner or mode.
        if !inode.isSymlink { setAttributes(inode, permissions: permissions, uid: entry.uid, gid: entry.gid) }
        inode.mtime = time
        inode.atime = time
    }

    /// The parent directory for a member: each component looked up, missing ones created.
    private func makeParents(_ components: ArraySlice<[UInt8]>) throws(Errno) -> RamInode {
        var current = root
        for name in components {
            guard let entries = current.directory else { throw .ENOTDIR }
            if let child = entries.child(named: name[...]) {
                guard child.isDirectory else { throw .ENOTDIR }
                current = child
            } else {
                current = try makeDirectory(in: current, name: name, mode: 0o755, uid: 0, gid: 0)
            }
        }
        return current
    }

    /// Archive ownership and permissions, applied as Linux's init_chown and init_chmod.
    private func setAttributes(_ inode: RamInode, permissions: UInt32, uid: UInt32, gid: UInt32) {
        inode.uid = uid
        inode.gid = gid
        inode.mode = FileMode(rawValue: inode.mode.type | permissions)
    }

    /// The non-empty, non-"." components of a member name ("./bin//sh" → ["bin", "sh"]).
    static func components(of name: UnsafeRawBufferPointer) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        func finish() {
            if !current.isEmpty && current != [UInt8(ascii: ".")] { result.append(current) }
            current.removeAll()
        }
        for byte in name {
            if byte == UInt8(ascii: "/") { finish() } else { current.append(byte) }
        }
        finish()
        return result
    }
}

/// What makes two archive members names of one file: Linux find_link's (ino, major,
/// minor, mode).
struct RamHardLinkKey: Equatable {
    let inode: UInt32
    let major: UInt32
    let minor: UInt32
    let mode: UInt32

    init(_ entry: CpioEntry) {
        inode = entry.inode
        major = entry.devMajor
        minor = entry.devMinor
        mode = entry.mode.rawValue
    }
}
