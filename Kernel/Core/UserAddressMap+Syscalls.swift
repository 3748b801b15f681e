// The decisions of brk, mmap, munmap and mprotect over a UserAddressMap, in the order
// Linux checks their arguments (mm/mmap.c do_mmap / __get_unmapped_area / brk,
// mm/mprotect.c, mm/vma.c do_vmi_munmap). Each returns the page-table work to do.
// Apus refuses writable+executable protections with EACCES (W^X, Kernel/README.md).
// mremap and madvise: UserAddressMap+Remap.swift.
import LinuxABI

/// The arguments of mmap(2) after the file descriptor was looked up.
public struct MmapRequest: Equatable, Sendable {
    public var address: UInt64
    public var length: UInt64
    public var protection: MemoryProtection
    public var flags: MapFlags
    /// `.anonymous`, or `.file(id:offset:)` with the file offset (must be page-aligned).
    public var backing: VMABacking

    public init(address: UInt64, length: UInt64, protection: MemoryProtection, flags: MapFlags,
                backing: VMABacking = .anonymous) {
        self.address = address
        self.length = length
        self.protection = protection
        self.flags = flags
        self.backing = backing
    }
}

extension UserAddressMap {
    /// W^X: no user mapping may be writable and executable at once.
    static func violatesWX(_ protection: MemoryProtection) -> Bool {
        protection.contains(.PROT_WRITE) && protection.contains(.PROT_EXEC)
    }

    /// Linux: brk(2). Returns the break in force afterwards — the old one when the request
    /// is refused (below the heap start, into another mapping, outside user space) — and
    /// the pages to drop when it shrank. One free page is kept above the heap.
    public mutating func setBreak(_ requested: UInt64) -> (UInt64, [PageChange]) {
        guard requested >= brkStart, requested <= AddressSpaceLayout.userTop,
              let newTop = UserAddressMap.pageUp(requested),
              let oldTop = UserAddressMap.pageUp(brk) else { return (brk, []) }
        if newTop == oldTop {
            brk = requested
            return (brk, [])
        }
        if newTop < oldTop {
            areas.remove(start: newTop, end: oldTop)
            brk = requested
            return (brk, [.unmap(start: newTop, end: oldTop)])
        }
        if let next = areas.firstArea(endingAbove: oldTop) {
            guard newTop <= gapStart(of: next), gapStart(of: next) - newTop >= UserAddressMap.page else { return (brk, []) }
        } else {
            guard AddressSpaceLayout.userTop - newTop >= UserAddressMap.page else { return (brk, []) }
        }
        areas.insert(VMA(start: oldTop, end: newTop, protection: [.PROT_READ, .PROT_WRITE], flags: .heap))
        brk = requested
        return (brk, [])
    }

    /// Linux: mmap(2) for private mappings (anonymous or of a file). Returns the address and
    /// the pages to drop first (a MAP_FIXED mapping replaces what was there).
    public mutating func mmap(_ request: MmapRequest) throws(Errno) -> (UInt64, [PageChange]) {
        let protection = request.protection.intersection(.accessBits)
        var fileOffset: UInt64? = nil
        if case .file(_, let offset) = request.backing { fileOffset = offset }
        if let fileOffset, !UserAddressMap.isPageAligned(fileOffset) { throw .EINVAL }
        guard request.length > 0 else { throw .EINVAL }
        guard let length = UserAddressMap.pageUp(request.length), length <= AddressSpaceLayout.userTop else { throw .ENOMEM }
        if let fileOffset, fileOffset > UInt64.max - length { throw .EOVERFLOW }
        // FIXME(issue 3, §2): MAP_SHARED needs shared frames (and a page cache for files).
        guard request.flags.mappingType == MapFlags.MAP_PRIVATE.rawValue else { throw .EINVAL }
        guard !UserAddressMap.violatesWX(protection) else { throw .EACCES }
        guard areas.count < UserAddressMap.maxAreas else { throw .ENOMEM }

        let fixed = request.flags.contains(.MAP_FIXED) || request.flags.contains(.MAP_FIXED_NOREPLACE)
        let start: UInt64
        var changes: [PageChange] = []
        if fixed {
            guard request.address <= AddressSpaceLayout.userTop - length else { throw .ENOMEM }
            guard UserAddressMap.isPageAligned(request.address) else { throw .EINVAL }
            guard request.address >= UserAddressMap.minimumAddress else { throw .EPERM }
            start = request.address
            if areas.overlaps(start: start, end: start + length) {
                if !request.flags.contains(.MAP_FIXED) { throw .EEXIST }   // MAP_FIXED_NOREPLACE
                areas.remove(start: start, end: start + length)
                changes.append(.unmap(start: start, end: start + length))
            }
        } else {
            var hint = request.address & ~(UserAddressMap.page - 1)
            if hint != 0 && hint < UserAddressMap.minimumAddress { hint = UserAddressMap.minimumAddress }
            if hint != 0 && isFreeForHint(start: hint, length: length) {
                start = hint
            } else if let found = findFree(length: length, floor: searchFloor, ceiling: mmapBase) {
                start = found
            } else {
                throw .ENOMEM
            }
        }
        var flags: VMAFlags = []
        if request.flags.contains(.MAP_GROWSDOWN) { flags.insert(.growsDown) }
        areas.insert(VMA(start: start, end: start + length, protection: protection, flags: flags,
                         backing: request.backing))
        return (start, changes)
    }

    /// Linux: munmap(2). Unmapping a range with no mappings in it succeeds.
    public mutating func munmap(start: UInt64, length: UInt64) throws(Errno) -> [PageChange] {
        guard UserAddressMap.isPageAligned(start), start <= AddressSpaceLayout.userTop,
              length <= AddressSpaceLayout.userTop - start else { throw .EINVAL }
        guard let aligned = UserAddressMap.pageUp(length), aligned > 0 else { throw .EINVAL }
        let end = min(start + aligned, AddressSpaceLayout.userTop)
        areas.remove(start: start, end: end)
        return [.unmap(start: start, end: end)]
    }

    /// Linux: mprotect(2), PROT_GROWSDOWN included. All or nothing: a hole in the range
    /// is ENOMEM before anything changes (Linux may have changed the areas before the hole).
    public mutating func mprotect(start requestedStart: UInt64, length: UInt64, protection raw: Int32) throws(Errno) -> [PageChange] {
        let growsDown = raw & MemoryProtection.PROT_GROWSDOWN.rawValue != 0
        let growsUp = raw & MemoryProtection.PROT_GROWSUP.rawValue != 0
        guard !(growsDown && growsUp) else { throw .EINVAL }
        guard UserAddressMap.isPageAligned(requestedStart) else { throw .EINVAL }
        guard length > 0 else { return [] }
        guard let aligned = UserAddressMap.pageUp(length), requestedStart <= UInt64.max - aligned else { throw .ENOMEM }
        let end = requestedStart + aligned
        let protectionBits = raw & ~(MemoryProtection.PROT_GROWSDOWN.rawValue | MemoryProtection.PROT_GROWSUP.rawValue)
        let known = MemoryProtection.accessBits.rawValue | MemoryProtection.PROT_SEM.rawValue
        guard protectionBits & ~known == 0 else { throw .EINVAL }
        let protection = MemoryProtection(rawValue: protectionBits).intersection(.accessBits)
        var start = requestedStart
        guard let first = areas.firstArea(endingAbove: start), first.start < end else { throw .ENOMEM }
        if growsDown {
            guard first.flags.contains(.growsDown) else { throw .EINVAL }
            start = first.start
        } else {
            guard first.start <= start else { throw .ENOMEM }
            if growsUp { throw .EINVAL }   // x86 has no grows-up areas
        }
        guard areas.covers(start: start, end: end) else { throw .ENOMEM }
        guard !UserAddressMap.violatesWX(protection) else { throw .EACCES }
        areas.modify(start: start, end: end) { $0.protection = protection }
        return [.protect(start: start, end: end, protection: protection)]
    }
}
