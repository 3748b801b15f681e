// Asking about a path: stat(2), lstat(2), newfstatat(2), statx(2), access(2), faccessat(2),
// faccessat2(2), readlink(2), readlinkat(2). (fstat is a descriptor syscall.)
import KernelCore
import LinuxABI

enum StatSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.stat, "stat", .bigLock, stat)
        table.add(SyscallNumber.lstat, "lstat", .bigLock, lstat)
        table.add(SyscallNumber.newfstatat, "newfstatat", .bigLock, newfstatat)
        table.add(SyscallNumber.statx, "statx", .bigLock, statx)
        table.add(SyscallNumber.access, "access", .bigLock, access)
        table.add(SyscallNumber.faccessat, "faccessat", .bigLock, faccessat)
        table.add(SyscallNumber.faccessat2, "faccessat2", .bigLock, faccessat2)
        table.add(SyscallNumber.readlink, "readlink", .bigLock, readlink)
        table.add(SyscallNumber.readlinkat, "readlinkat", .bigLock, readlinkat)
    }

    static var cwd: UInt64 { UInt64(bitPattern: Int64(AtFlags.AT_FDCWD)) }

    /// What the stat family describes. With AT_EMPTY_PATH and "", the dirfd's file itself
    /// (any file: a pipe or the console has no inode but a stat).
    static func describe(_ process: Process, dirfd: UInt64, path address: UInt64, flags: AtFlags) throws(Errno) -> Stat {
        let path = try PathArguments.path(address, allowEmpty: flags.contains(.AT_EMPTY_PATH))
        if path.isEmpty {
            let fd = PathArguments.dirfd(dirfd)
            if fd == AtFlags.AT_FDCWD { return VFS.stat(process.fsContext.workingDirectory) }
            return try process.files.entry(Int(fd)).stat()
        }
        let start = try PathArguments.start(process, dirfd: dirfd, path: path)
        let credentials = process.fsCredentials
        let follow = !flags.contains(.AT_SYMLINK_NOFOLLOW)
        return try VFS.withLock { fs throws(Errno) in
            fs.stat(try fs.lookup(path, from: start, followFinalSymlink: follow, credentials: credentials))
        }
    }

    /// The shared body of stat, lstat and newfstatat.
    static func stat(_ process: Process, dirfd: UInt64, path address: UInt64, to buffer: UInt64,
                     flags: AtFlags) throws(Errno) -> Int64 {
        try UserMemory.write(describe(process, dirfd: dirfd, path: address, flags: flags), to: buffer)
        return 0
    }

    /// Linux: stat(2).
    static func stat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try stat(args.process, dirfd: cwd, path: args.a0, to: args.a1, flags: [])
    }

    /// Linux: lstat(2).
    static func lstat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try stat(args.process, dirfd: cwd, path: args.a0, to: args.a1, flags: .AT_SYMLINK_NOFOLLOW)
    }

    /// Linux's AT_STATX_SYNC_TYPE bits, which vfs_fstatat accepts (and a ramfs ignores).
    static let statxSyncType = AtFlags(rawValue: 0x6000)

    /// Linux: newfstatat(2) (fstatat): AT_SYMLINK_NOFOLLOW, AT_NO_AUTOMOUNT, AT_EMPTY_PATH.
    static func newfstatat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = try PathArguments.atFlags(args.a3, allowed: [.AT_SYMLINK_NOFOLLOW, .AT_NO_AUTOMOUNT, .AT_EMPTY_PATH,
                                                                  statxSyncType])
        return try stat(args.process, dirfd: args.a0, path: args.a1, to: args.a2, flags: flags)
    }

    /// Linux: statx(2). Every basic field is filled whatever `mask` asks (Linux may return
    /// more than asked); there is no birth time. EINVAL for unknown flags, both sync-type
    /// bits, or STATX__RESERVED in the mask.
    static func statx(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = try PathArguments.atFlags(args.a2, allowed: [.AT_SYMLINK_NOFOLLOW, .AT_NO_AUTOMOUNT, .AT_EMPTY_PATH,
                                                                  statxSyncType])
        guard flags.intersection(statxSyncType) != statxSyncType else { throw .EINVAL }
        guard UInt32(truncatingIfNeeded: args.a3) & Statx.STATX__RESERVED == 0 else { throw .EINVAL }
        let info = try describe(args.process, dirfd: args.a0, path: args.a1, flags: flags)
        var result = Statx()
        result.stx_mask = Statx.STATX_BASIC_STATS
        result.stx_blksize = UInt32(truncatingIfNeeded: info.st_blksize)
        result.stx_nlink = UInt32(truncatingIfNeeded: info.st_nlink)
        result.stx_uid = info.st_uid
        result.stx_gid = info.st_gid
        result.stx_mode = UInt16(truncatingIfNeeded: info.st_mode)
        result.stx_ino = info.st_ino
        result.stx_size = UInt64(bitPattern: info.st_size)
        result.stx_blocks = UInt64(bitPattern: info.st_blocks)
        result.stx_atime = timestamp(info.st_atim)
        result.stx_mtime = timestamp(info.st_mtim)
        result.stx_ctime = timestamp(info.st_ctim)
        result.stx_rdev_major = DeviceEncoding.major(info.st_rdev)
        result.stx_rdev_minor = DeviceEncoding.minor(info.st_rdev)
        result.stx_dev_major = DeviceEncoding.major(info.st_dev)
        result.stx_dev_minor = DeviceEncoding.minor(info.st_dev)
        try UserMemory.write(result, to: args.a4)
        return 0
    }

    static func timestamp(_ time: Timespec) -> StatxTimestamp {
        StatxTimestamp(tv_sec: time.tv_sec, tv_nsec: UInt32(truncatingIfNeeded: time.tv_nsec))
    }

    /// The shared body of the access family: `mode` is F_OK or R_OK|W_OK|X_OK (EINVAL
    /// otherwise), checked with the real ids unless AT_EACCESS.
    /// Linux: do_faccessat.
    static func access(_ process: Process, dirfd: UInt64, path: UInt64, mode: UInt64,
                       flags: AtFlags) throws(Errno) -> Int64 {
        guard mode & ~UInt64(0o7) == 0 else { throw .EINVAL }
        let inode = try PathArguments.lookup(process, dirfd: dirfd, path: path,
                                             follow: !flags.contains(.AT_SYMLINK_NOFOLLOW),
                                             emptyPath: flags.contains(.AT_EMPTY_PATH))
        let mask = AccessMask(rawValue: UInt32(mode))
        // access(2) asks about the real ids; AT_EACCESS about the effective (filesystem) ones.
        let credentials = flags.contains(.AT_EACCESS) ? process.fsCredentials : process.credentials.real
        guard try VFS.withLock({ _ throws(Errno) in RamFS.mayAccess(inode, mask: mask, credentials: credentials) })
        else { throw .EACCES }
        return 0
    }

    /// Linux: access(2).
    static func access(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try access(args.process, dirfd: cwd, path: args.a0, mode: args.a1, flags: [])
    }

    /// Linux: faccessat(2) (the syscall has no flags argument).
    static func faccessat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try access(args.process, dirfd: args.a0, path: args.a1, mode: args.a2, flags: [])
    }

    /// Linux: faccessat2(2): AT_EACCESS, AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH.
    static func faccessat2(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = try PathArguments.atFlags(args.a3, allowed: [.AT_EACCESS, .AT_SYMLINK_NOFOLLOW, .AT_EMPTY_PATH])
        return try access(args.process, dirfd: args.a0, path: args.a1, mode: args.a2, flags: flags)
    }

    /// The shared body of readlink: at most `size` bytes of the target, no NUL; EINVAL for
    /// a size ≤ 0 or something that is not a symlink. An empty path reads the dirfd's
    /// own symlink (an O_PATH | O_NOFOLLOW descriptor). Linux: do_readlinkat.
    static func readlink(_ process: Process, dirfd: UInt64, path address: UInt64, buffer: UInt64,
                         size: UInt64) throws(Errno) -> Int64 {
        let size = Int32(truncatingIfNeeded: size)
        guard size > 0 else { throw .EINVAL }
        let path = try PathArguments.path(address, allowEmpty: true)
        let inode: RamInode
        if path.isEmpty {
            inode = try PathArguments.emptyPathTarget(process, dirfd: dirfd)
            guard inode.isSymlink else { throw .ENOENT }
        } else {
            inode = try PathArguments.lookup(process, dirfd: dirfd, path: address, follow: false)
        }
        let target = try VFS.withLock { fs throws(Errno) in try fs.readLink(inode) }
        let count = min(target.count, Int(size))
        try UserMemory.write(bytes: Array(target[0..<count]), to: buffer)
        return Int64(count)
    }

    /// Linux: readlink(2).
    static func readlink(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try readlink(args.process, dirfd: cwd, path: args.a0, buffer: args.a1, size: args.a2)
    }

    /// Linux: readlinkat(2).
    static func readlinkat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try readlink(args.process, dirfd: args.a0, path: args.a1, buffer: args.a2, size: args.a3)
    }
}
