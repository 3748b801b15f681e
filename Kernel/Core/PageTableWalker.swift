// Maps, unmaps, translates and re-protects pages in x86_64 4-level page tables (Intel SDM
// Vol. 3A §4.5) reached through an abstract physical memory, so the host tests run it over
// an emulated one and the kernel over its direct map. Entries: PageTableEntry.swift.
import LinuxABI

/// The physical memory a walker reads and writes tables in.
public protocol PageTableMemory {
    /// The 512 entries of the table in the frame at `phys`.
    func table(at phys: PhysAddr) -> UnsafeMutablePointer<UInt64>
    /// A zero-filled 4 KiB frame for a new table, or nil when memory is exhausted.
    mutating func allocateTableFrame() -> PhysAddr?
    /// Give back a table frame that became empty (optional to call).
    mutating func freeTableFrame(_ frame: PhysAddr)
}

/// The size of one mapping: the level of the page-table entry that maps it.
public enum PageMapSize: Equatable, Sendable {
    /// A 4 KiB page (a PT entry).
    case small4K
    /// A 2 MiB page (a PD entry with PS = 1).
    case large2M
    /// A 1 GiB page (a PDPT entry with PS = 1; check CPUID.80000001H:EDX.Page1GB first).
    case huge1G

    /// The page size in bytes.
    @inlinable
    public var bytes: UInt64 {
        switch self {
        case .small4K: return PageSize.small
        case .large2M: return PageSize.large
        case .huge1G: return PageSize.huge
        }
    }

    /// The paging level whose entry maps a page of this size (1 = PT … 3 = PDPT).
    @inlinable
    public var level: Int {
        switch self {
        case .small4K: return 1
        case .large2M: return 2
        case .huge1G: return 3
        }
    }
}

/// Why a page-table change was refused. Nothing was changed when one is thrown.
public enum MapError: Error, Equatable, Sendable {
    /// The page (or part of the range a large page would cover) is already mapped.
    case alreadyMapped
    /// No frame for a new page table.
    case outOfMemory
    /// The virtual or physical address is not aligned to the page size.
    case misaligned
    /// The address lies inside a larger page that does not start at it.
    case conflictsWithHugePage
    /// Nothing is mapped at the address.
    case notMapped
}

/// A TLB invalidation the caller owes after a mapping changed: call `flush(using:)` with
/// `invlpg` (one call covers a page of any size, SDM Vol. 3A §4.10.4.1), or `ignore()`
/// when a CR3 reload follows anyway. Like the x86_64 crate's `#[must_use] MapperFlush`;
/// Swift cannot make it non-copyable while it travels in a tuple, so the compiler's
/// unused-result warning is the only guard.
public struct TLBFlush: Sendable {
    /// An address inside the page whose translation changed.
    public let address: VirtAddr
    /// The size of that page.
    public let size: PageMapSize

    @inlinable
    init(address: VirtAddr, size: PageMapSize) {
        self.address = address
        self.size = size
    }

    /// Invalidates the stale translation by calling `invalidate` once with `address`.
    @inlinable
    public consuming func flush(using invalidate: (VirtAddr) -> Void) {
        invalidate(address)
    }

    /// Drops the token: the caller flushes the whole TLB (CR3 reload) instead.
    @inlinable
    public consuming func ignore() {}
}

/// A walker over the tables rooted at one PML4. Linux: the pgd/p4d/pud/pmd/pte helpers of
/// mm/memory.c, without the locking (the caller holds the address space's lock).
public struct PageTableWalker<Memory: PageTableMemory> {
    /// The physical address of the PML4 (what CR3 holds).
    public let root: PhysAddr
    /// Where tables live and new ones come from.
    public var memory: Memory

    /// A walker over the tables under `root`, which must be a zeroed or valid PML4 frame.
    public init(root: PhysAddr, memory: Memory) {
        self.root = root
        self.memory = memory
    }

    /// Flags of a table entry above a leaf: present, writable, and user when the leaf is a
    /// user page. Leaves carry the real restrictions (the CPU combines all levels).
    static func intermediateFlags(user: Bool) -> PageFlags {
        user ? [.present, .writable, .user] : [.present, .writable]
    }

    /// The slot for `virt` in the table at `table`, at paging level `level`.
    func slot(_ table: PhysAddr, _ virt: VirtAddr, level: Int) -> UnsafeMutablePointer<UInt64> {
        memory.table(at: table) + virt.tableIndex(level: level)
    }

    /// Maps the page at `virt` to `phys`. `flags` gains `.present`; `.huge` is set or
    /// cleared to match `size`. Missing tables are allocated first, all or none, so a
    /// failure leaves the tables exactly as they were. No TLB flush is needed: the entry
    /// was not present. Linux: set_pte_at / set_pmd_at after the p*d_alloc chain.
    public mutating func map(_ virt: VirtAddr, to phys: PhysAddr, size: PageMapSize,
                             flags: PageFlags) throws(MapError) {
        guard virt.isAligned(to: size.bytes), phys.isAligned(to: size.bytes) else { throw .misaligned }
        let leafLevel = size.level
        let user = flags.contains(.user)

        // Pass 1, read only: how deep do the existing tables go, and is the slot free?
        var table = root
        var level = 4
        while level > leafLevel {
            let entry = PageTableEntry(rawValue: slot(table, virt, level: level).pointee)
            guard entry.isPresent else { break }
            if level <= 3 && entry.isHuge { throw .conflictsWithHugePage }
            table = entry.frame
            level -= 1
        }
        if level == leafLevel && PageTableEntry(rawValue: slot(table, virt, level: level).pointee).isPresent {
            throw .alreadyMapped
        }

        // Pass 2: every missing table, before anything is linked.
        let missing = level - leafLevel
        var frames: (PhysAddr, PhysAddr, PhysAddr) = (root, root, root)
        for index in 0..<missing {
            guard let frame = memory.allocateTableFrame() else {
                for taken in 0..<index { memory.freeTableFrame(Self.element(frames, taken)) }
                throw .outOfMemory
            }
            Self.setElement(&frames, index, frame)
        }

        // Pass 3: link the new tables, mark the path user when needed, write the leaf.
        table = root
        var used = 0
        for current in stride(from: 4, to: leafLevel, by: -1) {
            let entrySlot = slot(table, virt, level: current)
            var entry = PageTableEntry(rawValue: entrySlot.pointee)
            if !entry.isPresent {
                entry = PageTableEntry(frame: Self.element(frames, used), flags: Self.intermediateFlags(user: user))
                used += 1
                entrySlot.pointee = entry.rawValue
            } else if user && !entry.flags.contains(.user) {
                entry.flags.insert(.user)
                entrySlot.pointee = entry.rawValue
            }
            table = entry.frame
        }
        var leafFlags = flags.union(.present)
        if leafLevel == 1 { leafFlags.remove(.huge) } else { leafFlags.insert(.huge) }
        slot(table, virt, level: leafLevel).pointee = PageTableEntry(frame: phys, flags: leafFlags).rawValue
    }

    /// Removes the page that starts at `virt` (of whatever size it was mapped with) and
    /// returns its frame and the flush the caller owes. Tables that become empty stay in
    /// place: freeing one safely needs the flush first (SDM Vol. 3A §4.10.3).
    /// Linux: zap_pte_range / ptep_get_and_clear.
    public mutating func unmap(_ virt: VirtAddr) throws(MapError) -> (PhysAddr, TLBFlush) {
        let (leaf, size) = try leafSlot(startingAt: virt)
        let entry = PageTableEntry(rawValue: leaf.pointee)
        leaf.pointee = PageTableEntry.empty.rawValue
        return (Self.frame(of: entry, size: size), TLBFlush(address: virt, size: size))
    }

    /// Replaces the flags of the page that starts at `virt`, keeping its frame and size and
    /// the accessed/dirty bits the CPU set. `flags` gains `.present`; `.huge` follows the
    /// page size. Linux: change_protection.
    public mutating func protect(_ virt: VirtAddr, flags: PageFlags) throws(MapError) -> TLBFlush {
        let (leaf, size) = try leafSlot(startingAt: virt)
        let old = PageTableEntry(rawValue: leaf.pointee)
        if flags.contains(.user) { markPathUser(virt, above: size.level) }
        var newFlags = flags.union(.present).union(old.flags.intersection([.accessed, .dirty]))
        if size == .small4K { newFlags.remove(.huge) } else { newFlags.insert(.huge) }
        leaf.pointee = PageTableEntry(frame: Self.frame(of: old, size: size), flags: newFlags).rawValue
        return TLBFlush(address: virt, size: size)
    }

    /// The physical address `virt` translates to and the flags of the leaf entry that maps
    /// it (`.huge` set for 2 MiB and 1 GiB pages), or nil when it is not mapped. The flags
    /// are the leaf's own; the CPU also applies the restrictions of the levels above, which
    /// this walker only ever makes looser (present, writable, user). Linux: follow_page.
    public func translate(_ virt: VirtAddr) -> (PhysAddr, PageFlags)? {
        var table = root
        var level = 4
        while true {
            let entry = PageTableEntry(rawValue: slot(table, virt, level: level).pointee)
            guard entry.isPresent else { return nil }
            if level == 1 || (level <= 3 && entry.isHuge) {
                let size: PageMapSize = level == 1 ? .small4K : (level == 2 ? .large2M : .huge1G)
                let offset = virt.value & (size.bytes - 1)
                return (PhysAddr(truncating: Self.frame(of: entry, size: size).value | offset), entry.flags)
            }
            table = entry.frame
            level -= 1
        }
    }

    /// The size of the page that maps `virt`, or nil when it is not mapped.
    public func mappingSize(_ virt: VirtAddr) -> PageMapSize? {
        guard let (_, flags) = translate(virt) else { return nil }
        guard flags.contains(.huge) else { return .small4K }
        // A huge leaf: find out at which level.
        let pml4e = PageTableEntry(rawValue: slot(root, virt, level: 4).pointee)
        let pdpte = PageTableEntry(rawValue: slot(pml4e.frame, virt, level: 3).pointee)
        return pdpte.isHuge ? .huge1G : .large2M
    }

    // MARK: - Helpers

    /// The leaf slot of the page that starts at `virt`, and that page's size.
    func leafSlot(startingAt virt: VirtAddr) throws(MapError) -> (UnsafeMutablePointer<UInt64>, PageMapSize) {
        guard virt.isAligned(to: PageSize.small) else { throw .misaligned }
        var table = root
        var level = 4
        while true {
            let entrySlot = slot(table, virt, level: level)
            let entry = PageTableEntry(rawValue: entrySlot.pointee)
            guard entry.isPresent else { throw .notMapped }
            if level == 1 || (level <= 3 && entry.isHuge) {
                let size: PageMapSize = level == 1 ? .small4K : (level == 2 ? .large2M : .huge1G)
                guard virt.isAligned(to: size.bytes) else { throw .conflictsWithHugePage }
                return (entrySlot, size)
            }
            table = entry.frame
            level -= 1
        }
    }

    /// Sets `.user` on the table entries above level `leafLevel` on the path to `virt`.
    mutating func markPathUser(_ virt: VirtAddr, above leafLevel: Int) {
        var table = root
        for level in stride(from: 4, to: leafLevel, by: -1) {
            let entrySlot = slot(table, virt, level: level)
            var entry = PageTableEntry(rawValue: entrySlot.pointee)
            if !entry.flags.contains(.user) {
                entry.flags.insert(.user)
                entrySlot.pointee = entry.rawValue
            }
            table = entry.frame
        }
    }

    /// The frame a leaf entry of `size` maps (without the PAT bit of large entries).
    static func frame(of entry: PageTableEntry, size: PageMapSize) -> PhysAddr {
        switch size {
        case .small4K: return entry.frame
        case .large2M: return entry.largeFrame
        case .huge1G: return entry.hugeFrame
        }
    }

    static func element(_ frames: (PhysAddr, PhysAddr, PhysAddr), _ index: Int) -> PhysAddr {
        index == 0 ? frames.0 : (index == 1 ? frames.1 : frames.2)
    }

    static func setElement(_ frames: inout (PhysAddr, PhysAddr, PhysAddr), _ index: Int, _ value: PhysAddr) {
        if index == 0 { frames.0 = value } else if index == 1 { frames.1 = value } else { frames.2 = value }
    }
}

extension MapError {
    /// The errno a syscall reports for this error (Linux: mmap(2), mprotect(2), munmap(2)
    /// return ENOMEM for ranges that are not mapped or when tables cannot be allocated).
    public var errno: Errno {
        switch self {
        case .alreadyMapped, .conflictsWithHugePage: return .EEXIST
        case .outOfMemory, .notMapped: return .ENOMEM
        case .misaligned: return .EINVAL
        }
    }
}
