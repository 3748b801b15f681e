// Page-table work over ranges of the user half, as UserAddressMap's PageChange list asks
// for it after a memory syscall: unmap (frames lose a reference), protect (rights follow
// the new protection, PROT_NONE parks the frame in a non-present entry) and move (mremap).
// Walks skip missing tables, so a huge sparse range costs only its present parts.
import KernelCore
import KernelSupport
import LinuxABI

extension AddressSpace {
    /// Runs `body` on a copy of the map, makes sure the page work it returns can be done,
    /// then commits the map and does the work. A failure leaves everything as it was.
    func change<Result>(_ body: (inout UserAddressMap) throws(Errno) -> (Result, [PageChange])) throws(Errno) -> Result {
        var updated = map
        let (result, changes) = try body(&updated)
        for change in changes {
            if case .move(let from, let to, let length) = change { try prepareMove(from: from, to: to, length: length) }
        }
        map = updated
        apply(changes)
        return result
    }

    /// Does the page work of `changes` in order (after `change` prepared the moves).
    func apply(_ changes: [PageChange]) {
        for change in changes {
            switch change {
            case .unmap(let start, let end): unmapRange(start: start, end: end)
            case .protect(let start, let end, let protection): protectRange(start: start, end: end, protection: protection)
            case .move(let from, let to, let length): moveRange(from: from, to: to, length: length)
            }
        }
        files.dropUnused(by: map)
    }

    /// The leaf bits for a page of an area with `protection` (present, user, NX unless
    /// executable, writable only when asked: shared frames stay read-only until written).
    static func leafBits(_ protection: MemoryProtection, writable: Bool) -> UInt64 {
        if protection.isEmpty { return protNone }
        var bits = present | userBit
        if !protection.contains(.PROT_EXEC) { bits |= noExecute }
        if writable && protection.contains(.PROT_WRITE) { bits |= AddressSpace.writable }
        return bits
    }

    /// The leaf slot for the page at `address`; with `create`, missing tables are
    /// allocated (nil when out of memory), otherwise nil when there is none.
    func leafSlot(_ address: UInt64, create: Bool) -> UnsafeMutablePointer<UInt64>? {
        var table = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        var shift: UInt64 = 39
        while shift > 12 {
            let slot = table + Int((address >> shift) & 511)
            if slot.pointee & AddressSpace.present == 0 {
                guard create, let frame = FrameAllocator.allocateZeroed() else { return nil }
                slot.pointee = frame.value | AddressSpace.present | AddressSpace.writable | AddressSpace.userBit
            }
            table = AddressSpace.table(slot.pointee)
            shift -= 9
        }
        return table + Int((address >> 12) & 511)
    }

    /// Calls `body` with every existing leaf slot in `[start, end)` and its address.
    func forEachLeaf(start: UInt64, end requestedEnd: UInt64, _ body: (UnsafeMutablePointer<UInt64>, UInt64) -> Void) {
        let l4Table = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        // Never into the kernel half, whatever a caller computed.
        let end = min(requestedEnd, AddressSpaceLayout.userTop)
        var address = start
        func next(_ shift: UInt64) -> UInt64 { ((address >> shift) + 1) << shift }
        while address < end {
            let l4 = l4Table[Int((address >> 39) & 511)]
            guard l4 & AddressSpace.present != 0 else { address = next(39); continue }
            let l3 = AddressSpace.table(l4)[Int((address >> 30) & 511)]
            guard l3 & AddressSpace.present != 0 else { address = next(30); continue }
            let l2 = AddressSpace.table(l3)[Int((address >> 21) & 511)]
            guard l2 & AddressSpace.present != 0 else { address = next(21); continue }
            let pt = AddressSpace.table(l2)
            let blockEnd = min(end, next(21))
            while address < blockEnd {
                body(pt + Int((address >> 12) & 511), address)
                address += PageSize.small
            }
        }
    }

    /// Drops the TLB entry for `address` when this space is live.
    @inline(__always)
    func flush(_ address: UInt64) {
        if isActive { cpu_invlpg(address) }
    }

    /// Removes every page in `[start, end)`. Linux: zap_page_range.
    func unmapRange(start: UInt64, end: UInt64) {
        forEachLeaf(start: start, end: end) { slot, address in
            let entry = slot.pointee
            guard AddressSpace.holdsFrame(entry) else { return }
            slot.pointee = 0
            if entry & AddressSpace.present != 0 { flush(address) }
            UserFrames.release(PhysAddr(truncating: entry & PageTableEntry.addressMask))
        }
    }

    /// Gives the pages in `[start, end)` the rights of `protection`. A page becomes
    /// writable at once only when no one else shares its frame. Linux: change_protection.
    func protectRange(start: UInt64, end: UInt64, protection: MemoryProtection) {
        forEachLeaf(start: start, end: end) { slot, address in
            let entry = slot.pointee
            guard AddressSpace.holdsFrame(entry) else { return }
            let frame = entry & PageTableEntry.addressMask
            let exclusive = protection.contains(.PROT_WRITE)
                && UserFrames.referenceCount(PhysAddr(truncating: frame)) == 1
            slot.pointee = frame | AddressSpace.leafBits(protection, writable: exclusive)
            if entry & AddressSpace.present != 0 { flush(address) }
        }
    }

    /// Allocates the tables the pages of `[from, from + length)` need at `to`.
    func prepareMove(from: UInt64, to: UInt64, length: UInt64) throws(Errno) {
        var failed = false
        forEachLeaf(start: from, end: from + length) { slot, address in
            if !failed && AddressSpace.holdsFrame(slot.pointee) && leafSlot(address - from + to, create: true) == nil {
                failed = true
            }
        }
        if failed { throw .ENOMEM }
    }

    /// Moves the pages of `[from, from + length)` to `to` (tables prepared). Linux: move_page_tables.
    func moveRange(from: UInt64, to: UInt64, length: UInt64) {
        forEachLeaf(start: from, end: from + length) { slot, address in
            let entry = slot.pointee
            guard AddressSpace.holdsFrame(entry), let target = leafSlot(address - from + to, create: false) else { return }
            target.pointee = entry
            slot.pointee = 0
            if entry & AddressSpace.present != 0 { flush(address) }
        }
    }
}
