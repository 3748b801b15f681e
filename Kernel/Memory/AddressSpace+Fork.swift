// fork's copy of an address space (Linux: dup_mmap + copy_page_range): the child gets the
// parent's VMAs and mapped files, and copies of the page tables whose leaves point at the
// same frames. Writable pages become read-only in both, so the first write of either side
// faults and gets its own copy (AddressSpace+Faults.swift); read-only pages are simply
// shared. A hot path: one pass per table, one lock hold per page table of refcounts.
import KernelCore
import KernelSupport

extension AddressSpace {
    /// The copy for a forked child, or nil when out of memory (what was built is freed).
    func forkCopy() -> AddressSpace? {
        guard let child = AddressSpace.create(map: map) else { return nil }
        child.files = files
        let parentRoot = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        let childRoot = DirectMap.pointer(child.root).assumingMemoryBound(to: UInt64.self)
        for l4 in 0..<AddressSpace.firstKernelEntry where parentRoot[l4] & AddressSpace.present != 0 {
            guard let (parentPDPT, childPDPT) = copyTable(parentRoot, childRoot, l4) else { return nil }
            for l3 in 0..<AddressSpace.entries where parentPDPT[l3] & AddressSpace.present != 0 {
                guard let (parentPD, childPD) = copyTable(parentPDPT, childPDPT, l3) else { return nil }
                for l2 in 0..<AddressSpace.entries where parentPD[l2] & AddressSpace.present != 0 {
                    // Every leaf is written below, so the frame needs no zeroing first.
                    guard let (parentPT, childPT) = copyTable(parentPD, childPD, l2, zeroed: false) else { return nil }
                    AddressSpace.shareLeaves(parentPT, childPT)
                }
            }
        }
        // The parent lost write access to pages it may have cached writable.
        if isActive { cpu_write_cr3(root.value) }
        return child
    }

    /// Copies one page table's leaves, write-protecting the parent's, then takes the
    /// frame references for all of them at once.
    @inline(__always)
    private static func shareLeaves(_ parent: UnsafeMutablePointer<UInt64>, _ child: UnsafeMutablePointer<UInt64>) {
        for l1 in 0..<AddressSpace.entries {
            var entry = parent[l1]
            if entry & AddressSpace.writable != 0 {
                entry &= ~AddressSpace.writable
                parent[l1] = entry
            }
            child[l1] = entry
        }
        UserFrames.retainAll(inTable: child)
    }

    /// Gives the child a fresh table for parent[index] (copied flags; zero entries unless
    /// the caller fills every one).
    private func copyTable(_ parent: UnsafeMutablePointer<UInt64>, _ child: UnsafeMutablePointer<UInt64>,
                           _ index: Int, zeroed: Bool = true) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)? {
        guard let frame = zeroed ? FrameAllocator.allocateZeroed() : FrameAllocator.allocate() else { return nil }
        child[index] = frame.value | (parent[index] & ~PageTableEntry.addressMask)
        return (AddressSpace.table(parent[index]), AddressSpace.table(child[index]))
    }
}
