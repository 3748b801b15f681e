// A process's address space: its own PML4 whose kernel half (entries 128–255) points at the
// kernel's shared tables, and whose user half holds the process's pages. Fork copies the
// user half copy-on-write; teardown returns every frame and table.
import KernelCore
import KernelSupport
import LinuxABI

final class AddressSpace {
    static let entries = 512
    static let firstKernelEntry = AddressSpaceLayout.firstKernelPML4Index
    let root: PhysAddr
    private var tables: PageTableWalker<DirectMapTableMemory>

    private init(root: PhysAddr) {
        self.root = root
        tables = PageTableWalker(root: root, memory: DirectMapTableMemory())
    }

    /// An empty user half plus the shared kernel half; nil when out of memory.
    static func create() -> AddressSpace? {
        guard let root = FrameAllocator.allocateZeroed() else { return nil }
        let kernel = DirectMap.pointer(KernelAddressSpace.root).assumingMemoryBound(to: UInt64.self)
        let mine = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        for index in firstKernelEntry..<entries { mine[index] = kernel[index] }
        return AddressSpace(root: root)
    }

    deinit {
        teardownUserHalf()
        FrameAllocator.free(root)
    }

    func activate() { cpu_write_cr3(root.value) }

    /// Maps a fresh zeroed user frame at `virt` (4 KiB aligned, user half).
    func mapNewPage(_ virt: VirtAddr, flags: PageFlags) throws(Errno) -> PhysAddr {
        guard let frame = UserFrames.allocate() else { throw .ENOMEM }
        do throws(MapError) {
            try tables.map(virt, to: frame, size: .small4K, flags: flags.union([.present, .user]))
        } catch {
            UserFrames.release(frame)
            throw error.errno
        }
        return frame
    }

    func translate(_ virt: VirtAddr) -> (PhysAddr, PageFlags)? { tables.translate(virt) }

    /// Removes the mapping at `virt` and drops its frame reference.
    func unmapPage(_ virt: VirtAddr) {
        do throws(MapError) {
            let (frame, flush) = try tables.unmap(virt)
            flush.flush { cpu_invlpg($0.value) }
            UserFrames.release(frame)
        } catch {
            // Not mapped: nothing to do (demand paging leaves holes).
        }
    }

    /// Changes the rights of a mapped page (mprotect, breaking copy-on-write).
    func protect(_ virt: VirtAddr, flags: PageFlags) throws(MapError) {
        let flush = try tables.protect(virt, flags: flags.union([.present, .user]))
        flush.flush { cpu_invlpg($0.value) }
    }

    /// Replaces the frame behind `virt` (copy-on-write break): maps `frame` with `flags`.
    func replacePage(_ virt: VirtAddr, with frame: PhysAddr, flags: PageFlags) throws(Errno) {
        do throws(MapError) {
            let (old, flush) = try tables.unmap(virt)
            flush.flush { cpu_invlpg($0.value) }
            try tables.map(virt, to: frame, size: .small4K, flags: flags.union([.present, .user]))
            UserFrames.release(old)
        } catch {
            throw error.errno
        }
    }

    // MARK: walking the user half

    private static func table(_ entry: UInt64) -> UnsafeMutablePointer<UInt64> {
        DirectMap.pointer(PhysAddr(truncating: entry & PageTableEntry.addressMask)).assumingMemoryBound(to: UInt64.self)
    }

    private static let present: UInt64 = 1, writable: UInt64 = 1 << 1

    /// A copy for fork: every writable page becomes read-only + copy-on-write in both, and
    /// every frame gains a reference. Tables are copied, frames are shared.
    func forkCopy() -> AddressSpace? {
        guard let child = AddressSpace.create() else { return nil }
        let parentRoot = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        let childRoot = DirectMap.pointer(child.root).assumingMemoryBound(to: UInt64.self)
        let cow = PageFlags.copyOnWrite.rawValue
        for l4 in 0..<AddressSpace.firstKernelEntry where parentRoot[l4] & AddressSpace.present != 0 {
            guard let pdpt = copyTable(parentRoot, childRoot, l4) else { return nil }
            let (parentPDPT, childPDPT) = pdpt
            for l3 in 0..<AddressSpace.entries where parentPDPT[l3] & AddressSpace.present != 0 {
                guard let pd = copyTable(parentPDPT, childPDPT, l3) else { return nil }
                let (parentPD, childPD) = pd
                for l2 in 0..<AddressSpace.entries where parentPD[l2] & AddressSpace.present != 0 {
                    guard let pt = copyTable(parentPD, childPD, l2) else { return nil }
                    let (parentPT, childPT) = pt
                    for l1 in 0..<AddressSpace.entries where parentPT[l1] & AddressSpace.present != 0 {
                        var entry = parentPT[l1]
                        if entry & AddressSpace.writable != 0 {
                            entry = (entry & ~AddressSpace.writable) | cow
                            parentPT[l1] = entry
                        }
                        childPT[l1] = entry
                        UserFrames.retain(PhysAddr(truncating: entry & PageTableEntry.addressMask))
                    }
                }
            }
        }
        // The parent lost write access to pages it may have cached writable.
        cpu_write_cr3(cpu_read_cr3())
        return child
    }

    /// Gives the child a fresh table for parent[index] (copied flags, zero entries).
    private func copyTable(_ parent: UnsafeMutablePointer<UInt64>, _ child: UnsafeMutablePointer<UInt64>,
                           _ index: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>)? {
        guard let frame = FrameAllocator.allocateZeroed() else { return nil }
        child[index] = frame.value | (parent[index] & ~PageTableEntry.addressMask)
        return (AddressSpace.table(parent[index]), AddressSpace.table(child[index]))
    }

    /// Frees every user frame reference and every user page table.
    private func teardownUserHalf() {
        let l4Table = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        for l4 in 0..<AddressSpace.firstKernelEntry where l4Table[l4] & AddressSpace.present != 0 {
            let pdpt = AddressSpace.table(l4Table[l4])
            for l3 in 0..<AddressSpace.entries where pdpt[l3] & AddressSpace.present != 0 {
                let pd = AddressSpace.table(pdpt[l3])
                for l2 in 0..<AddressSpace.entries where pd[l2] & AddressSpace.present != 0 {
                    let pt = AddressSpace.table(pd[l2])
                    for l1 in 0..<AddressSpace.entries where pt[l1] & AddressSpace.present != 0 {
                        UserFrames.release(PhysAddr(truncating: pt[l1] & PageTableEntry.addressMask))
                    }
                    FrameAllocator.free(PhysAddr(truncating: pd[l2] & PageTableEntry.addressMask))
                }
                FrameAllocator.free(PhysAddr(truncating: pdpt[l3] & PageTableEntry.addressMask))
            }
            FrameAllocator.free(PhysAddr(truncating: l4Table[l4] & PageTableEntry.addressMask))
            l4Table[l4] = 0
        }
    }
}
