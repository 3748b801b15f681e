// pipe(2) and pipe2(2): a new Pipe and its two ends under the two lowest free descriptors,
// written to the user's int[2]. Linux: fs/pipe.c do_pipe2.
import KernelCore
import LinuxABI

enum PipeSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.pipe, "pipe", .bigLock, pipe)
        table.add(SyscallNumber.pipe2, "pipe2", .bigLock, pipe2)
    }

    /// The flags pipe2 accepts here. Linux also takes O_DIRECT (packet mode) and
    /// O_NOTIFICATION_PIPE; Apus refuses them with EINVAL (docs/decisions.md).
    static let accepted: OpenFlags = [.O_CLOEXEC, .O_NONBLOCK]

    /// Linux: pipe(2), pipe2 with no flags.
    static func pipe(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try create(args.process, array: args.a0, flags: [])
    }

    /// Linux: pipe2(2).
    static func pipe2(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = OpenFlags(rawValue: Int32(truncatingIfNeeded: args.a1))
        guard flags.subtracting(accepted).isEmpty else { throw .EINVAL }
        return try create(args.process, array: args.a0, flags: flags)
    }

    /// Installs both ends, then writes the array; a bad array undoes the descriptors, so a
    /// failed call leaves none behind (Linux installs them only after the copy succeeds).
    static func create(_ process: Process, array: UInt64, flags: OpenFlags) throws(Errno) -> Int64 {
        let pipe = Pipe(owner: process.fsCredentials, created: VFS.now())
        let nonblocking = flags.contains(.O_NONBLOCK)
        let closeOnExec = flags.contains(.O_CLOEXEC)
        let readFD = try process.files.allocate(PipeEnd(pipe: pipe, writing: false, nonblocking: nonblocking),
                                                closeOnExec: closeOnExec)
        let writeFD: Int
        do throws(Errno) {
            writeFD = try process.files.allocate(PipeEnd(pipe: pipe, writing: true, nonblocking: nonblocking),
                                                 closeOnExec: closeOnExec)
        } catch {
            _ = try? process.files.remove(readFD)
            throw error
        }
        do throws(Errno) {
            try UserMemory.write((Int32(readFD), Int32(writeFD)), to: array)
        } catch {
            _ = try? process.files.remove(readFD)
            _ = try? process.files.remove(writeFD)
            throw error
        }
        return 0
    }
}
