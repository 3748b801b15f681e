// One virtual memory area of a user address space: a page-aligned range [start, end) with
// one protection, one kind of backing and a few flags (Linux: struct vm_area_struct).
// VMASet.swift keeps a process's areas ordered; UserAddressMap.swift applies the syscalls.
import LinuxABI

/// What fills an area's pages when they are first touched.
public enum VMABacking: Equatable, Hashable, Sendable {
    /// Zero-filled pages (brk, anonymous mmap, the stack, ELF segments copied in at exec).
    case anonymous
    /// A private mapping of a file: page `start + k` holds the file's bytes at
    /// `offset + k`. `id` names the open file in the owner's table of mapped files.
    case file(id: UInt32, offset: UInt64)

    /// The backing of the part of an area that starts `delta` bytes after its start.
    @inlinable
    public func advanced(by delta: UInt64) -> VMABacking {
        switch self {
        case .anonymous: return .anonymous
        case .file(let id, let offset): return .file(id: id, offset: offset &+ delta)
        }
    }

    /// The file id, or nil for anonymous memory.
    @inlinable
    public var fileID: UInt32? {
        if case .file(let id, _) = self { return id }
        return nil
    }
}

/// Properties of an area beyond its protection. Linux: the VM_* flags that matter here.
public struct VMAFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The area extends downwards when a fault hits just below it (Linux `VM_GROWSDOWN`:
    /// the main stack and `MAP_GROWSDOWN` mappings). A guard gap is kept below it.
    public static let growsDown = VMAFlags(rawValue: 1 << 0)
    /// The program break's heap (Linux: the area between `start_brk` and `brk`).
    public static let heap = VMAFlags(rawValue: 1 << 1)
    /// The main thread's stack (Linux: the area `[stack]` in /proc/self/maps).
    public static let stack = VMAFlags(rawValue: 1 << 2)
}

/// A page-aligned range of user addresses with one protection and backing.
public struct VMA: Equatable, Hashable, Sendable {
    /// First byte (page-aligned).
    public var start: UInt64
    /// One past the last byte (page-aligned, > start).
    public var end: UInt64
    /// Access rights: the PROT_READ / PROT_WRITE / PROT_EXEC bits only.
    public var protection: MemoryProtection
    public var flags: VMAFlags
    public var backing: VMABacking

    @inlinable
    public init(start: UInt64, end: UInt64, protection: MemoryProtection, flags: VMAFlags = [],
                backing: VMABacking = .anonymous) {
        self.start = start
        self.end = end
        self.protection = protection.intersection(.accessBits)
        self.flags = flags
        self.backing = backing
    }

    /// Bytes covered.
    @inlinable public var length: UInt64 { end - start }

    @inlinable public func contains(_ address: UInt64) -> Bool { address >= start && address < end }

    /// True when `[start, end)` and this area share at least one byte.
    @inlinable public func overlaps(start: UInt64, end: UInt64) -> Bool { start < self.end && end > self.start }

    /// The part of this area inside `[from, to)` (which must overlap it), with its backing
    /// offset moved along.
    @inlinable
    public func clipped(from: UInt64, to: UInt64) -> VMA {
        var part = self
        part.start = Swift.max(start, from)
        part.end = Swift.min(end, to)
        part.backing = backing.advanced(by: part.start - start)
        return part
    }

    /// True when `next` starts where this ends and the two could be one area: same
    /// protection, flags and backing, with file offsets that continue. Linux: vma_merge's
    /// is_mergeable_vma + can_vma_merge_after.
    @inlinable
    public func canMerge(with next: VMA) -> Bool {
        guard end == next.start, protection == next.protection, flags == next.flags else { return false }
        return backing.advanced(by: length) == next.backing
    }
}
