// One 64-bit entry of an x86_64 4-level page table, as a value with typed flags (Intel SDM
// Vol. 3A §4.5, Tables 4-14 to 4-20). PageTableWalker.swift walks tables of these.

/// The flag bits of a page-table entry (SDM Vol. 3A §4.5, Tables 4-15 to 4-20).
/// Linux: _PAGE_PRESENT, _PAGE_RW, _PAGE_USER, … in arch/x86/include/asm/pgtable_types.h.
public struct PageFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// P (bit 0): the entry maps a page or references a table.
    public static let present = PageFlags(rawValue: 1 << 0)
    /// R/W (bit 1): writes allowed (supervisor writes too, once CR0.WP = 1).
    public static let writable = PageFlags(rawValue: 1 << 1)
    /// U/S (bit 2): user-mode accesses allowed.
    public static let user = PageFlags(rawValue: 1 << 2)
    /// PWT (bit 3): write-through caching.
    public static let writeThrough = PageFlags(rawValue: 1 << 3)
    /// PCD (bit 4): caching disabled.
    public static let cacheDisable = PageFlags(rawValue: 1 << 4)
    /// A (bit 5): set by the CPU when the entry is used for a translation.
    public static let accessed = PageFlags(rawValue: 1 << 5)
    /// D (bit 6): set by the CPU on a write to the page (leaf entries only).
    public static let dirty = PageFlags(rawValue: 1 << 6)
    /// PS (bit 7) in a PDPT or PD entry: the entry maps a 1 GiB or 2 MiB page. In a PT
    /// entry the same bit is PAT, which Apus never sets.
    public static let huge = PageFlags(rawValue: 1 << 7)
    /// G (bit 8): the translation survives CR3 reloads (needs CR4.PGE; leaf entries only).
    public static let global = PageFlags(rawValue: 1 << 8)
    /// XD (bit 63): instruction fetches not allowed (needs EFER.NXE).
    public static let noExecute = PageFlags(rawValue: 1 << 63)
    /// Bit 9, ignored by the CPU (SDM Vol. 3A Table 4-19, "Ignored"): the page is shared
    /// copy-on-write and mapped read-only; a write fault copies it. Linux: _PAGE_COW-like.
    public static let copyOnWrite = PageFlags(rawValue: 1 << 9)

    /// Every bit this type names.
    public static let all: PageFlags = [.present, .writable, .user, .writeThrough, .cacheDisable,
                                        .accessed, .dirty, .huge, .global, .copyOnWrite, .noExecute]
}

/// One entry of a PML4, PDPT, PD or PT. Linux: pte_t/pmd_t/pud_t/pgd_t.
public struct PageTableEntry: RawRepresentable, Hashable, Sendable {
    /// The entry as the CPU reads it.
    public var rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Bits 12–51: the physical address of a 4 KiB frame or of the next table.
    public static let addressMask: UInt64 = 0x000F_FFFF_FFFF_F000
    /// Bits 21–51: the physical address of a 2 MiB page (bit 12 is PAT, 13–20 reserved).
    public static let largeAddressMask: UInt64 = 0x000F_FFFF_FFE0_0000
    /// Bits 30–51: the physical address of a 1 GiB page.
    public static let hugeAddressMask: UInt64 = 0x000F_FFFF_C000_0000

    /// The all-zero entry: not present, maps nothing.
    public static let empty = PageTableEntry(rawValue: 0)

    /// An entry pointing at `frame` (its low 12 bits are dropped) with `flags`.
    @inlinable
    public init(frame: PhysAddr, flags: PageFlags) {
        rawValue = (frame.value & PageTableEntry.addressMask) | (flags.rawValue & PageFlags.all.rawValue)
    }

    /// The 4 KiB-aligned physical address in bits 12–51. For a 2 MiB or 1 GiB entry use
    /// `largeFrame` / `hugeFrame`, which leave out the PAT bit.
    @inlinable public var frame: PhysAddr { PhysAddr(truncating: rawValue & PageTableEntry.addressMask) }
    /// The 2 MiB-aligned physical address of a PS = 1 page-directory entry.
    @inlinable public var largeFrame: PhysAddr { PhysAddr(truncating: rawValue & PageTableEntry.largeAddressMask) }
    /// The 1 GiB-aligned physical address of a PS = 1 PDPT entry.
    @inlinable public var hugeFrame: PhysAddr { PhysAddr(truncating: rawValue & PageTableEntry.hugeAddressMask) }

    /// The flag bits (everything `PageFlags` names; software-available bits are dropped).
    @inlinable
    public var flags: PageFlags {
        get { PageFlags(rawValue: rawValue & PageFlags.all.rawValue) }
        set { rawValue = (rawValue & ~PageFlags.all.rawValue) | (newValue.rawValue & PageFlags.all.rawValue) }
    }

    /// P = 1.
    @inlinable public var isPresent: Bool { rawValue & PageFlags.present.rawValue != 0 }
    /// PS = 1 (meaningful in PDPT and PD entries only).
    @inlinable public var isHuge: Bool { rawValue & PageFlags.huge.rawValue != 0 }
    /// All 64 bits zero.
    @inlinable public var isEmpty: Bool { rawValue == 0 }
}
