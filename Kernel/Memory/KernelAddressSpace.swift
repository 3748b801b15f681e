// The kernel's own page tables, replacing the loader's: the direct map of RAM (2 MiB pages,
// NX), the kernel image with per-section rights (text RX, rodata R, data/bss RW+NX, ksyms R),
// no mapping for the guard page below each kernel stack, and a window for device MMIO.
// Page-table logic is KernelCore.PageTableWalker (host-tested); this file supplies memory
// and policy. The kernel half (PML4 128–255) is shared by every future address space.
import KernelCore
import KernelSupport

/// Page-table memory reached through the direct map, frames from FrameAllocator.
struct DirectMapTableMemory: PageTableMemory {
    func table(at phys: PhysAddr) -> UnsafeMutablePointer<UInt64> {
        DirectMap.pointer(phys).assumingMemoryBound(to: UInt64.self)
    }
    mutating func allocateTableFrame() -> PhysAddr? { FrameAllocator.allocateZeroed() }
    mutating func freeTableFrame(_ frame: PhysAddr) { FrameAllocator.free(frame) }
}

enum KernelAddressSpace {
    /// Device registers are mapped uncached from here up (PML4 224).
    static let mmioBase: UInt64 = 0x0000_7000_0000_0000
    // Control bits (SDM Vol. 3A §2.5, §2.2.1).
    private static let efer_NXE: UInt64 = 1 << 11
    private static let cr0_WP: UInt64 = 1 << 16
    private static let cr4_SMEP: UInt64 = 1 << 20, cr4_SMAP: UInt64 = 1 << 21

    private static let lock = Spinlock()
    nonisolated(unsafe) private static var walker: PageTableWalker<DirectMapTableMemory>? = nil
    nonisolated(unsafe) private static var nextMMIO: UInt64 = mmioBase
    nonisolated(unsafe) private(set) static var root = PhysAddr(truncating: 0)

    /// Builds the tables and switches CR3 to them; enables NX, WP and (when present)
    /// SMEP/SMAP first so the new tables take effect with every protection on.
    static func build(regions: UnsafeBufferPointer<MemoryRegion>, kernelPhysBase: UInt64) {
        guard let pml4 = FrameAllocator.allocateZeroed() else { panic("no frame for the kernel PML4") }
        root = pml4
        var tables = PageTableWalker(root: pml4, memory: DirectMapTableMemory())
        let large = PageSize.large
        let directFlags: PageFlags = [.present, .writable, .noExecute, .global]
        var mappedChunks: UInt64 = 0
        for region in regions where region.kind.isRAM {
            let start = region.base.value & ~(large - 1)
            let end = region.base.value + region.pages * PageSize.small
            var chunk = start
            while chunk < end {
                let virt = VirtAddr(truncating: DirectMap.base + chunk)
                if tables.translate(virt) == nil {
                    mapOrPanic(&tables, virt, PhysAddr(truncating: chunk), .large2M, directFlags)
                    mappedChunks += 1
                }
                chunk += large
            }
        }
        let kernelStart = ksym___kernel_start()
        func mapImage(_ from: UInt64, _ to: UInt64, _ flags: PageFlags) {
            var page = from
            while page < to {
                if !isGuardPage(page) {
                    let phys = PhysAddr(truncating: kernelPhysBase + (page - kernelStart))
                    mapOrPanic(&tables, VirtAddr(truncating: page), phys, .small4K, flags)
                }
                page += PageSize.small
            }
        }
        mapImage(kernelStart, ksym___text_end(), [.present, .global])
        mapImage(ksym___rodata_start(), ksym___rodata_end(), [.present, .global, .noExecute])
        mapImage(ksym___data_start(), ksym___data_end(), [.present, .writable, .global, .noExecute])
        mapImage(ksym___ksyms_start(), ksym___kernel_end(), [.present, .global, .noExecute])

        shareKernelHalf(pml4)

        cpu_wrmsr(MSR_EFER, cpu_rdmsr(MSR_EFER) | efer_NXE)
        cpu_write_cr0(cpu_read_cr0() | cr0_WP)
        var cr4 = cpu_read_cr4()
        if CPUInfo.current.hasSmep { cr4 |= cr4_SMEP }
        if CPUInfo.current.hasSmap { cr4 |= cr4_SMAP; smap_enabled = 1 }
        cpu_write_cr4(cr4)
        cpu_write_cr3(pml4.value)
        walker = tables
        Log.info("paging: kernel tables at " + Format.hex(pml4.value) + ", direct map "
                 + Format.mebibytes(mappedChunks * large) + ", nx wp" + (CPUInfo.current.hasSmep ? " smep" : "")
                 + (CPUInfo.current.hasSmap ? " smap" : ""))
    }

    /// Gives every kernel-half PML4 slot (128–255) a table now, so address spaces that copy
    /// these slots see every later kernel mapping too.
    private static func shareKernelHalf(_ pml4: PhysAddr) {
        let entries = DirectMap.pointer(pml4).assumingMemoryBound(to: UInt64.self)
        for index in AddressSpaceLayout.firstKernelPML4Index..<512 where entries[index] == 0 {
            guard let table = FrameAllocator.allocateZeroed() else { panic("no frame for a kernel PDPT") }
            entries[index] = PageTableEntry(frame: table, flags: [.present, .writable]).rawValue
        }
    }

    /// The guard pages below the boot and IST stacks stay unmapped.
    static func isGuardPage(_ address: UInt64) -> Bool {
        address == ksym_boot_stack_guard() || address == ksym_ist_df_guard()
            || address == ksym_ist_nmi_guard() || address == ksym_ist_mc_guard()
    }

    private static func mapOrPanic(_ tables: inout PageTableWalker<DirectMapTableMemory>, _ virt: VirtAddr,
                                   _ phys: PhysAddr, _ size: PageMapSize, _ flags: PageFlags) {
        do throws(MapError) {
            try tables.map(virt, to: phys, size: size, flags: flags)
        } catch {
            panic("kernel map " + Format.hex(virt.value) + " failed")
        }
    }

    /// Maps `bytes` of device registers at `phys` uncached, never executable; with
    /// `cacheFlags` given (a framebuffer's write-combining PAT choice), with those instead.
    static func mapDevice(_ phys: PhysAddr, bytes: Int, cacheFlags: PageFlags = [.cacheDisable, .writeThrough]) -> UnsafeMutableRawPointer {
        lock.withLock {
            let first = phys.value & ~(PageSize.small - 1)
            let offset = phys.value - first
            let pages = (offset + UInt64(bytes) + PageSize.small - 1) / PageSize.small
            let virtBase = nextMMIO
            for index in 0..<pages {
                let virt = VirtAddr(truncating: virtBase + index * PageSize.small)
                mapOrPanic(&walker!, virt, PhysAddr(truncating: first + index * PageSize.small), .small4K,
                           cacheFlags.union([.present, .writable, .noExecute, .global]))
            }
            // One unmapped page between windows catches overruns.
            nextMMIO += (pages + 1) * PageSize.small
            return UnsafeMutableRawPointer(bitPattern: UInt(virtBase + offset))!
        }
    }

    /// Maps one 4 KiB page in the kernel half (self-tests and, later, kernel stacks).
    static func map(_ virt: VirtAddr, to phys: PhysAddr, flags: PageFlags) throws(MapError) {
        let state = lock.acquire()
        defer { lock.release(state) }
        try walker!.map(virt, to: phys, size: .small4K, flags: flags)
    }

    /// Unmaps one 4 KiB page and flushes it from this CPU's TLB; returns the frame.
    static func unmap(_ virt: VirtAddr) throws(MapError) -> PhysAddr {
        let state = lock.acquire()
        defer { lock.release(state) }
        let (frame, flush) = try walker!.unmap(virt)
        flush.flush { cpu_invlpg($0.value) }
        return frame
    }

    static func translate(_ virt: VirtAddr) -> PhysAddr? {
        translateWithFlags(virt)?.0
    }

    static func translateWithFlags(_ virt: VirtAddr) -> (PhysAddr, PageFlags)? {
        lock.withLock { walker!.translate(virt) }
    }
}
