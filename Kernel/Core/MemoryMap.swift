// The firmware memory map, normalised: UEFI and Apus loader types turned into a few kinds,
// sorted, merged and made non-overlapping in place, because this runs before the kernel
// has a heap. Kernel/Boot/BootParameters.swift feeds it; FrameAllocator consumes it.
// Linux: e820__update_table / sanitize_e820_map (arch/x86/kernel/e820.c).

/// What a range of physical memory may be used for, after the boot.
public enum MemoryKind: Equatable, Sendable {
    /// Free RAM (UEFI EfiConventionalMemory).
    case usable
    /// RAM that becomes free once the kernel no longer needs what the firmware or the
    /// loader left there: boot-services code/data, loader code/data, the loader's handoff
    /// pages (BootInfo, memory map, its page tables).
    case reclaimable
    /// The kernel's loaded PT_LOAD segments: kept forever.
    case kernelImage
    /// The initrd: kept until the ramfs is filled.
    case initrd
    /// ACPI tables: reclaimable once parsed (UEFI EfiACPIReclaimMemory).
    case acpiReclaimable
    /// ACPI non-volatile storage: never touched (UEFI EfiACPIMemoryNVS).
    case acpiNVS
    /// Everything else: runtime services, unusable, persistent, unknown types.
    case reserved
    /// Device registers the firmware lists in the map (EfiMemoryMappedIO, …PortSpace):
    /// address space, not RAM, so the boot summary does not count it as reserved memory.
    case mmio

    /// Overlaps resolve in favour of the higher value: mmio > reserved > acpiNVS >
    /// acpiReclaimable > kernelImage > initrd > reclaimable > usable.
    public var restrictiveness: Int {
        switch self {
        case .usable: return 0
        case .reclaimable: return 1
        case .initrd: return 2
        case .kernelImage: return 3
        case .acpiReclaimable: return 4
        case .acpiNVS: return 5
        case .reserved: return 6
        case .mmio: return 7
        }
    }

    /// True for memory that is RAM (whatever it holds): what the direct map covers.
    public var isRAM: Bool { self != .reserved && self != .mmio }

    /// True for RAM the frame allocator may own: now (`usable`) or later (`reclaimable`).
    public var isRAMForAllocator: Bool { self == .usable || self == .reclaimable }
}

/// A run of physical pages of one kind.
public struct MemoryRegion: Equatable, Sendable {
    /// The first byte (4 KiB aligned after normalisation).
    public var base: PhysAddr
    /// The length in 4 KiB pages.
    public var pages: UInt64
    public var kind: MemoryKind

    public init(base: PhysAddr, pages: UInt64, kind: MemoryKind) {
        self.base = base
        self.pages = pages
        self.kind = kind
    }

    /// One past the last byte, saturating at the end of physical address space.
    public var end: UInt64 {
        let (length, lengthOverflow) = pages.multipliedReportingOverflow(by: PageSize.small)
        let (sum, overflow) = base.value.addingReportingOverflow(length)
        return lengthOverflow || overflow ? PhysAddr.limit : min(sum, PhysAddr.limit)
    }

    /// The length in bytes (of the part below the end of physical address space).
    public var bytes: UInt64 { end - base.value }
}

/// Totals over a normalised map, for the boot report.
public struct MemorySummary: Equatable, Sendable {
    /// Bytes of `usable` regions.
    public var usableBytes: UInt64 = 0
    /// Bytes of `reclaimable` regions.
    public var reclaimableBytes: UInt64 = 0
    /// Bytes of every other kind of RAM (kernel image, initrd, ACPI, reserved); not MMIO.
    public var reservedBytes: UInt64 = 0
    /// Device address space the firmware listed (not RAM).
    public var mmioBytes: UInt64 = 0
    /// Bytes of the kernel image.
    public var kernelBytes: UInt64 = 0
    /// Bytes of the initrd.
    public var initrdBytes: UInt64 = 0
    /// Bytes of ACPI tables and ACPI NVS.
    public var acpiBytes: UInt64 = 0
    /// One past the highest `usable` byte (0 when there is none).
    public var highestUsableEnd: UInt64 = 0
    /// One past the highest `usable` or `reclaimable` byte: what the frame allocator covers.
    public var highestAllocatableEnd: UInt64 = 0

    public init() {}
}

/// Memory-map normalisation. Linux: arch/x86/kernel/e820.c.
public enum MemoryMap {
    /// Apus loader types (include/apus/bootinfo.h, APUS_MEM_*), in the OEM range UEFI
    /// leaves to loaders (UEFI 2.10 §7.2.1, AllocatePages).
    public static let apusKernelImageType: UInt32 = 0x8000_0001
    public static let apusInitrdType: UInt32 = 0x8000_0002
    public static let apusHandoffType: UInt32 = 0x8000_0003

    /// The kind of a UEFI memory type (UEFI 2.10 §7.2.3, EFI_MEMORY_TYPE, and Table 7-6 on
    /// what the OS may do with each after ExitBootServices) or of an Apus loader type.
    /// EFI_MEMORY_WB (UEFI 2.10 §7.2.3): the range supports write-back caching, i.e. is RAM.
    public static let writeBackAttribute: UInt64 = 0x8

    /// As `kind(forFirmwareType:)`, but a reserved range that cannot be cached write-back is
    /// device address space (QEMU's q35 lists its PCIe ECAM window that way), not RAM.
    public static func kind(forFirmwareType type: UInt32, attributes: UInt64) -> MemoryKind {
        let kind = kind(forFirmwareType: type)
        return kind == .reserved && attributes & writeBackAttribute == 0 ? .mmio : kind
    }

    public static func kind(forFirmwareType type: UInt32) -> MemoryKind {
        switch type {
        case 7: return .usable                       // EfiConventionalMemory
        case 1, 2, 3, 4: return .reclaimable         // Efi{Loader,BootServices}{Code,Data}
        case 9: return .acpiReclaimable              // EfiACPIReclaimMemory
        case 10: return .acpiNVS                     // EfiACPIMemoryNVS
        case apusKernelImageType: return .kernelImage
        case apusInitrdType: return .initrd
        case apusHandoffType: return .reclaimable
        case 11, 12: return .mmio                    // EfiMemoryMappedIO{,PortSpace}
        // 0 reserved, 5/6 runtime services, 8 unusable, 13 PAL code,
        // 14 persistent, 15 unaccepted, and every type this code does not know.
        default: return .reserved
        }
    }

    /// Makes `regions[0..<count]` sorted by base, page aligned, non-overlapping, with
    /// adjacent regions of one kind merged and empty ones dropped; returns the new count.
    /// Where kinds overlap the more restrictive one wins (see `MemoryKind.restrictiveness`).
    /// Works in place: a region split around a more restrictive one takes a slot from the
    /// buffer's spare capacity (`regions.count` − `count`). When no slot is left, the least
    /// restrictive region (the tail itself or another one, the smaller at equal rank) is
    /// dropped: its memory is not reported at all, and no page is ever reported as a less
    /// restrictive kind than the input says. Reserved memory is never dropped. Unaligned bases (UEFI
    /// forbids them) shrink usable and reclaimable regions to whole pages and grow the rest.
    public static func normalise(_ regions: UnsafeMutableBufferPointer<MemoryRegion>, count: Int) -> Int {
        var list = RegionList(buffer: regions, count: min(max(count, 0), regions.count))
        list.clipAndAlign()
        list.sort()
        list.resolveOverlaps()
        return list.count
    }

    /// Totals per kind; works on any map, normalised or not (overlaps count twice).
    public static func summary(_ regions: UnsafeBufferPointer<MemoryRegion>) -> MemorySummary {
        var summary = MemorySummary()
        for region in regions {
            let bytes = region.bytes
            switch region.kind {
            case .usable:
                summary.usableBytes += bytes
                summary.highestUsableEnd = max(summary.highestUsableEnd, region.end)
            case .reclaimable: summary.reclaimableBytes += bytes
            case .kernelImage: summary.kernelBytes += bytes
            case .initrd: summary.initrdBytes += bytes
            case .acpiReclaimable, .acpiNVS: summary.acpiBytes += bytes
            case .reserved: break
            case .mmio:
                summary.mmioBytes += bytes
                continue
            }
            if region.kind.isRAMForAllocator {
                summary.highestAllocatableEnd = max(summary.highestAllocatableEnd, region.end)
            } else {
                summary.reservedBytes += bytes
            }
        }
        return summary
    }
}

/// The working state of `MemoryMap.normalise`: a buffer and how much of it is in use.
struct RegionList {
    let buffer: UnsafeMutableBufferPointer<MemoryRegion>
    var count: Int

    /// Drops empty regions and those past physical address space; aligns the rest.
    mutating func clipAndAlign() {
        let page = PageSize.small
        var kept = 0
        for index in 0..<count {
            let region = buffer[index]
            guard region.base.value < PhysAddr.limit, region.pages > 0 else { continue }
            var start = region.base.value
            var end = region.end
            if region.kind.isRAMForAllocator {
                start = (start + page - 1) & ~(page - 1)
                end &= ~(page - 1)
            } else {
                start &= ~(page - 1)
                end = (end + page - 1) & ~(page - 1)
            }
            guard start < end else { continue }
            buffer[kept] = MemoryRegion(base: PhysAddr(truncating: start), pages: (end - start) / page, kind: region.kind)
            kept += 1
        }
        count = kept
    }

    /// True when `a` sorts before `b`: lower base first; at one base, more restrictive first.
    static func precedes(_ a: MemoryRegion, _ b: MemoryRegion) -> Bool {
        a.base != b.base ? a.base < b.base : a.kind.restrictiveness > b.kind.restrictiveness
    }

    /// Insertion sort: maps are short (< 1000 entries) and nearly sorted already.
    mutating func sort() {
        guard count > 1 else { return }
        for index in 1..<count {
            let region = buffer[index]
            var slot = index
            while slot > 0 && RegionList.precedes(region, buffer[slot - 1]) {
                buffer[slot] = buffer[slot - 1]
                slot -= 1
            }
            buffer[slot] = region
        }
    }

    /// Sweeps once from the lowest base. Invariant: regions before `index` do not overlap
    /// and end at or below `buffer[index].base`; all later regions start at or above it. So
    /// the region after `index` can only collide with `buffer[index]`.
    mutating func resolveOverlaps() {
        var index = 0
        while index + 1 < count {
            let a = buffer[index], b = buffer[index + 1]
            let aEnd = a.end, bEnd = b.end
            if b.base.value >= aEnd {
                if b.base.value == aEnd && a.kind == b.kind {
                    buffer[index].pages += b.pages
                    remove(at: index + 1)
                } else {
                    index += 1
                }
            } else if a.kind == b.kind {
                if bEnd > aEnd { setEnd(index, bEnd) }
                remove(at: index + 1)
            } else if a.kind.restrictiveness >= b.kind.restrictiveness {
                // b loses the overlap: it keeps only what lies past a, if anything.
                if bEnd <= aEnd {
                    remove(at: index + 1)
                } else {
                    setBase(index + 1, aEnd)
                    sink(index + 1)
                }
            } else {
                // a loses the overlap: it keeps what lies before b, and a tail past b.
                if aEnd > bEnd {
                    let tail = MemoryRegion(base: PhysAddr(truncating: bEnd), pages: (aEnd - bEnd) / PageSize.small,
                                            kind: a.kind)
                    if count == buffer.count, let victim = leastValuable(than: tail, sparing: index) {
                        remove(at: victim)
                        if victim < index { index -= 1 }
                    }
                    if count < buffer.count { insertSorted(tail, after: index + 1) }
                }
                if a.base == b.base {
                    remove(at: index)
                    // b may now touch the region before it: look at that pair again.
                    if index > 0 { index -= 1 }
                } else {
                    setEnd(index, b.base.value)
                }
            }
        }
    }

    /// With the buffer full, the region to give up so that `tail` fits: the least
    /// restrictive (then smallest) one other than `buffer[index]` and `buffer[index + 1]`,
    /// if it is less restrictive than `tail` or as restrictive and smaller. Nil means drop
    /// `tail` instead. Either way every page keeps its true kind or loses its region, because
    /// whatever else covers the dropped pages is at least as restrictive.
    func leastValuable(than tail: MemoryRegion, sparing index: Int) -> Int? {
        var best: Int? = nil
        for candidate in 0..<count where candidate != index && candidate != index + 1 {
            let region = buffer[candidate]
            if let current = best {
                let chosen = buffer[current]
                let rank = region.kind.restrictiveness, chosenRank = chosen.kind.restrictiveness
                if rank > chosenRank || (rank == chosenRank && region.pages >= chosen.pages) { continue }
            }
            best = candidate
        }
        guard let best else { return nil }
        let victim = buffer[best]
        let tailRank = tail.kind.restrictiveness, victimRank = victim.kind.restrictiveness
        return victimRank < tailRank || (victimRank == tailRank && victim.pages < tail.pages) ? best : nil
    }

    mutating func setEnd(_ index: Int, _ end: UInt64) {
        buffer[index].pages = (end - buffer[index].base.value) / PageSize.small
    }

    mutating func setBase(_ index: Int, _ base: UInt64) {
        let end = buffer[index].end
        buffer[index].base = PhysAddr(truncating: base)
        buffer[index].pages = (end - base) / PageSize.small
    }

    mutating func remove(at index: Int) {
        var slot = index
        while slot + 1 < count {
            buffer[slot] = buffer[slot + 1]
            slot += 1
        }
        count -= 1
    }

    /// Moves the region at `index` later until the order holds again (its base grew).
    mutating func sink(_ index: Int) {
        let region = buffer[index]
        var slot = index
        while slot + 1 < count && RegionList.precedes(buffer[slot + 1], region) {
            buffer[slot] = buffer[slot + 1]
            slot += 1
        }
        buffer[slot] = region
    }

    /// Inserts `region` in order somewhere after `index`; drops it when the buffer is full.
    mutating func insertSorted(_ region: MemoryRegion, after index: Int) {
        guard count < buffer.count else { return }
        var slot = count
        while slot > index + 1 && RegionList.precedes(region, buffer[slot - 1]) {
            buffer[slot] = buffer[slot - 1]
            slot -= 1
        }
        buffer[slot] = region
        count += 1
    }
}
