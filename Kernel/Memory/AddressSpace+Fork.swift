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
        child.executable = executable?.duplicate()
        let parentRoot = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        let childRoot = DirectMap.pointer(child.root).assumingMemoryBound(to: UInt64.self)
        for l4 in 0..<AddressSpace.firstKernelEntry where parentRoot[l4] & AddressSpace.present != 0 {
            guard let (parentPDPT, childPDPT) = copyTable(parentRoot, childRoot, l4) else { return nil }
            for l3 in 0..<AddressSpace.entries where parentPDPT[l3] & AddressSpace.present != 0 {
                guard let (parentPD, childPD) = copyTable(parentPDPT, childPDPT, l3) else { return nil }
                for l2 in 0..<AddressSpace.entries where parentPD[l2] & AddressSpace.present != 0 {
                    guard let (parentPT, childPT) = copyTable(parentPD, childPD, l2) else { return nil }
                    UserFrames.shareLeaves(from: parentPT, to: childPT, writable: AddressSpace.writable)
                }
            }
        }
        // The parent lost write access to pages it may have cached writable.
        if isActive { cpu_write_cr3(root.value) }
        return child
    }

    /// Gives the child a fresh table for parent[index] (copied flags, zero entries).
    private func copyTable(_ parent: UnsafeMutablePointer<UInt64>, _ child: UnsafeMutablePointer<UInt64>,
                           _ index: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)? {
        guard let frame = FrameAllocator.allocateZeroed() else { return nil }
        child[index] = frame.value | (parent[index] & ~PageTableEntry.addressMask)
        return (AddressSpace.table(parent[index]), AddressSpace.table(child[index]))
    }
}
