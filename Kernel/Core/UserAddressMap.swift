// The user half of one address space as the memory syscalls see it: the VMAs plus the
// program break, the mmap base and the stack limit (Linux: the VMA side of struct
// mm_struct). The operations decide everything — argument checks with Linux's errnos,
// placement, splits and merges — and return the page-table work the kernel then does
// (Kernel/Memory/AddressSpace+Ranges.swift). Syscalls: UserAddressMap+Syscalls.swift.
import LinuxABI

/// Page-table work that follows a change of the map, in order.
public enum PageChange: Equatable, Sendable {
    /// Drop every page in `[start, end)` (their frames lose a reference).
    case unmap(start: UInt64, end: UInt64)
    /// Give the pages present in `[start, end)` the rights of `protection`.
    case protect(start: UInt64, end: UInt64, protection: MemoryProtection)
    /// Move the pages present in `[from, from + length)` to `[to, to + length)`, which
    /// holds no pages.
    case move(from: UInt64, to: UInt64, length: UInt64)
}

/// How a faulting instruction touched memory (from the #PF error code).
public enum MemoryAccess: Equatable, Sendable {
    case read, write, execute
}

/// The VMAs of a process and the bounds the syscalls keep.
public struct UserAddressMap: Equatable, Sendable {
    public static let page = PageSize.small
    /// Linux `stack_guard_gap`: 256 pages kept free below a grows-down area.
    public static let defaultGuardGap: UInt64 = 256 * PageSize.small
    /// Linux `mmap_min_addr` (Debian's default, 64 KiB): nothing is mapped below it.
    public static let minimumAddress: UInt64 = 0x1_0000
    /// Linux `DEFAULT_MAX_MAP_COUNT`.
    public static let maxAreas = 65_530
    /// Linux mmap_base's smallest gap between the stack top and the mmap area (128 MiB).
    public static let minimumStackGap: UInt64 = 128 << 20

    public var areas = VMASet()
    /// Page-aligned start of the heap (Linux `start_brk`).
    public private(set) var brkStart: UInt64
    /// The program break as last set (Linux `mm->brk`, not page-aligned).
    public internal(set) var brk: UInt64
    /// Top of the area searched for mappings without a usable hint (Linux `mmap_base`).
    public var mmapBase: UInt64
    /// The largest the stack may grow (RLIMIT_STACK's soft limit).
    public var stackLimit: UInt64
    public var guardGap: UInt64 = UserAddressMap.defaultGuardGap

    /// An empty map whose heap starts at `brkStart` (rounded up to a page).
    public init(brkStart: UInt64, mmapBase: UInt64, stackLimit: UInt64) {
        let start = UserAddressMap.pageUp(brkStart) ?? brkStart
        self.brkStart = start
        self.brk = start
        self.mmapBase = mmapBase
        self.stackLimit = stackLimit
    }

    /// Linux mmap_base: below the stack by its limit plus the guard gap, at least 128 MiB.
    public static func mmapBase(stackTop: UInt64, stackLimit: UInt64) -> UInt64 {
        let wanted = stackLimit > UInt64.max - defaultGuardGap ? UInt64.max : stackLimit + defaultGuardGap
        let gap = min(max(wanted, minimumStackGap), stackTop / 6 * 5)
        return (stackTop - gap) & ~(page - 1)
    }

    // MARK: arithmetic on user values

    /// `value` rounded up to a page, or nil on overflow (Linux PAGE_ALIGN wrapping to 0).
    @inlinable
    public static func pageUp(_ value: UInt64) -> UInt64? {
        let (sum, overflow) = value.addingReportingOverflow(page - 1)
        return overflow ? nil : sum & ~(page - 1)
    }

    @inlinable public static func isPageAligned(_ value: UInt64) -> Bool { value & (page - 1) == 0 }

    /// Where the gap before `area` starts: its start, less the guard gap for a stack.
    func gapStart(of area: VMA) -> UInt64 {
        guard area.flags.contains(.growsDown) else { return area.start }
        return area.start > guardGap ? area.start - guardGap : 0
    }

    // MARK: placement

    /// The highest page-aligned `length` bytes in `[floor, ceiling)` that touch no area nor
    /// the guard gap below a stack. Linux: unmapped_area_topdown.
    public func findFree(length: UInt64, floor: UInt64, ceiling: UInt64) -> UInt64? {
        guard length > 0, ceiling > floor, ceiling - floor >= length else { return nil }
        var upper = ceiling
        for area in areas.areas.reversed() {
            let lower = max(area.end, floor)
            if upper > lower, upper - lower >= length { return upper - length }
            upper = min(upper, gapStart(of: area))
            if upper <= floor { return nil }
        }
        return upper - floor >= length ? upper - length : nil
    }

    /// True when `[start, start + length)` can hold a new mapping that was asked for by
    /// hint: inside user space, free, and clear of a stack's guard gap.
    public func isFreeForHint(start: UInt64, length: UInt64) -> Bool {
        guard start >= UserAddressMap.minimumAddress,
              AddressSpaceLayout.isUserRange(start: start, length: length) else { return false }
        let end = start + length
        guard let next = areas.firstArea(endingAbove: start) else { return true }
        return end <= gapStart(of: next)
    }

    /// Where mappings without a hint may go: above the heap (which then can always grow a
    /// little) and below the mmap base.
    var searchFloor: UInt64 {
        let heapTop = UserAddressMap.pageUp(brk) ?? brk
        return max(heapTop, UserAddressMap.minimumAddress)
    }

    // MARK: faults

    /// The area a fault at `address` may be resolved in, or nil when the access is a
    /// segmentation fault. A fault just below a grows-down area extends it, within the
    /// stack limit and keeping the guard gap to the area below. Linux: lock_mm_and_find_vma
    /// + expand_stack + access_error.
    public mutating func areaForFault(at address: UInt64, access: MemoryAccess) -> VMA? {
        guard address < AddressSpaceLayout.userTop else { return nil }
        var found = areas.area(containing: address)
        if found == nil { found = growStack(toInclude: address) }
        guard let area = found else { return nil }
        switch access {
        case .write: return area.protection.contains(.PROT_WRITE) ? area : nil
        case .execute: return area.protection.contains(.PROT_EXEC) ? area : nil
        case .read: return area.protection.isEmpty ? nil : area   // x86 reads what it may write or run
        }
    }

    /// Extends the grows-down area above `address` down to its page. Linux: expand_downwards.
    mutating func growStack(toInclude address: UInt64) -> VMA? {
        let page = address & ~(UserAddressMap.page - 1)
        guard let next = areas.firstArea(endingAbove: address), next.flags.contains(.growsDown),
              next.start > page, page >= UserAddressMap.minimumAddress,
              next.end - page <= stackLimit else { return nil }
        if let previous = areas.lastArea(endingAtOrBelow: page), !previous.flags.contains(.growsDown),
           !previous.protection.isEmpty {
            guard page - previous.end >= guardGap else { return nil }
        }
        areas.extendDown(areaStartingAt: next.start, to: page)
        return areas.area(containing: address)
    }
}
