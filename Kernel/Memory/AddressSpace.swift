// A process's address space: its own PML4 whose kernel half (entries 128–255) points at the
// kernel's shared tables, its user pages, and the map of its VMAs (KernelCore's
// UserAddressMap) that says what may be there. Pages arrive on demand (+Faults), ranges
// change with the memory syscalls (+Ranges), fork copies it copy-on-write (+Fork), and
// teardown returns every frame and table.
import KernelCore
import KernelSupport
import LinuxABI

final class AddressSpace {
    static let entries = 512
    static let firstKernelEntry = AddressSpaceLayout.firstKernelPML4Index
    let root: PhysAddr
    private var tables: PageTableWalker<DirectMapTableMemory>
    /// The VMAs, the break and the mmap base (guarded by the owning process's big lock).
    var map: UserAddressMap
    /// The files behind file-backed areas (guarded by the big lock); see MappedFile.swift.
    var files = MappedFiles()
    /// The program file this image runs (FS/WriteAccess.swift: it cannot be opened for
    /// writing meanwhile); nil for a space no exec built.
    var executable: ExecutableHold?

    private init(root: PhysAddr, map: UserAddressMap) {
        self.root = root
        self.map = map
        tables = PageTableWalker(root: root, memory: DirectMapTableMemory())
    }

    /// An empty user half plus the shared kernel half; nil when out of memory.
    static func create(map: UserAddressMap = UserAddressMap(brkStart: 0, mmapBase: 0, stackLimit: 0)) -> AddressSpace? {
        guard let root = FrameAllocator.allocateZeroed() else { return nil }
        let kernel = DirectMap.pointer(KernelAddressSpace.root).assumingMemoryBound(to: UInt64.self)
        let mine = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        for index in firstKernelEntry..<entries { mine[index] = kernel[index] }
        return AddressSpace(root: root, map: map)
    }

    deinit {
        teardownUserHalf()
        FrameAllocator.free(root)
    }

    func activate() { cpu_write_cr3(root.value) }

    /// True while this space is the one in CR3 (only then do TLB entries need flushing).
    var isActive: Bool { cpu_read_cr3() & PageTableEntry.addressMask == root.value }

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

    /// Maps `frame`, which its owner keeps holding (a file's page: exec maps a program's
    /// pages instead of copying them), at `virt`; the mapping takes a reference of its own.
    func mapSharedFrame(_ virt: VirtAddr, _ frame: PhysAddr, flags: PageFlags) throws(Errno) {
        do throws(MapError) {
            try tables.map(virt, to: frame, size: .small4K, flags: flags.union([.present, .user]))
        } catch {
            throw error.errno
        }
        UserFrames.retain(frame)
    }

    func translate(_ virt: VirtAddr) -> (PhysAddr, PageFlags)? { tables.translate(virt) }

    /// Changes the rights of a mapped page (exec's segments sharing a page).
    func protect(_ virt: VirtAddr, flags: PageFlags) throws(MapError) {
        let flush = try tables.protect(virt, flags: flags.union([.present, .user]))
        flush.flush { cpu_invlpg($0.value) }
    }

    // MARK: walking the user half

    static func table(_ entry: UInt64) -> UnsafeMutablePointer<UInt64> {
        DirectMap.pointer(PhysAddr(truncating: entry & PageTableEntry.addressMask)).assumingMemoryBound(to: UInt64.self)
    }

    static let present: UInt64 = 1, writable: UInt64 = 1 << 1, userBit: UInt64 = 1 << 2
    static let noExecute: UInt64 = 1 << 63
    /// A leaf with this bit and P = 0 keeps its frame while the area is PROT_NONE (the CPU
    /// ignores every other bit of a non-present entry, SDM Vol. 3A §4.5). Linux: _PAGE_PROTNONE.
    static let protNone: UInt64 = 1 << 10

    /// True when a leaf entry owns a frame reference (mapped, or parked by PROT_NONE).
    @inline(__always)
    static func holdsFrame(_ entry: UInt64) -> Bool { entry & (present | protNone) != 0 }

    /// Frees every user frame reference and every user page table.
    private func teardownUserHalf() {
        let l4Table = DirectMap.pointer(root).assumingMemoryBound(to: UInt64.self)
        for l4 in 0..<AddressSpace.firstKernelEntry where l4Table[l4] & AddressSpace.present != 0 {
            let pdpt = AddressSpace.table(l4Table[l4])
            for l3 in 0..<AddressSpace.entries where pdpt[l3] & AddressSpace.present != 0 {
                let pd = AddressSpace.table(pdpt[l3])
                for l2 in 0..<AddressSpace.entries where pd[l2] & AddressSpace.present != 0 {
                    UserFrames.releaseAll(inTable: AddressSpace.table(pd[l2]))
                    FrameAllocator.free(PhysAddr(truncating: pd[l2] & PageTableEntry.addressMask))
                }
                FrameAllocator.free(PhysAddr(truncating: pdpt[l3] & PageTableEntry.addressMask))
            }
            FrameAllocator.free(PhysAddr(truncating: l4Table[l4] & PageTableEntry.addressMask))
            l4Table[l4] = 0
        }
    }
}
