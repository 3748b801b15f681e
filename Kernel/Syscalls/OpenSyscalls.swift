// open(2), openat(2), creat(2): a path becomes an OpenFile (VFS.open) and a descriptor,
// close-on-exec when O_CLOEXEC says so.
import KernelCore
import LinuxABI

enum OpenSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.open, "open", .bigLock, open)
        table.add(SyscallNumber.openat, "openat", .bigLock, openat)
        table.add(SyscallNumber.creat, "creat", .bigLock, creat)
    }

    /// The shared body: path at `address` from `dirfd`, `flags`, `mode`.
    static func open(_ process: Process, dirfd: UInt64, path address: UInt64, flags: OpenFlags,
                     mode: UInt64) throws(Errno) -> Int64 {
        let path = try PathArguments.path(address)
        let start = try PathArguments.start(process, dirfd: dirfd, path: path)
        let file = try VFS.open(path, from: start, flags: flags, mode: UInt32(truncatingIfNeeded: mode),
                                umask: process.fsContext.umask, credentials: process.fsCredentials)
        return Int64(try process.files.allocate(file, closeOnExec: flags.contains(.O_CLOEXEC)))
    }

    static func flags(_ value: UInt64) -> OpenFlags { OpenFlags(rawValue: Int32(truncatingIfNeeded: value)) }

    /// Linux: open(2).
    static func open(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try open(args.process, dirfd: UInt64(bitPattern: Int64(AtFlags.AT_FDCWD)), path: args.a0,
                 flags: flags(args.a1), mode: args.a2)
    }

    /// Linux: openat(2).
    static func openat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try open(args.process, dirfd: args.a0, path: args.a1, flags: flags(args.a2), mode: args.a3)
    }

    /// Linux: creat(2) = open(path, O_CREAT | O_WRONLY | O_TRUNC, mode).
    static func creat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try open(args.process, dirfd: UInt64(bitPattern: Int64(AtFlags.AT_FDCWD)), path: args.a0,
                 flags: [.O_CREAT, .O_WRONLY, .O_TRUNC], mode: args.a1)
    }
}
