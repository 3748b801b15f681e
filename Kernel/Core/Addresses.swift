// Typed physical and virtual addresses (after the x86_64 crate's PhysAddr/VirtAddr): a
// checking, a truncating and an aligning constructor, overflow-checked arithmetic, and the
// 4-level page-table indices. The address-space layout is in AddressSpaceLayout.swift.

/// Page and large-page sizes in bytes (Intel SDM Vol. 3A §4.5, Table 4-1).
public enum PageSize {
    /// A 4 KiB page: the unit of a page-table (PT) entry.
    public static let small: UInt64 = 4096
    /// A 2 MiB page: a page-directory (PD) entry with PS = 1.
    public static let large: UInt64 = 2 << 20
    /// A 1 GiB page: a PDPT entry with PS = 1 (not every CPU has them; QEMU's TCG does not).
    public static let huge: UInt64 = 1 << 30
    /// log2 of `small`.
    public static let smallShift: UInt64 = 12
}

/// True when `alignment` is a power of two (the only alignments addresses take).
@inlinable
func isPowerOfTwo(_ alignment: UInt64) -> Bool {
    alignment != 0 && alignment & (alignment &- 1) == 0
}

/// A physical address: below 2^52, the architectural limit of MAXPHYADDR (SDM Vol. 3A §4.1.4).
/// Linux: phys_addr_t.
public struct PhysAddr: Hashable, Comparable, Sendable {
    /// The address as an integer; always below `PhysAddr.limit`.
    public let value: UInt64

    /// One past the highest physical address a 4-level page-table entry can name: 2^52.
    public static let limit: UInt64 = 1 << 52

    /// The address `value`, or nil when it is not below 2^52.
    @inlinable
    public init?(checking value: UInt64) {
        guard value < PhysAddr.limit else { return nil }
        self.value = value
    }

    /// `value` with bits 52–63 cleared.
    @inlinable
    public init(truncating value: UInt64) {
        self.value = value & (PhysAddr.limit &- 1)
    }

    /// The start of frame number `frameNumber` (a 4 KiB frame index), truncated to 52 bits.
    @inlinable
    public init(frameNumber: UInt64) {
        self.init(truncating: frameNumber &<< PageSize.smallShift)
    }

    /// The 4 KiB frame this address lies in, as an index (Linux: PHYS_PFN).
    @inlinable public var frameNumber: UInt64 { value >> PageSize.smallShift }

    /// The offset of this address inside its 4 KiB frame.
    @inlinable public var pageOffset: UInt64 { value & (PageSize.small - 1) }

    /// Rounded down to a multiple of `alignment` (a power of two; traps otherwise).
    @inlinable
    public func alignedDown(to alignment: UInt64) -> PhysAddr {
        precondition(isPowerOfTwo(alignment), "alignment is not a power of two")
        return PhysAddr(truncating: value & ~(alignment - 1))
    }

    /// Rounded up to a multiple of `alignment` (a power of two; traps otherwise), or nil
    /// when the result would not be a physical address.
    @inlinable
    public func alignedUp(to alignment: UInt64) -> PhysAddr? {
        precondition(isPowerOfTwo(alignment), "alignment is not a power of two")
        let (sum, overflow) = value.addingReportingOverflow(alignment - 1)
        guard !overflow else { return nil }
        return PhysAddr(checking: sum & ~(alignment - 1))
    }

    /// True when the address is a multiple of `alignment` (a power of two; traps otherwise).
    @inlinable
    public func isAligned(to alignment: UInt64) -> Bool {
        precondition(isPowerOfTwo(alignment), "alignment is not a power of two")
        return value & (alignment - 1) == 0
    }

    /// `self + offset`, or nil when that is not a physical address.
    @inlinable
    public func adding(_ offset: UInt64) -> PhysAddr? {
        let (sum, overflow) = value.addingReportingOverflow(offset)
        return overflow ? nil : PhysAddr(checking: sum)
    }

    /// `self - offset`, or nil below zero.
    @inlinable
    public func subtracting(_ offset: UInt64) -> PhysAddr? {
        value >= offset ? PhysAddr(truncating: value - offset) : nil
    }

    /// `lhs` moved up by `rhs` bytes; traps when that leaves physical address space (use
    /// `adding(_:)` for values that are not known to fit).
    @inlinable
    public static func + (lhs: PhysAddr, rhs: UInt64) -> PhysAddr {
        guard let sum = lhs.adding(rhs) else { preconditionFailure("physical address overflow") }
        return sum
    }

    /// The distance from `rhs` up to `lhs`; traps when `rhs` is above `lhs`.
    @inlinable
    public static func - (lhs: PhysAddr, rhs: PhysAddr) -> UInt64 {
        precondition(lhs.value >= rhs.value, "physical address difference is negative")
        return lhs.value - rhs.value
    }

    @inlinable
    public static func < (lhs: PhysAddr, rhs: PhysAddr) -> Bool { lhs.value < rhs.value }
}

/// A canonical 48-bit virtual address: bits 48–63 copy bit 47 (SDM Vol. 3A §3.3.7.1).
/// Linux: unsigned long addresses checked with `__is_canonical_address`.
public struct VirtAddr: Hashable, Comparable, Sendable {
    /// The address as an integer; always canonical.
    public let value: UInt64

    /// The address `value`, or nil when it is not canonical.
    @inlinable
    public init?(checking value: UInt64) {
        guard VirtAddr.isCanonical(value) else { return nil }
        self.value = value
    }

    /// `value` made canonical by copying bit 47 into bits 48–63 (what the CPU would do
    /// with the low 48 bits).
    @inlinable
    public init(truncating value: UInt64) {
        self.value = UInt64(bitPattern: Int64(bitPattern: value &<< 16) &>> 16)
    }

    /// True when bits 48–63 of `value` all equal bit 47.
    @inlinable
    public static func isCanonical(_ value: UInt64) -> Bool {
        UInt64(bitPattern: Int64(bitPattern: value &<< 16) &>> 16) == value
    }

    /// One past the highest lower-half canonical address: 2^47.
    public static let lowerHalfEnd: UInt64 = 1 << 47
    /// The lowest upper-half canonical address.
    public static let upperHalfStart: UInt64 = 0xFFFF_8000_0000_0000

    /// The offset of this address inside its 4 KiB page.
    @inlinable public var pageOffset: UInt64 { value & (PageSize.small - 1) }

    /// Index into the PML4 (bits 39–47; SDM Vol. 3A §4.5, Figure 4-8).
    @inlinable public var pml4Index: Int { Int(truncatingIfNeeded: (value >> 39) & 0x1FF) }
    /// Index into the page-directory-pointer table (bits 30–38).
    @inlinable public var pdptIndex: Int { Int(truncatingIfNeeded: (value >> 30) & 0x1FF) }
    /// Index into the page directory (bits 21–29).
    @inlinable public var pdIndex: Int { Int(truncatingIfNeeded: (value >> 21) & 0x1FF) }
    /// Index into the page table (bits 12–20).
    @inlinable public var ptIndex: Int { Int(truncatingIfNeeded: (value >> 12) & 0x1FF) }

    /// The index at paging level `level` (4 = PML4, 3 = PDPT, 2 = PD, 1 = PT).
    @inlinable
    public func tableIndex(level: Int) -> Int {
        Int(truncatingIfNeeded: (value >> UInt64(12 + 9 * (level - 1))) & 0x1FF)
    }

    /// Rounded down to a multiple of `alignment` (a power of two up to 2^47; traps
    /// otherwise). Stays canonical.
    @inlinable
    public func alignedDown(to alignment: UInt64) -> VirtAddr {
        precondition(isPowerOfTwo(alignment) && alignment <= VirtAddr.lowerHalfEnd,
                     "bad virtual alignment")
        return VirtAddr(truncating: value & ~(alignment - 1))
    }

    /// Rounded up to a multiple of `alignment` (a power of two up to 2^47; traps otherwise),
    /// or nil when the result overflows or is not canonical.
    @inlinable
    public func alignedUp(to alignment: UInt64) -> VirtAddr? {
        precondition(isPowerOfTwo(alignment) && alignment <= VirtAddr.lowerHalfEnd,
                     "bad virtual alignment")
        let (sum, overflow) = value.addingReportingOverflow(alignment - 1)
        guard !overflow else { return nil }
        return VirtAddr(checking: sum & ~(alignment - 1))
    }

    /// True when the address is a multiple of `alignment` (a power of two; traps otherwise).
    @inlinable
    public func isAligned(to alignment: UInt64) -> Bool {
        precondition(isPowerOfTwo(alignment), "alignment is not a power of two")
        return value & (alignment - 1) == 0
    }

    /// `self + offset`, or nil when the sum overflows or is not canonical.
    @inlinable
    public func adding(_ offset: UInt64) -> VirtAddr? {
        let (sum, overflow) = value.addingReportingOverflow(offset)
        return overflow ? nil : VirtAddr(checking: sum)
    }

    /// `self - offset`, or nil below zero or when the result is not canonical.
    @inlinable
    public func subtracting(_ offset: UInt64) -> VirtAddr? {
        value >= offset ? VirtAddr(checking: value - offset) : nil
    }

    /// `lhs` moved up by `rhs` bytes; traps when the result overflows or is not canonical
    /// (use `adding(_:)` for values that are not known to fit).
    @inlinable
    public static func + (lhs: VirtAddr, rhs: UInt64) -> VirtAddr {
        guard let sum = lhs.adding(rhs) else { preconditionFailure("virtual address overflow") }
        return sum
    }

    /// The distance from `rhs` up to `lhs`; traps when `rhs` is above `lhs`.
    @inlinable
    public static func - (lhs: VirtAddr, rhs: VirtAddr) -> UInt64 {
        precondition(lhs.value >= rhs.value, "virtual address difference is negative")
        return lhs.value - rhs.value
    }

    @inlinable
    public static func < (lhs: VirtAddr, rhs: VirtAddr) -> Bool { lhs.value < rhs.value }
}
