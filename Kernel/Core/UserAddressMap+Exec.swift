// The areas execve sets up (Linux: load_elf_binary's elf_map calls and setup_arg_pages):
// one per ELF segment, with a page two segments share taking the union of their rights,
// and the stack as a grows-down area with room below the arguments.
import LinuxABI

extension UserAddressMap {
    /// Linux setup_arg_pages' stack_expand: the stack area reaches this far below the
    /// initial stack image from the start.
    public static let initialStackExpansion: UInt64 = 128 * 1024

    /// The protection an ELF segment's p_flags ask for.
    public static func protection(of permissions: SegmentPermissions) -> MemoryProtection {
        var protection: MemoryProtection = []
        if permissions.contains(.read) { protection.insert(.PROT_READ) }
        if permissions.contains(.write) { protection.insert(.PROT_WRITE) }
        if permissions.contains(.execute) { protection.insert(.PROT_EXEC) }
        return protection
    }

    /// Enters the pages `[start, end)` of a segment. Pages already in an area (shared with
    /// the segment before) get the union of both protections.
    public mutating func addSegment(start: UInt64, end: UInt64, protection: MemoryProtection) {
        guard start < end else { return }
        let existing = areas.parts(start: start, end: end)
        var cursor = start
        for part in existing {
            if part.start > cursor { areas.insert(VMA(start: cursor, end: part.start, protection: protection)) }
            cursor = part.end
        }
        if cursor < end { areas.insert(VMA(start: cursor, end: end, protection: protection)) }
        for part in existing {
            areas.modify(start: part.start, end: part.end) { $0.protection.formUnion(protection) }
        }
    }

    /// Enters the main stack: `[lowest page used - expansion, top)`, read-write, growing
    /// down to the stack limit. Returns the area's start; EEXIST when a segment is in the
    /// way (Linux's MAP_FIXED_NOREPLACE segment mapping fails the same way).
    @discardableResult
    public mutating func addStack(top: UInt64, lowestUsed: UInt64) throws(Errno) -> UInt64 {
        let used = lowestUsed & ~(UserAddressMap.page - 1)
        let floor = top > stackLimit ? top - stackLimit : 0
        let wanted = used > UserAddressMap.initialStackExpansion ? used - UserAddressMap.initialStackExpansion : 0
        let start = max(wanted, floor, UserAddressMap.minimumAddress)
        guard start < top, !areas.overlaps(start: start, end: top) else { throw .EEXIST }
        areas.insert(VMA(start: start, end: top, protection: [.PROT_READ, .PROT_WRITE], flags: [.growsDown, .stack]))
        return start
    }
}
