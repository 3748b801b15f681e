// The syscalls that act on a descriptor whatever file is behind it: read, write and their
// vector and positioned forms, lseek, close, dup*, fcntl, ioctl, fstat. Data moves through a
// kernel bounce buffer, so a file's code never touches user memory and a bad user pointer is
// EFAULT at the copy. Path-based file syscalls are in the VFS's syscall files.
import KernelCore
import LinuxABI

enum DescriptorSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.read, "read", .bigLock, read)
        table.add(SyscallNumber.write, "write", .bigLock, write)
        table.add(SyscallNumber.readv, "readv", .bigLock, readv)
        table.add(SyscallNumber.writev, "writev", .bigLock, writev)
        table.add(SyscallNumber.pread64, "pread64", .bigLock, pread64)
        table.add(SyscallNumber.pwrite64, "pwrite64", .bigLock, pwrite64)
        table.add(SyscallNumber.lseek, "lseek", .bigLock, lseek)
        table.add(SyscallNumber.close, "close", .bigLock, close)
        table.add(SyscallNumber.dup, "dup", .bigLock, dup)
        table.add(SyscallNumber.dup2, "dup2", .bigLock, dup2)
        table.add(SyscallNumber.dup3, "dup3", .bigLock, dup3)
        table.add(SyscallNumber.fcntl, "fcntl", .bigLock, fcntl)
        table.add(SyscallNumber.ioctl, "ioctl", .bigLock, ioctl)
        table.add(SyscallNumber.fstat, "fstat", .bigLock, fstat)
    }

    /// Largest bounce buffer one call uses; longer transfers loop.
    static let chunk = 64 * 1024
    /// Linux's MAX_RW_COUNT: one read or write moves at most this much.
    static let maxTransfer = 0x7FFF_F000
    /// Linux's IOV_MAX (UIO_MAXIOV).
    static let maxVectors = 1024

    static func descriptor(_ value: UInt64) -> Int { Int(Int32(truncatingIfNeeded: value)) }

    static func file(_ args: SyscallArguments, _ fd: UInt64) throws(Errno) -> OpenFile {
        try args.process.files.entry(descriptor(fd))
    }

    // MARK: read and write

    /// Reads up to `count` bytes to user `address`, at the position or at `offset`.
    static func readOut(_ file: OpenFile, to address: UInt64, count: Int, at offset: Int64?) throws(Errno) -> Int {
        guard file.isReadable else { throw .EBADF }
        let total = min(count, maxTransfer)
        guard total > 0 else { return 0 }
        try UserMemory.check(address, total)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(total, chunk), alignment: 16)
        defer { buffer.deallocate() }
        var done = 0
        while done < total {
            let piece = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<min(buffer.count, total - done)])
            let got: Int
            do throws(Errno) {
                if let offset { got = try file.read(into: piece, at: offset + Int64(done)) } else { got = try file.read(into: piece) }
            } catch {
                if done > 0 { return done }     // Linux reports the bytes already moved
                throw error
            }
            do throws(Errno) {
                try UserMemory.copyOut(to: address + UInt64(done), from: UnsafeRawPointer(piece.baseAddress!), count: got)
            } catch {
                if offset == nil { file.unread(got) }
                if done > 0 { return done }
                throw error
            }
            done += got
            // Only files whose reads never block are read on to the full count.
            if got < piece.count || !file.readsFully { break }
        }
        return done
    }

    /// Writes `count` bytes from user `address`, at the position or at `offset`.
    static func writeIn(_ file: OpenFile, from address: UInt64, count: Int, at offset: Int64?) throws(Errno) -> Int {
        guard file.isWritable else { throw .EBADF }
        let total = min(count, maxTransfer)
        guard total > 0 else { return 0 }
        try UserMemory.check(address, total)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(total, chunk), alignment: 16)
        defer { buffer.deallocate() }
        var done = 0
        while done < total {
            let length = min(buffer.count, total - done)
            let wrote: Int
            do throws(Errno) {
                try UserMemory.copyIn(to: buffer.baseAddress!, from: address + UInt64(done), count: length)
                let piece = UnsafeRawBufferPointer(rebasing: buffer[0..<length])
                if let offset { wrote = try file.write(from: piece, at: offset + Int64(done)) } else { wrote = try file.write(from: piece) }
            } catch {
                if done > 0 { return done }
                throw error
            }
            done += wrote
            if wrote < length { break }
        }
        return done
    }

    /// Linux: read(2).
    static func read(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Int64(try readOut(file(args, args.a0), to: args.a1, count: Int(clamping: args.a2), at: nil))
    }

    /// Linux: write(2).
    static func write(_ args: SyscallArguments) throws(Errno) -> Int64 {
        Int64(try writeIn(file(args, args.a0), from: args.a1, count: Int(clamping: args.a2), at: nil))
    }

    /// A positioned transfer's offset: negative is EINVAL.
    static func position(_ value: UInt64) throws(Errno) -> Int64 {
        let offset = Int64(bitPattern: value)
        guard offset >= 0 else { throw .EINVAL }
        return offset
    }

    /// Linux: pread64(2).
    static func pread64(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try file(args, args.a0)
        let offset = try position(args.a3)
        return Int64(try readOut(file, to: args.a1, count: Int(clamping: args.a2), at: offset))
    }

    /// Linux: pwrite64(2).
    static func pwrite64(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try file(args, args.a0)
        let offset = try position(args.a3)
        return Int64(try writeIn(file, from: args.a1, count: Int(clamping: args.a2), at: offset))
    }

    /// struct iovec { void *iov_base; size_t iov_len; } (16 bytes).
    static func vectors(_ address: UInt64, _ count: UInt64) throws(Errno) -> [(base: UInt64, length: Int)] {
        guard count <= UInt64(maxVectors) else { throw .EINVAL }
        var result: [(base: UInt64, length: Int)] = []
        var total = 0
        for index in 0..<Int(count) {
            let (base, length) = try UserMemory.read((UInt64, UInt64).self, at: address + UInt64(index * 16))
            // Linux: a negative length or a total over SSIZE_MAX is EINVAL.
            guard length <= UInt64(Int.max), total <= Int.max - Int(length) else { throw .EINVAL }
            total += Int(length)
            result.append((base, Int(length)))
        }
        return result
    }

    /// Moves the buffers of an iovec array in order with `transfer`; a short transfer ends
    /// the call, and an error after some bytes moved reports those bytes (Linux: do_iter_readv_writev).
    static func eachVector(_ args: SyscallArguments, _ transfer: (UInt64, Int) throws(Errno) -> Int) throws(Errno) -> Int64 {
        var done = 0
        for (base, length) in try vectors(args.a1, args.a2) where length > 0 {
            let moved: Int
            do throws(Errno) { moved = try transfer(base, length) } catch {
                if done > 0 { break }
                throw error
            }
            done += moved
            if moved < length { break }
        }
        return Int64(done)
    }

    /// Linux: readv(2).
    static func readv(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try file(args, args.a0)
        guard file.isReadable else { throw .EBADF }
        return try eachVector(args) { (base, length) throws(Errno) in try readOut(file, to: base, count: length, at: nil) }
    }

    /// Linux: writev(2).
    static func writev(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try file(args, args.a0)
        guard file.isWritable else { throw .EBADF }
        return try eachVector(args) { (base, length) throws(Errno) in try writeIn(file, from: base, count: length, at: nil) }
    }

    /// Linux: lseek(2).
    static func lseek(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try file(args, args.a0).seek(Int64(bitPattern: args.a1), whence: Int32(truncatingIfNeeded: args.a2))
    }

    // MARK: descriptors

    /// Linux: close(2). The OpenFile itself goes when its last user lets go.
    static func close(_ args: SyscallArguments) throws(Errno) -> Int64 {
        _ = try args.process.files.remove(descriptor(args.a0))
        return 0
    }

    /// Linux: dup(2).
    static func dup(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try file(args, args.a0)
        return Int64(try args.process.files.allocate(file))
    }

    /// Linux: dup2(2): `newfd == oldfd` returns it if it is open.
    static func dup2(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let file = try file(args, args.a0)
        let target = descriptor(args.a1)
        if target == descriptor(args.a0) { return Int64(target) }
        try args.process.files.install(file, at: target)
        return Int64(target)
    }

    /// Linux: dup3(2): only O_CLOEXEC in flags; `newfd == oldfd` is EINVAL.
    static func dup3(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let flags = OpenFlags(rawValue: Int32(truncatingIfNeeded: args.a2))
        guard flags.subtracting(.O_CLOEXEC).isEmpty else { throw .EINVAL }
        let file = try file(args, args.a0)
        let target = descriptor(args.a1)
        guard target != descriptor(args.a0) else { throw .EINVAL }
        try args.process.files.install(file, at: target, closeOnExec: flags.contains(.O_CLOEXEC))
        return Int64(target)
    }

    /// Linux: fcntl(2): F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL.
    static func fcntl(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let fd = descriptor(args.a0)
        let file = try args.process.files.entry(fd)
        let command = Int32(truncatingIfNeeded: args.a1)
        switch command {
        case Fcntl.F_DUPFD, Fcntl.F_DUPFD_CLOEXEC:
            let lowest = Int(Int32(truncatingIfNeeded: args.a2))
            return Int64(try args.process.files.allocate(file, closeOnExec: command == Fcntl.F_DUPFD_CLOEXEC, lowest: lowest))
        case Fcntl.F_GETFD:
            return try args.process.files.closeOnExec(fd) ? Int64(Fcntl.FD_CLOEXEC) : 0
        case Fcntl.F_SETFD:
            try args.process.files.setCloseOnExec(fd, Int32(truncatingIfNeeded: args.a2) & Fcntl.FD_CLOEXEC != 0)
            return 0
        case Fcntl.F_GETFL:
            return Int64(file.flags.rawValue)
        case Fcntl.F_SETFL:
            file.setStatusFlags(OpenFlags(rawValue: Int32(truncatingIfNeeded: args.a2)))
            return 0
        default:
            throw .EINVAL
        }
    }

    /// Linux: ioctl(2), passed to the file (ENOTTY unless it is a terminal).
    static func ioctl(_ args: SyscallArguments) throws(Errno) -> Int64 {
        try file(args, args.a0).ioctl(UInt64(UInt32(truncatingIfNeeded: args.a1)), args.a2)
    }

    /// Linux: fstat(2).
    static func fstat(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let info = try file(args, args.a0).stat()
        try UserMemory.write(info, to: args.a1)
        return 0
    }
}
