// Changing what a file is rather than what it holds: chmod(2) family, chown(2) family,
// umask(2), truncate(2)/ftruncate(2), utimensat(2), and the syncs (fsync, fdatasync,
// sync, syncfs: a ramfs has nothing to write back, so they succeed once the fd checks do).
import KernelCore
import LinuxABI

enum AttributeSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.chmod, "chmod", .bigLock, chmod)
        table.add(SyscallNumber.fchmod, "fchmod", .bigLock, fchmod)
        table.add(SyscallNumber.fchmodat, "fchmodat", .bigLock, fchmodat)
        table.add(SyscallNumber.chown, "chown", .bigLock, chown)
        table.add(SyscallNumber.fchown, "fchown", .bigLock, fchown)
        table.add(SyscallNumber.lchown, "lchown", .bigLock, lchown)
        table.add(SyscallNumber.fchownat, "fchownat", .bigLock, fchownat)
        table.add(SyscallNumber.umask, "umask", .bigLock, umask)
        table.add(SyscallNumber.truncate, "truncate", .bigLock, truncate)
        table.add(SyscallNumber.ftruncate, "ftruncate", .bigLock, ftruncate)
        table.add(SyscallNumber.utimensat, "utimensat", .bigLock, utimensat)
        table.add(SyscallNumber.fsync, "fsync", .bigLock, fsync)
        table.add(SyscallNumber.fdatasync, "fdatasync", .bigLock, fsync)
        table.add(SyscallNumber.sync, "sync", .unlocked, sync)
        table.add(SyscallNumber.syncfs, "syncfs", .bigLock, syncfs)
    }

    static var cwd: UInt64 { UInt64(bitPattern: Int64(AtFlags.AT_FDCWD)) }

    /// The inode behind a descriptor used for its attributes (EBADF for O_PATH; EINVAL
    /// for a file without an inode, FIXME(issue 3): pipes and the console have none yet).
    static func inode(_ process: Process, _ fd: UInt64) throws(Errno) -> RamInode {
        guard let inode = try PathArguments.contentFile(process, fd).inode else { throw .EINVAL }
        return inode
    }

    // MARK: chmod

    static func chmod(_ process: Process, _ inode: RamInode, _ mode: UInt64) throws(Errno) -> Int64 {
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            try fs.changeMode(inode, to: UInt32(truncatingIfNeeded: mode), credentials: credentials)
        }
        return 0
    }

    /// Linux: chmod(2).
    static func chmod(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try chmod(args.process, PathArguments.lookup(args.process, dirfd: cwd, path: args.a0, follow: true), args.a1)
    }

    /// Linux: fchmod(2).
    static func fchmod(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try chmod(args.process, inode(args.process, args.a0), args.a1)
    }

    /// Linux: fchmodat(2) (the syscall takes no flags: it always follows).
    static func fchmodat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try chmod(args.process, PathArguments.lookup(args.process, dirfd: args.a0, path: args.a1, follow: true), args.a2)
    }

    // MARK: chown

    /// −1 (as a 32-bit id) leaves the id unchanged.
    static func id(_ value: UInt64) -> UInt32? {
        let id = UInt32(truncatingIfNeeded: value)
        return id == UInt32.max ? nil : id
    }

    static func chown(_ process: Process, _ inode: RamInode, _ uid: UInt64, _ gid: UInt64) throws(Errno) -> Int64 {
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            try fs.changeOwner(inode, uid: id(uid), gid: id(gid), credentials: credentials)
        }
        return 0
    }

    /// Linux: chown(2).
    static func chown(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try chown(args.process, PathArguments.lookup(args.process, dirfd: cwd, path: args.a0, follow: true),
                  args.a1, args.a2)
    }

    /// Linux: lchown(2).
    static func lchown(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try chown(args.process, PathArguments.lookup(args.process, dirfd: cwd, path: args.a0, follow: false),
                  args.a1, args.a2)
    }

    /// Linux: fchown(2).
    static func fchown(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try chown(args.process, inode(args.process, args.a0), args.a1, args.a2)
    }

    /// Linux: fchownat(2): AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH.
    static func fchownat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = try PathArguments.atFlags(args.a4, allowed: [.AT_SYMLINK_NOFOLLOW, .AT_EMPTY_PATH])
        let inode = try PathArguments.lookup(args.process, dirfd: args.a0, path: args.a1,
                                             follow: !flags.contains(.AT_SYMLINK_NOFOLLOW),
                                             emptyPath: flags.contains(.AT_EMPTY_PATH))
        return try chown(args.process, inode, args.a2, args.a3)
    }

    // MARK: umask, truncate

    /// Linux: umask(2): sets `mask & 0777`, returns the old mask.
    static func umask(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        let old = process.fsContext.umask
        process.fsContext.umask = UInt32(truncatingIfNeeded: args.a0) & 0o777
        return Int64(old)
    }

    /// Linux: truncate(2) (do_sys_truncate, vfs_truncate): EINVAL for a negative length,
    /// EISDIR for a directory, EINVAL for anything else not regular, EACCES without write
    /// permission, ETXTBSY while a program runs from it.
    static func truncate(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let length = Int64(bitPattern: args.a1)
        guard length >= 0 else { throw .EINVAL }
        let process = args.process
        let inode = try PathArguments.lookup(process, dirfd: cwd, path: args.a0, follow: true)
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            guard !inode.isDirectory else { throw .EISDIR }
            guard inode.isRegular else { throw .EINVAL }
            guard RamFS.mayAccess(inode, mask: .write, credentials: credentials) else { throw .EACCES }
            try WriteAccess.get(inode)   // ETXTBSY for a running program
            defer { WriteAccess.put(inode) }
            try fs.truncate(inode, to: length)
        }
        return 0
    }

    /// Linux: ftruncate(2) (do_ftruncate): EINVAL unless a regular file open for writing.
    static func ftruncate(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let length = Int64(bitPattern: args.a1)
        guard length >= 0 else { throw .EINVAL }
        let file = try PathArguments.contentFile(args.process, args.a0)
        guard let inode = file.inode, inode.isRegular, file.isWritable else { throw .EINVAL }
        try VFS.withLock { fs throws(Errno) in try fs.truncate(inode, to: length) }
        return 0
    }

    // MARK: times

    /// One utimensat time: UTIME_NOW, UTIME_OMIT or a valid timespec (else EINVAL). Times
    /// before the epoch are kept, as tmpfs does. Linux: nsec_valid.
    static func timeChange(_ time: Timespec) throws(Errno) -> RamTimeChange {
        if time.tv_nsec == Timespec.UTIME_NOW { return .now }
        if time.tv_nsec == Timespec.UTIME_OMIT { return .omit }
        guard time.tv_nsec >= 0, time.tv_nsec < 1_000_000_000 else { throw .EINVAL }
        return .time(RamTimestamp(seconds: time.tv_sec, nanoseconds: UInt64(time.tv_nsec)))
    }

    /// Linux: utimensat(2), in Linux's order: the times are read (EFAULT); both UTIME_OMIT
    /// returns 0 before anything else is looked at; a NULL path means the dirfd itself
    /// (futimens: no flags allowed, EBADF also for an O_PATH descriptor; a pipe's times are
    /// its pipefs-like inode's, also through AT_EMPTY_PATH; anything else without a ramfs
    /// inode is EINVAL); otherwise
    /// only AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH (EINVAL), then the lookup, then a bad
    /// tv_nsec (EINVAL), then the permission rules (RamFS.changeTimes). NULL times: both now.
    static func utimensat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        var times: (Timespec, Timespec)? = nil
        if args.a2 != 0 {
            let read = try UserMemory.read((Timespec, Timespec).self, at: args.a2)
            if read.0.tv_nsec == Timespec.UTIME_OMIT && read.1.tv_nsec == Timespec.UTIME_OMIT { return 0 }
            times = read
        }
        // The target is a descriptor's own file (futimens, or AT_EMPTY_PATH: a pipe's
        // times live in the pipe) or the inode a path names.
        var file: OpenFile? = nil, inode: RamInode? = nil
        let dirfd = PathArguments.dirfd(args.a0)
        if args.a1 == 0 && dirfd != AtFlags.AT_FDCWD {
            guard Int32(truncatingIfNeeded: args.a3) == 0 else { throw .EINVAL }
            // futimens: an O_PATH descriptor is EBADF here (Linux fdget), unlike AT_EMPTY_PATH.
            file = try PathArguments.contentFile(process, args.a0)
        } else {
            let flags = try PathArguments.atFlags(args.a3, allowed: [.AT_SYMLINK_NOFOLLOW, .AT_EMPTY_PATH])
            let path = try PathArguments.path(args.a1, allowEmpty: flags.contains(.AT_EMPTY_PATH))
            if path.isEmpty && dirfd != AtFlags.AT_FDCWD {
                file = try process.files.entry(Int(dirfd))
            } else {
                inode = try PathArguments.lookup(process, dirfd: args.a0, path: path,
                                                 follow: !flags.contains(.AT_SYMLINK_NOFOLLOW))
            }
        }
        let pipe = (file as? PipeEnd)?.pipe
        if let file {
            inode = file.inode
            guard inode != nil || pipe != nil else { throw .EINVAL }
        }
        var access = RamTimeChange.now, modification = RamTimeChange.now
        if let times {
            access = try timeChange(times.0)
            modification = try timeChange(times.1)
        }
        let credentials = process.fsCredentials
        if let pipe {
            try pipe.changeTimes(access: access, modification: modification, credentials: credentials, now: VFS.now())
        } else if let inode {
            try VFS.withLock { fs throws(Errno) in
                try fs.changeTimes(inode, access: access, modification: modification, credentials: credentials)
            }
        }
        return 0
    }

    // MARK: sync

    /// Linux: fsync(2), fdatasync(2): EBADF, EINVAL for a file that cannot be synced
    /// (pipes, terminals); nothing to write back for ramfs files.
    static func fsync(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard try PathArguments.contentFile(args.process, args.a0).inode != nil else { throw .EINVAL }
        return 0
    }

    /// Linux: sync(2).
    static func sync(_ args: SyscallArguments) throws(Errno) -> Int64 { 0 }

    /// Linux: syncfs(2).
    static func syncfs(_ args: SyscallArguments) throws(Errno) -> Int64 {
        _ = try PathArguments.contentFile(args.process, args.a0)
        return 0
    }
}
