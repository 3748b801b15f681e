// mremap(2) and madvise(2) over a UserAddressMap, with Linux's argument checks
// (mm/mremap.c: check_mremap_params, mremap_to, vma_to_resize, vma_expandable;
// mm/madvise.c). Shrinking, growing in place, moving (MREMAP_MAYMOVE), moving to a fixed
// address (MREMAP_FIXED) and keeping the old range (MREMAP_DONTUNMAP).
import LinuxABI

/// madvise(2) advice that only tunes paging: accepted, and nothing observable changes.
enum MadviseHints {
    static let accepted: [Int32] = [
        MadviseAdvice.MADV_NORMAL, MadviseAdvice.MADV_RANDOM, MadviseAdvice.MADV_SEQUENTIAL,
        MadviseAdvice.MADV_WILLNEED, MadviseAdvice.MADV_DOFORK, MadviseAdvice.MADV_MERGEABLE,
        MadviseAdvice.MADV_UNMERGEABLE, MadviseAdvice.MADV_HUGEPAGE, MadviseAdvice.MADV_NOHUGEPAGE,
        MadviseAdvice.MADV_DONTDUMP, MadviseAdvice.MADV_DODUMP, MadviseAdvice.MADV_KEEPONFORK,
        MadviseAdvice.MADV_COLD, MadviseAdvice.MADV_PAGEOUT,
    ]
}

extension UserAddressMap {
    /// Linux: mremap(2). Returns the mapping's address afterwards and the page work.
    public mutating func mremap(address: UInt64, oldLength: UInt64, newLength: UInt64, flags raw: Int32,
                                newAddress: UInt64) throws(Errno) -> (UInt64, [PageChange]) {
        let flags = MremapFlags(rawValue: raw)
        let known: MremapFlags = [.MREMAP_MAYMOVE, .MREMAP_FIXED, .MREMAP_DONTUNMAP]
        guard raw & ~known.rawValue == 0 else { throw .EINVAL }
        let mayMove = flags.contains(.MREMAP_MAYMOVE)
        if flags.contains(.MREMAP_FIXED) && !mayMove { throw .EINVAL }
        // MREMAP_DONTUNMAP is always a move and never resizes.
        if flags.contains(.MREMAP_DONTUNMAP) && (!mayMove || oldLength != newLength) { throw .EINVAL }
        guard UserAddressMap.isPageAligned(address) else { throw .EINVAL }
        let oldSize = UserAddressMap.pageUp(oldLength) ?? 0
        guard let newSize = UserAddressMap.pageUp(newLength), newSize > 0 else { throw .EINVAL }

        if flags.contains(.MREMAP_FIXED) || flags.contains(.MREMAP_DONTUNMAP) {
            return try remapTo(address: address, oldSize: oldSize, newSize: newSize, flags: flags, newAddress: newAddress)
        }
        if oldSize >= newSize {
            // Shrink (or same size): drop the tail; Linux does not check the range is mapped.
            guard AddressSpaceLayout.isUserRange(start: address, length: oldSize) else { throw .EFAULT }
            if oldSize > newSize {
                areas.remove(start: address + newSize, end: address + oldSize)
                return (address, [.unmap(start: address + newSize, end: address + oldSize)])
            }
            return (address, [])
        }
        let area = try areaToResize(address: address, oldSize: oldSize)
        // Grow in place when the mapping ends the area and the space after it is free.
        if address + oldSize == area.end, AddressSpaceLayout.isUserRange(start: address, length: newSize),
           !areas.overlaps(start: area.end, end: address + newSize) {
            areas.resize(areaEndingAt: area.end, to: address + newSize)
            return (address, [])
        }
        guard mayMove else { throw .ENOMEM }
        guard let target = findFree(length: newSize, floor: searchFloor, ceiling: mmapBase) else { throw .ENOMEM }
        return (target, move(area: area, from: address, oldSize: oldSize, to: target, newSize: newSize, keepOld: false))
    }

    /// MREMAP_FIXED and MREMAP_DONTUNMAP. Linux: mremap_to.
    mutating func remapTo(address: UInt64, oldSize: UInt64, newSize: UInt64, flags: MremapFlags,
                          newAddress: UInt64) throws(Errno) -> (UInt64, [PageChange]) {
        var changes: [PageChange] = []
        var size = oldSize
        var target = newAddress
        if flags.contains(.MREMAP_FIXED) {
            guard UserAddressMap.isPageAligned(newAddress) else { throw .EINVAL }
            guard AddressSpaceLayout.isUserRange(start: newAddress, length: newSize) else { throw .EINVAL }
            let oldEnd = address > UInt64.max - oldSize ? UInt64.max : address + oldSize
            guard !(oldEnd > newAddress && newAddress + newSize > address) else { throw .EINVAL }
            // Check the source before anything is unmapped, so a failure changes nothing.
            let shrunk = min(oldSize, newSize)
            _ = try areaToResize(address: address, oldSize: shrunk)
            // The tail dropped below must be user space (Linux: do_munmap's EINVAL).
            guard AddressSpaceLayout.isUserRange(start: address, length: oldSize) else { throw .EINVAL }
            guard newAddress >= UserAddressMap.minimumAddress else { throw .EPERM }
            areas.remove(start: newAddress, end: newAddress + newSize)
            changes.append(.unmap(start: newAddress, end: newAddress + newSize))
            if oldSize > newSize {
                areas.remove(start: address + newSize, end: address + oldSize)
                changes.append(.unmap(start: address + newSize, end: address + oldSize))
                size = newSize
            }
        }
        let area = try areaToResize(address: address, oldSize: size)
        if !flags.contains(.MREMAP_FIXED) {
            guard let found = findFree(length: newSize, floor: searchFloor, ceiling: mmapBase) else { throw .ENOMEM }
            target = found
        }
        changes += move(area: area, from: address, oldSize: size, to: target, newSize: newSize,
                        keepOld: flags.contains(.MREMAP_DONTUNMAP))
        return (target, changes)
    }

    /// The area holding `[address, address + oldSize)` whole. Linux: vma_to_resize.
    func areaToResize(address: UInt64, oldSize: UInt64) throws(Errno) -> VMA {
        guard let area = areas.area(containing: address) else { throw .EFAULT }
        guard oldSize > 0 else { throw .EINVAL }   // old_len 0 only duplicates shared mappings
        guard oldSize <= area.end - address else { throw .EFAULT }
        return area
    }

    /// Moves `[from, from + oldSize)` of `area` to `to` with room for `newSize` bytes.
    mutating func move(area: VMA, from: UInt64, oldSize: UInt64, to: UInt64, newSize: UInt64,
                       keepOld: Bool) -> [PageChange] {
        var moved = area.clipped(from: from, to: from + oldSize)
        moved.start = to
        moved.end = to + newSize
        moved.flags.remove(.stack)
        if !keepOld { areas.remove(start: from, end: from + oldSize) }
        areas.insert(moved)
        var changes: [PageChange] = [.move(from: from, to: to, length: oldSize)]
        if !keepOld { changes.append(.unmap(start: from, end: from + oldSize)) }
        return changes
    }

    /// Linux: madvise(2). MADV_DONTNEED and MADV_FREE drop the pages (private memory reads
    /// as zero, or as the file's bytes, afterwards); paging hints are accepted. Argument
    /// errors are thrown; a hole in the range is reported as `unmappedError` (ENOMEM) after
    /// the mapped parts were handled, as Linux does.
    public func madvise(start: UInt64, length: UInt64, advice: Int32) throws(Errno)
        -> (changes: [PageChange], unmappedError: Errno?) {
        let drops = advice == MadviseAdvice.MADV_DONTNEED || advice == MadviseAdvice.MADV_FREE
        // FIXME(issue 3, §2): MADV_DONTFORK / MADV_WIPEONFORK need fork to consult the VMAs.
        guard drops || MadviseHints.accepted.contains(advice) else { throw .EINVAL }
        guard UserAddressMap.isPageAligned(start) else { throw .EINVAL }
        guard let aligned = UserAddressMap.pageUp(length), start <= UInt64.max - aligned else { throw .EINVAL }
        let end = start + aligned
        guard end > start else { return ([], nil) }
        var changes: [PageChange] = []
        if drops {
            for part in areas.parts(start: start, end: end) {
                changes.append(.unmap(start: part.start, end: part.end))
            }
        }
        return (changes, areas.covers(start: start, end: end) ? nil : .ENOMEM)
    }
}
