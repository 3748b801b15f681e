// brk, mmap (anonymous) and munmap. FIXME(issue 3, §2): pages are mapped eagerly and mmap
// placement is a descending cursor; demand-zero paging and VMAs replace both.
import KernelCore
import LinuxABI

enum MemorySyscalls {
    static func register(_ table: inout SyscallTableBuilder) {
        table.add(SyscallNumber.brk, "brk", .bigLock, brk)
        table.add(SyscallNumber.mmap, "mmap", .bigLock, mmap)
        table.add(SyscallNumber.munmap, "munmap", .bigLock, munmap)
    }

    private static let page = PageSize.small

    /// Linux: brk(2). Returns the new break, or the old one when it cannot move.
    static func brk(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        let requested = args.a0
        guard let space = process.addressSpace, requested >= process.brkStart,
              requested < process.mmapNext else { return Int64(process.brkEnd) }
        let oldTop = (process.brkEnd + page - 1) & ~(page - 1)
        let newTop = (requested + page - 1) & ~(page - 1)
        var address = oldTop
        while address < newTop {
            do throws(Errno) {
                _ = try space.mapNewPage(VirtAddr(truncating: address), flags: PageFlags([.writable, .noExecute]))
            } catch {
                var undo = oldTop
                while undo < address { space.unmapPage(VirtAddr(truncating: undo)); undo += page }
                return Int64(process.brkEnd)
            }
            address += page
        }
        address = newTop
        while address < oldTop { space.unmapPage(VirtAddr(truncating: address)); address += page }
        process.brkEnd = requested
        return Int64(requested)
    }

    private static let protWrite: UInt64 = 2, protExec: UInt64 = 4
    private static let mapPrivate: UInt64 = 0x02, mapFixed: UInt64 = 0x10, mapAnonymous: UInt64 = 0x20

    /// Linux: mmap(2), MAP_PRIVATE|MAP_ANONYMOUS only so far (file mappings: ENODEV).
    static func mmap(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let process = args.process
        let (hint, length, prot, flags) = (args.a0, args.a1, args.a2, args.a3)
        guard length > 0, length <= AddressSpaceLayout.userTop, hint & (page - 1) == 0 else { throw .EINVAL }
        guard flags & mapAnonymous != 0 else { throw .ENODEV }
        guard flags & mapPrivate != 0 else { throw .EINVAL }
        guard prot & protWrite == 0 || prot & protExec == 0 else { throw .EACCES }   // W^X
        let size = (length + page - 1) & ~(page - 1)
        let start: UInt64
        if flags & mapFixed != 0 {
            guard AddressSpaceLayout.isUserRange(start: hint, length: size), hint != 0 else { throw .EINVAL }
            start = hint
        } else {
            guard process.mmapNext >= size + process.brkEnd else { throw .ENOMEM }
            start = process.mmapNext - size
            process.mmapNext = start
        }
        guard let space = process.addressSpace else { throw .ENOMEM }
        var pageFlags: PageFlags = []
        if prot & protWrite != 0 { pageFlags.insert(.writable) }
        if prot & protExec == 0 { pageFlags.insert(.noExecute) }
        var address = start
        while address < start + size {
            space.unmapPage(VirtAddr(truncating: address))   // MAP_FIXED replaces
            do throws(Errno) {
                _ = try space.mapNewPage(VirtAddr(truncating: address), flags: pageFlags)
            } catch {
                var undo = start
                while undo < address { space.unmapPage(VirtAddr(truncating: undo)); undo += page }
                throw error
            }
            address += page
        }
        return Int64(start)
    }

    /// Linux: munmap(2).
    static func munmap(_ args: SyscallArguments) throws(Errno) -> Int64 {
        let (start, length) = (args.a0, args.a1)
        guard start & (page - 1) == 0, length > 0,
              AddressSpaceLayout.isUserRange(start: start, length: length) else { throw .EINVAL }
        guard let space = args.process.addressSpace else { return 0 }
        var address = start
        while address < start + length { space.unmapPage(VirtAddr(truncating: address)); address += page }
        return 0
    }
}
