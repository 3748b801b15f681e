// The memory syscalls: brk, mmap, munmap, mprotect, mremap, madvise (decided by
// KernelCore's UserAddressMap, page work by AddressSpace+Ranges) and sysinfo. Pages come
// on demand (AddressSpace+Faults). Private file mappings read through MappedFileSource.
import KernelCore
import LinuxABI

enum MemorySyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.brk, "brk", .bigLock, brk)
        table.add(SyscallNumber.mmap, "mmap", .bigLock, mmap)
        table.add(SyscallNumber.munmap, "munmap", .bigLock, munmap)
        table.add(SyscallNumber.mprotect, "mprotect", .bigLock, mprotect)
        table.add(SyscallNumber.mremap, "mremap", .bigLock, mremap)
        table.add(SyscallNumber.madvise, "madvise", .bigLock, madvise)
        table.add(SyscallNumber.sysinfo, "sysinfo", .unlocked, sysinfo)
    }

    /// How mmap finds the file behind an fd: by default the descriptor table and pread
    /// (OpenFileMapping). FIXME(issue 3, §5): the VFS may install its own (a page cache,
    /// MAP_SHARED); until regular files exist every open fd is ENODEV (the console).
    nonisolated(unsafe) static var fileOpener: MappedFileOpener? = OpenFileMapping.open

    private static func space(_ args: SyscallArguments) throws(Errno) -> AddressSpace {
        guard let space = args.process.addressSpace else { throw .ENOMEM }
        return space
    }

    /// Linux: brk(2). Returns the new break, or the old one when it cannot move.
    static func brk(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let space = try space(args)
        let (result, changes) = space.map.setBreak(args.a0)
        space.apply(changes)
        return Int64(bitPattern: result)
    }

    /// Linux: mmap(2), private mappings: anonymous, or of a file the VFS can map.
    static func mmap(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let space = try space(args)
        let flags = MapFlags(rawValue: Int32(truncatingIfNeeded: args.a3))
        let protection = MemoryProtection(rawValue: Int32(truncatingIfNeeded: args.a2))
        let offset = args.a5
        guard offset & (PageSize.small - 1) == 0 else { throw .EINVAL }
        var backing: VMABacking = .anonymous
        var source: MappedFileSource? = nil
        if !flags.contains(.MAP_ANONYMOUS) {
            let fd = Int32(truncatingIfNeeded: args.a4)
            guard let opener = fileOpener else { throw fd < 0 ? .EBADF : .ENODEV }
            source = try opener(args.process, fd, protection)
            backing = .file(id: 0, offset: offset)
        }
        let request = MmapRequest(address: args.a0, length: args.a1, protection: protection, flags: flags, backing: backing)
        return try space.change { (map: inout UserAddressMap) throws(Errno) -> (Int64, [PageChange]) in
            var placed = request
            if let source {
                // Registered only once the map accepted the request (dropped again if not).
                placed.backing = .file(id: space.files.add(source), offset: offset)
            }
            do throws(Errno) {
                let (address, changes) = try map.mmap(placed)
                return (Int64(bitPattern: address), changes)
            } catch {
                space.files.dropUnused(by: space.map)
                throw error
            }
        }
    }

    /// Linux: munmap(2).
    static func munmap(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let space = try space(args)
        return try space.change { (map: inout UserAddressMap) throws(Errno) -> (Int64, [PageChange]) in
            (0, try map.munmap(start: args.a0, length: args.a1))
        }
    }

    /// Linux: mprotect(2). Apus refuses PROT_WRITE | PROT_EXEC (W^X) with EACCES.
    static func mprotect(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let space = try space(args)
        return try space.change { (map: inout UserAddressMap) throws(Errno) -> (Int64, [PageChange]) in
            (0, try map.mprotect(start: args.a0, length: args.a1, protection: Int32(truncatingIfNeeded: args.a2)))
        }
    }

    /// Linux: mremap(2): shrink, grow in place, MREMAP_MAYMOVE, MREMAP_FIXED, MREMAP_DONTUNMAP.
    static func mremap(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let space = try space(args)
        return try space.change { (map: inout UserAddressMap) throws(Errno) -> (Int64, [PageChange]) in
            let (address, changes) = try map.mremap(address: args.a0, oldLength: args.a1, newLength: args.a2,
                                                    flags: Int32(truncatingIfNeeded: args.a3), newAddress: args.a4)
            return (Int64(bitPattern: address), changes)
        }
    }

    /// Linux: madvise(2). MADV_DONTNEED / MADV_FREE drop pages (they read as zero after).
    static func madvise(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let space = try space(args)
        let (changes, unmapped) = try space.map.madvise(start: args.a0, length: args.a1,
                                                        advice: Int32(truncatingIfNeeded: args.a2))
        space.apply(changes)
        if let unmapped { throw unmapped }
        return 0
    }

    /// Linux: sysinfo(2). freeram is exact: the frame allocator's free frames, mem_unit 1.
    static func sysinfo(_ args: SyscallArguments) throws(Errno) -> Int64 {
        var info = SysInfo()
        info.uptime = Int64(Clock.nanosecondsSinceBoot() / 1_000_000_000)
        info.totalram = UInt64(FrameAllocator.managedFrames) * PageSize.small
        info.freeram = UInt64(FrameAllocator.freeFrames) * PageSize.small
        info.procs = UInt16(truncatingIfNeeded: ProcessTable.count)
        info.mem_unit = 1
        try withUnsafeBytes(of: &info) { (bytes: UnsafeRawBufferPointer) throws(Errno) in
            try UserMemory.copyOut(to: args.a0, from: bytes.baseAddress!, count: bytes.count)
        }
        return 0
    }
}
