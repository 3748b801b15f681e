// Adding names to a directory: regular files, directories, device and FIFO nodes,
// symlinks and hard links, with the checks of Linux's filename_create, may_create and the
// vfs_* functions in fs/namei.c, in that order. By-path versions: RamFS+Paths.swift.
import LinuxABI

/// What a final path component is. Linux: `LAST_NORM`, `LAST_DOT`, `LAST_DOTDOT`, `LAST_ROOT`.
public enum RamLastComponent: Equatable, Sendable {
    /// An ordinary name.
    case normal
    /// ".".
    case dot
    /// "..".
    case dotDot
    /// No name at all: the path is "/" (or only slashes).
    case root

    /// The kind of the name `name`.
    static func of(_ name: ArraySlice<UInt8>) -> RamLastComponent {
        let dot = UInt8(ascii: ".")
        if name.count == 1 && name.first == dot { return .dot }
        if name.count == 2 && name.first == dot && name.last == dot { return .dotDot }
        return name.isEmpty ? .root : .normal
    }
}

extension RamFS {
    /// Creates an empty regular file `name` in `directory` with permissions `mode` (the
    /// caller applied the umask), owned by `uid`/`gid` (a set-group-ID directory gives
    /// its group instead). Errors: `ENOTDIR`, `EEXIST` (also for "." and ".."),
    /// `ENAMETOOLONG`, `ENOENT` (removed directory, empty name), `EINVAL` (a "/" or NUL in
    /// the name), `EACCES` (no write and search permission). Linux: vfs_create.
    @discardableResult
    public func create(in directory: RamInode, name: [UInt8], mode: UInt32, uid: UInt32, gid: UInt32,
                       credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        try makeNode(in: directory, name: name, mode: FileMode(rawValue: FileMode.S_IFREG | mode & 0o7777),
                     device: RamDeviceNumber(major: 0, minor: 0), uid: uid, gid: gid, credentials: credentials)
    }

    /// Creates directory `name` in `directory` (errors as `create`, and `EMLINK` when the
    /// parent has too many links). The new directory inherits a set-group-ID bit.
    /// Linux: vfs_mkdir, shmem_mkdir.
    @discardableResult
    public func makeDirectory(in directory: RamInode, name: [UInt8], mode: UInt32, uid: UInt32, gid: UInt32,
                              credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        // mkdir accepts a trailing slash (it names a directory), so there is no flag for it.
        let entries = try checkCreate(in: directory, name: name, trailingSlash: false, credentials: credentials)
        guard directory.nlink < UInt32.max else { throw .EMLINK }
        let (permissions, group) = ownership(in: directory, mode: mode, gid: gid, isDirectory: true,
                                             credentials: credentials)
        let inode = makeInode(mode: FileMode(rawValue: FileMode.S_IFDIR | permissions), uid: uid, gid: group,
                              nlink: 2, content: .directory(RamDirectory(parent: directory)))
        directory.nlink += 1
        add(inode, as: name, to: directory, entries)
        return inode
    }

    /// Creates a node of the type in `mode`: regular (type 0 counts as regular), character
    /// or block device (root only, else `EPERM`), FIFO or socket. A directory type is
    /// `EPERM`, anything else `EINVAL`; then the errors of `create`. Linux: mknod(2),
    /// may_mknod, vfs_mknod.
    @discardableResult
    public func makeNode(in directory: RamInode, name: [UInt8], mode: FileMode, device: RamDeviceNumber,
                         uid: UInt32, gid: UInt32, credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        try makeNode(in: directory, name: name, mode: mode, device: device, uid: uid, gid: gid,
                     credentials: credentials, trailingSlash: false)
    }

    /// Creates symlink `name` → `target` (permissions 0777). An empty target is `ENOENT`,
    /// one of 4096 bytes or more `ENAMETOOLONG`, a NUL in it `EINVAL`; then the errors of
    /// `create`. Linux: symlink(2), vfs_symlink.
    @discardableResult
    public func makeSymlink(in directory: RamInode, name: [UInt8], target: [UInt8], uid: UInt32, gid: UInt32,
                            credentials: FSCredentials = .root) throws(Errno) -> RamInode {
        try Self.checkSymlinkTarget(target)
        return try makeSymlink(in: directory, name: name, target: target, uid: uid, gid: gid,
                               credentials: credentials, trailingSlash: false)
    }

    /// Adds the name `name` in `directory` for the existing `inode`. Errors of `create`,
    /// then `EPERM` for a directory, `ENOENT` for an inode with no names left, `EMLINK`.
    /// Linux: vfs_link.
    public func link(_ inode: RamInode, in directory: RamInode, name: [UInt8],
                     credentials: FSCredentials = .root) throws(Errno) {
        try link(inode, in: directory, name: name, credentials: credentials, trailingSlash: false)
    }

    // MARK: - Shared with the by-path operations

    func makeNode(in directory: RamInode, name: [UInt8], mode: FileMode, device: RamDeviceNumber, uid: UInt32,
                  gid: UInt32, credentials: FSCredentials, trailingSlash: Bool) throws(Errno) -> RamInode {
        var type = mode.type
        switch type {
        case 0, FileMode.S_IFREG: type = FileMode.S_IFREG
        case FileMode.S_IFCHR, FileMode.S_IFBLK, FileMode.S_IFIFO, FileMode.S_IFSOCK: break
        case FileMode.S_IFDIR: throw .EPERM
        default: throw .EINVAL
        }
        let entries = try checkCreate(in: directory, name: name, trailingSlash: trailingSlash, credentials: credentials)
        let isDevice = type == FileMode.S_IFCHR || type == FileMode.S_IFBLK
        guard !isDevice || credentials.isPrivileged else { throw .EPERM }
        let (permissions, group) = ownership(in: directory, mode: mode.permissions, gid: gid, isDirectory: false,
                                             credentials: credentials)
        let content: RamInode.Content
        switch type {
        case FileMode.S_IFREG: content = .regular(RamFileData(usage: usage))
        case FileMode.S_IFCHR, FileMode.S_IFBLK: content = .device(device)
        default: content = .special
        }
        let inode = makeInode(mode: FileMode(rawValue: type | permissions), uid: uid, gid: group, nlink: 1,
                              content: content)
        add(inode, as: name, to: directory, entries)
        return inode
    }

    func makeSymlink(in directory: RamInode, name: [UInt8], target: [UInt8], uid: UInt32, gid: UInt32,
                     credentials: FSCredentials, trailingSlash: Bool) throws(Errno) -> RamInode {
        let entries = try checkCreate(in: directory, name: name, trailingSlash: trailingSlash, credentials: credentials)
        let (_, group) = ownership(in: directory, mode: 0o777, gid: gid, isDirectory: false, credentials: credentials)
        let inode = makeInode(mode: FileMode(rawValue: FileMode.S_IFLNK | 0o777), uid: uid, gid: group, nlink: 1,
                              content: .symlink(target))
        add(inode, as: name, to: directory, entries)
        return inode
    }

    func link(_ inode: RamInode, in directory: RamInode, name: [UInt8], credentials: FSCredentials,
              trailingSlash: Bool) throws(Errno) {
        let entries = try checkCreate(in: directory, name: name, trailingSlash: trailingSlash, credentials: credentials)
        guard !inode.isDirectory else { throw .EPERM }
        guard inode.nlink > 0 else { throw .ENOENT }
        guard inode.nlink < UInt32.max else { throw .EMLINK }
        inode.nlink += 1
        let time = now()
        inode.ctime = time
        entries.append(name, inode)
        touchDirectory(directory, time)
    }

    /// A symlink target as symlink(2) takes it.
    static func checkSymlinkTarget(_ target: [UInt8]) throws(Errno) {
        guard !target.isEmpty else { throw .ENOENT }
        guard target.count < RamFSLimits.pathMax else { throw .ENAMETOOLONG }
        guard !target.contains(0) else { throw .EINVAL }
    }

    /// A name as a directory can hold it: `ENOENT` empty, `EINVAL` with "/" or NUL,
    /// `ENAMETOOLONG` over 255 bytes (Linux: the filesystem's lookup, shmem via simple_lookup).
    static func checkName(_ name: ArraySlice<UInt8>) throws(Errno) {
        guard !name.isEmpty else { throw .ENOENT }
        guard name.count <= RamFSLimits.nameMax else { throw .ENAMETOOLONG }
        guard !name.contains(UInt8(ascii: "/")) && !name.contains(0) else { throw .EINVAL }
    }

    /// The checks before a new name goes into `directory`, in Linux's order: "." or ".."
    /// (`EEXIST`), the name, a removed directory, an existing name, a trailing slash on a
    /// name that is not to be a directory (`ENOENT`), then permission. Linux:
    /// filename_create, lookup_one_qstr_excl, may_create.
    func checkCreate(in directory: RamInode, name: [UInt8], trailingSlash: Bool,
                     credentials: FSCredentials) throws(Errno) -> RamDirectory {
        guard let entries = directory.directory else { throw .ENOTDIR }
        guard RamLastComponent.of(name[...]) == .normal else { throw name.isEmpty ? .ENOENT : .EEXIST }
        try Self.checkName(name[...])
        guard !directory.isDeadDirectory else { throw .ENOENT }
        guard entries.index(of: name[...]) == nil else { throw .EEXIST }
        guard !trailingSlash else { throw .ENOENT }
        try Self.requireAccess(directory, [.write, .execute], credentials)
        return entries
    }

    /// The permissions and group of a new inode in `directory`: a set-group-ID directory
    /// gives its group, and its set-group-ID bit to new directories; a new group-executable
    /// set-group-ID file there loses the bit unless the creator is in the group or root.
    /// Linux: inode_init_owner, mode_strip_sgid.
    func ownership(in directory: RamInode, mode: UInt32, gid: UInt32, isDirectory: Bool,
                   credentials: FSCredentials) -> (mode: UInt32, gid: UInt32) {
        var permissions = mode & 0o7777
        guard directory.mode.rawValue & FileMode.S_ISGID != 0 else { return (permissions, gid) }
        if isDirectory {
            permissions |= FileMode.S_ISGID
        } else if permissions & (FileMode.S_ISGID | 0o010) == FileMode.S_ISGID | 0o010
                    && !credentials.isInGroup(directory.gid) && !credentials.isPrivileged {
            permissions &= ~FileMode.S_ISGID
        }
        return (permissions, directory.gid)
    }

    /// Appends `name` → `inode` and stamps the directory with the inode's birth time.
    func add(_ inode: RamInode, as name: [UInt8], to directory: RamInode, _ entries: RamDirectory) {
        entries.append(name, inode)
        touchDirectory(directory, inode.ctime)
    }
}
