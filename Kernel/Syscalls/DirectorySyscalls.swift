// Directories as a process sees them: getdents64(2) over an open directory, and the
// working directory — getcwd(2), chdir(2), fchdir(2).
import KernelCore
import LinuxABI

enum DirectorySyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.getdents64, "getdents64", .bigLock, getdents64)
        table.add(SyscallNumber.getcwd, "getcwd", .bigLock, getcwd)
        table.add(SyscallNumber.chdir, "chdir", .bigLock, chdir)
        table.add(SyscallNumber.fchdir, "fchdir", .bigLock, fchdir)
    }

    /// Largest kernel buffer one getdents64 call fills.
    static let chunk = 64 * 1024

    /// Linux: getdents64(2). Records go to a kernel buffer first; if copying them out
    /// faults, the position goes back so no entry is lost (EFAULT).
    static func getdents64(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try args.process.files.entry(DescriptorSyscalls.descriptor(args.a0))
        let count = Int(UInt32(truncatingIfNeeded: args.a2))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, min(count, chunk)), alignment: 8)
        defer { buffer.deallocate() }
        let before = file.offset
        let used = try file.readDirectory(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<min(count, chunk)]))
        do throws(Errno) {
            try UserMemory.copyOut(to: args.a1, from: UnsafeRawPointer(buffer.baseAddress!), count: used)
        } catch {
            _ = try? file.seek(before, whence: Whence.SEEK_SET)
            throw error
        }
        return Int64(used)
    }

    /// Linux: getcwd(2): the length with the NUL; ERANGE when `size` is too small,
    /// ENOENT when the working directory was removed.
    static func getcwd(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let cwd = args.process.fsContext.workingDirectory
        guard let path = try VFS.withLock({ fs throws(Errno) in fs.path(of: cwd) }) else { throw .ENOENT }
        let length = path.count + 1
        guard UInt64(length) <= args.a1 else { throw .ERANGE }
        try UserMemory.write(bytes: path + [0], to: args.a0)
        return Int64(length)
    }

    /// Makes `inode` the working directory: ENOTDIR, or EACCES without search permission.
    /// Linux: set_fs_pwd after the checks of chdir(2).
    static func change(_ process: Process, to inode: RamInode) throws(Errno) -> Int64 {
        guard inode.isDirectory else { throw .ENOTDIR }
        let credentials = process.fsCredentials
        guard try VFS.withLock({ _ throws(Errno) in RamFS.mayAccess(inode, mask: .execute, credentials: credentials) })
        else { throw .EACCES }
        process.fsContext.cwd = inode
        return 0
    }

    /// Linux: chdir(2).
    static func chdir(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        let inode = try PathArguments.lookup(process, dirfd: UInt64(bitPattern: Int64(AtFlags.AT_FDCWD)),
                                             path: args.a0, follow: true)
        return try change(process, to: inode)
    }

    /// Linux: fchdir(2) (an O_PATH descriptor will do).
    static func fchdir(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        let file = try process.files.entry(DescriptorSyscalls.descriptor(args.a0))
        guard let inode = file.inode else { throw .ENOTDIR }
        return try change(process, to: inode)
    }
}
