// Output to the console for fds 0–2. FIXME(issue 3, §5 files): replaced by the VFS, the
// fd table and the console TTY; until then the standard fds are the console and every
// other fd is EBADF.
import LinuxABI

enum ConsoleSyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.write, "write", .bigLock, write)
        table.add(SyscallNumber.writev, "writev", .bigLock, writev)
        table.add(SyscallNumber.ioctl, "ioctl", .bigLock, ioctl)
    }

    static let chunk = 512

    static func isConsole(_ fd: UInt64) -> Bool { fd <= 2 }

    private static func writeOut(_ address: UInt64, _ count: Int) throws(Errno) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 8)
        defer { buffer.deallocate() }
        var done = 0
        while done < count {
            let length = min(chunk, count - done)
            try UserMemory.copyIn(to: buffer.baseAddress!, from: address + UInt64(done), count: length)
            Console.write(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[0..<length]), as: UTF8.self))
            done += length
        }
    }

    /// Linux: write(2).
    static func write(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard isConsole(args.a0) else { throw .EBADF }
        let count = Int(truncatingIfNeeded: args.a2)
        guard count >= 0 else { throw .EINVAL }
        try UserMemory.check(args.a1, count)
        try writeOut(args.a1, count)
        return Int64(count)
    }

    /// Linux: writev(2). iovec: { void *base; size_t len } (16 bytes).
    static func writev(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard isConsole(args.a0) else { throw .EBADF }
        let count = Int(truncatingIfNeeded: args.a2)
        guard count >= 0, count <= 1024 else { throw .EINVAL }   // IOV_MAX
        var total: Int64 = 0
        for index in 0..<count {
            let base = try UserMemory.read(UInt64.self, at: args.a1 + UInt64(index * 16))
            let length = try UserMemory.read(UInt64.self, at: args.a1 + UInt64(index * 16 + 8))
            guard length <= UInt64(Int64.max) else { throw .EINVAL }
            try UserMemory.check(base, Int(length))
            try writeOut(base, Int(length))
            total += Int64(length)
        }
        return total
    }

    /// Linux: ioctl(2) — TIOCGWINSZ on the console so far (musl asks it to pick buffering).
    static func ioctl(_ args: SyscallArguments) throws(Errno) -> Int64 {
        guard isConsole(args.a0) else { throw .EBADF }
        let tiocgwinsz: UInt64 = 0x5413
        guard args.a1 == tiocgwinsz else { throw .ENOTTY }
        // struct winsize { rows, cols, xpixel, ypixel } as UInt16s.
        try UserMemory.write((UInt16(25), UInt16(80), UInt16(0), UInt16(0)), to: args.a2)
        return 0
    }
}
