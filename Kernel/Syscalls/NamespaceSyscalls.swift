// Adding, removing and moving names: mkdir(2)/mkdirat, mknod(2)/mknodat, rmdir(2),
// unlink(2)/unlinkat, rename(2)/renameat/renameat2, link(2)/linkat, symlink(2)/symlinkat.
// The rules are the ramfs's (RamFS+Paths.swift); this file reads the arguments.
import KernelCore
import LinuxABI

enum NamespaceSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.mkdir, "mkdir", .bigLock, mkdir)
        table.add(SyscallNumber.mkdirat, "mkdirat", .bigLock, mkdirat)
        table.add(SyscallNumber.mknod, "mknod", .bigLock, mknod)
        table.add(SyscallNumber.mknodat, "mknodat", .bigLock, mknodat)
        table.add(SyscallNumber.rmdir, "rmdir", .bigLock, rmdir)
        table.add(SyscallNumber.unlink, "unlink", .bigLock, unlink)
        table.add(SyscallNumber.unlinkat, "unlinkat", .bigLock, unlinkat)
        table.add(SyscallNumber.rename, "rename", .bigLock, rename)
        table.add(SyscallNumber.renameat, "renameat", .bigLock, renameat)
        table.add(SyscallNumber.renameat2, "renameat2", .bigLock, renameat2)
        table.add(SyscallNumber.link, "link", .bigLock, link)
        table.add(SyscallNumber.linkat, "linkat", .bigLock, linkat)
        table.add(SyscallNumber.symlink, "symlink", .bigLock, symlink)
        table.add(SyscallNumber.symlinkat, "symlinkat", .bigLock, symlinkat)
    }

    static var cwd: UInt64 { UInt64(bitPattern: Int64(AtFlags.AT_FDCWD)) }

    /// A path argument and the directory it starts from.
    static func located(_ process: Process, _ dirfd: UInt64, _ address: UInt64) throws(Errno) -> ([UInt8], RamInode) {
        let path = try PathArguments.path(address)
        return (path, try PathArguments.start(process, dirfd: dirfd, path: path))
    }

    // MARK: mkdir, mknod

    /// Linux: do_mkdirat: permissions `mode & 01777` less the umask.
    static func mkdir(_ process: Process, _ dirfd: UInt64, _ address: UInt64, _ mode: UInt64) throws(Errno) -> Int64 {
        let (path, start) = try located(process, dirfd, address)
        let permissions = UInt32(truncatingIfNeeded: mode) & 0o1777 & ~process.fsContext.umask
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            _ = try fs.mkdir(path, from: start, mode: permissions, credentials: credentials)
        }
        return 0
    }

    static func mkdir(_ args: SyscallArguments) throws(Errno) -> Int64 { try mkdir(args.process, cwd, args.a0, args.a1) }
    static func mkdirat(_ args: SyscallArguments) throws(Errno) -> Int64 { try mkdir(args.process, args.a0, args.a1, args.a2) }

    /// Linux: do_mknodat: a regular file, device, FIFO or socket node; the umask applies to
    /// the permissions; `dev` in the syscalls' dev_t encoding.
    static func mknod(_ process: Process, _ dirfd: UInt64, _ address: UInt64, _ mode: UInt64,
                      _ dev: UInt64) throws(Errno) -> Int64 {
        let raw = UInt32(truncatingIfNeeded: mode)
        let type = raw & FileMode.S_IFMT
        switch type {
        case 0, FileMode.S_IFREG, FileMode.S_IFCHR, FileMode.S_IFBLK, FileMode.S_IFIFO, FileMode.S_IFSOCK: break
        case FileMode.S_IFDIR: throw .EPERM
        default: throw .EINVAL
        }
        let (path, start) = try located(process, dirfd, address)
        let fileMode = FileMode(rawValue: type | (raw & 0o7777 & ~process.fsContext.umask))
        let device = RamDeviceNumber(major: DeviceEncoding.major(dev), minor: DeviceEncoding.minor(dev))
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            _ = try fs.mknod(path, from: start, mode: fileMode, device: device, credentials: credentials)
        }
        return 0
    }

    static func mknod(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try mknod(args.process, cwd, args.a0, args.a1, args.a2)
    }
    static func mknodat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try mknod(args.process, args.a0, args.a1, args.a2, args.a3)
    }

    // MARK: rmdir, unlink

    static func remove(_ process: Process, _ dirfd: UInt64, _ address: UInt64, directory: Bool) throws(Errno) -> Int64 {
        let (path, start) = try located(process, dirfd, address)
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            if directory {
                try fs.rmdir(path, from: start, credentials: credentials)
            } else {
                try fs.unlink(path, from: start, credentials: credentials)
            }
        }
        return 0
    }

    static func rmdir(_ args: SyscallArguments) throws(Errno) -> Int64 { try remove(args.process, cwd, args.a0, directory: true) }
    static func unlink(_ args: SyscallArguments) throws(Errno) -> Int64 { try remove(args.process, cwd, args.a0, directory: false) }

    /// Linux: unlinkat(2): only AT_REMOVEDIR, which makes it rmdir.
    static func unlinkat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = try PathArguments.atFlags(args.a2, allowed: .AT_REMOVEDIR)
        return try remove(args.process, args.a0, args.a1, directory: flags.contains(.AT_REMOVEDIR))
    }

    // MARK: rename

    /// Linux: do_renameat2. RENAME_EXCHANGE swaps two existing names; RENAME_WHITEOUT
    /// (overlayfs's) is not supported by the ramfs: EINVAL, as Linux says for such a filesystem.
    static func rename(_ process: Process, _ oldDirfd: UInt64, _ oldAddress: UInt64, _ newDirfd: UInt64,
                       _ newAddress: UInt64, flags: UInt64) throws(Errno) -> Int64 {
        let flags = UInt32(truncatingIfNeeded: flags)
        let known = RenameFlags.RENAME_NOREPLACE | RenameFlags.RENAME_EXCHANGE | RenameFlags.RENAME_WHITEOUT
        guard flags & ~known == 0 else { throw .EINVAL }
        let exchange = flags & RenameFlags.RENAME_EXCHANGE != 0
        if exchange && flags & (RenameFlags.RENAME_NOREPLACE | RenameFlags.RENAME_WHITEOUT) != 0 { throw .EINVAL }
        let (oldPath, oldStart) = try located(process, oldDirfd, oldAddress)
        let (newPath, newStart) = try located(process, newDirfd, newAddress)
        guard flags & RenameFlags.RENAME_WHITEOUT == 0 else { throw .EINVAL }
        let noReplace = flags & RenameFlags.RENAME_NOREPLACE != 0
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            if exchange {
                try fs.exchange(oldPath, from: oldStart, with: newPath, from: newStart, credentials: credentials)
            } else {
                try fs.rename(oldPath, from: oldStart, to: newPath, from: newStart, noReplace: noReplace,
                              credentials: credentials)
            }
        }
        return 0
    }

    static func rename(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try rename(args.process, cwd, args.a0, cwd, args.a1, flags: 0)
    }
    static func renameat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try rename(args.process, args.a0, args.a1, args.a2, args.a3, flags: 0)
    }
    static func renameat2(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try rename(args.process, args.a0, args.a1, args.a2, args.a3, flags: args.a4)
    }

    // MARK: link, symlink

    /// Linux: do_linkat: AT_SYMLINK_FOLLOW follows a final symlink of the old path;
    /// AT_EMPTY_PATH with "" links the old dirfd's own inode.
    static func link(_ process: Process, _ oldDirfd: UInt64, _ oldAddress: UInt64, _ newDirfd: UInt64,
                     _ newAddress: UInt64, flags: AtFlags) throws(Errno) -> Int64 {
        let oldPath = try PathArguments.path(oldAddress, allowEmpty: flags.contains(.AT_EMPTY_PATH))
        let (newPath, newStart) = try located(process, newDirfd, newAddress)
        let credentials = process.fsCredentials
        if oldPath.isEmpty {
            let inode = try PathArguments.emptyPathTarget(process, dirfd: oldDirfd)
            try VFS.withLock { fs throws(Errno) in
                let at = try fs.resolve(newPath, from: newStart, final: .parentOnly, credentials: credentials)
                guard at.last == .normal else { throw .EEXIST }
                guard !at.trailingSlash else { throw at.parent.entryCount == nil ? .ENOTDIR : .ENOENT }
                try fs.link(inode, in: at.parent, name: at.name, credentials: credentials)
            }
            return 0
        }
        let oldStart = try PathArguments.start(process, dirfd: oldDirfd, path: oldPath)
        let follow = flags.contains(.AT_SYMLINK_FOLLOW)
        try VFS.withLock { fs throws(Errno) in
            try fs.link(oldPath, from: oldStart, to: newPath, from: newStart, followSymlink: follow,
                        credentials: credentials)
        }
        return 0
    }

    static func link(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try link(args.process, cwd, args.a0, cwd, args.a1, flags: [])
    }
    static func linkat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = try PathArguments.atFlags(args.a4, allowed: [.AT_SYMLINK_FOLLOW, .AT_EMPTY_PATH])
        return try link(args.process, args.a0, args.a1, args.a2, args.a3, flags: flags)
    }

    /// Linux: do_symlinkat: the target is read like a path (EFAULT, ENAMETOOLONG, ENOENT).
    static func symlink(_ process: Process, _ targetAddress: UInt64, _ dirfd: UInt64,
                        _ address: UInt64) throws(Errno) -> Int64 {
        let target = try PathArguments.path(targetAddress)
        let (path, start) = try located(process, dirfd, address)
        let credentials = process.fsCredentials
        try VFS.withLock { fs throws(Errno) in
            _ = try fs.symlink(target: target, at: path, from: start, credentials: credentials)
        }
        return 0
    }

    static func symlink(_ args: SyscallArguments) throws(Errno) -> Int64 { try symlink(args.process, args.a0, cwd, args.a1) }
    static func symlinkat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try symlink(args.process, args.a0, args.a1, args.a2)
    }
}
