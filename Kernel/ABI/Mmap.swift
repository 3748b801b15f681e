// Protection and mapping flags of mmap(2), mprotect(2) and mremap(2) on Linux x86_64
// (include/uapi/asm-generic/mman-common.h, mman.h, include/uapi/linux/mman.h).
// The process's mappings themselves are Kernel/Core/VMASet.swift.

/// Page protection: PROT_* of mmap(2) and mprotect(2). Linux: asm-generic/mman-common.h.
public struct MemoryProtection: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// No access: the empty set (Linux `PROT_NONE`).
    @inlinable public static var PROT_NONE: MemoryProtection { MemoryProtection(rawValue: 0) }
    /// Pages may be read (Linux `PROT_READ`).
    @inlinable public static var PROT_READ: MemoryProtection { MemoryProtection(rawValue: 0x1) }
    /// Pages may be written (Linux `PROT_WRITE`).
    @inlinable public static var PROT_WRITE: MemoryProtection { MemoryProtection(rawValue: 0x2) }
    /// Pages may be executed (Linux `PROT_EXEC`).
    @inlinable public static var PROT_EXEC: MemoryProtection { MemoryProtection(rawValue: 0x4) }
    /// mprotect: extend the change down to the start of a grows-down mapping
    /// (Linux `PROT_GROWSDOWN`).
    @inlinable public static var PROT_GROWSDOWN: MemoryProtection { MemoryProtection(rawValue: 0x0100_0000) }
    /// mprotect: extend the change up to the end of a grows-up mapping (Linux `PROT_GROWSUP`).
    @inlinable public static var PROT_GROWSUP: MemoryProtection { MemoryProtection(rawValue: 0x0200_0000) }

    /// The bits that describe access (read, write, execute).
    @inlinable public static var accessBits: MemoryProtection { [.PROT_READ, .PROT_WRITE, .PROT_EXEC] }
}

/// The flags of mmap(2). The low four bits are the mapping type (`MAP_SHARED`,
/// `MAP_PRIVATE`, `MAP_SHARED_VALIDATE`), read with `mappingType`.
/// Linux: asm-generic/mman-common.h, asm-generic/mman.h, linux/mman.h.
public struct MapFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Changes are shared with other mappings of the file (Linux `MAP_SHARED`).
    @inlinable public static var MAP_SHARED: MapFlags { MapFlags(rawValue: 0x01) }
    /// Copy-on-write private mapping (Linux `MAP_PRIVATE`).
    @inlinable public static var MAP_PRIVATE: MapFlags { MapFlags(rawValue: 0x02) }
    /// `MAP_SHARED` that fails on unknown flags (Linux `MAP_SHARED_VALIDATE`).
    @inlinable public static var MAP_SHARED_VALIDATE: MapFlags { MapFlags(rawValue: 0x03) }
    /// Mask of the mapping-type bits (Linux `MAP_TYPE`).
    @inlinable public static var MAP_TYPE: MapFlags { MapFlags(rawValue: 0x0f) }
    /// Place the mapping exactly at `addr`, replacing what is there (Linux `MAP_FIXED`).
    @inlinable public static var MAP_FIXED: MapFlags { MapFlags(rawValue: 0x10) }
    /// Not backed by a file; zero-filled (Linux `MAP_ANONYMOUS`).
    @inlinable public static var MAP_ANONYMOUS: MapFlags { MapFlags(rawValue: 0x20) }
    /// Place in the low 2 GiB (Linux `MAP_32BIT`, x86_64 only).
    @inlinable public static var MAP_32BIT: MapFlags { MapFlags(rawValue: 0x40) }
    /// A stack that grows down on faults below it (Linux `MAP_GROWSDOWN`).
    @inlinable public static var MAP_GROWSDOWN: MapFlags { MapFlags(rawValue: 0x0100) }
    /// Ignored (Linux `MAP_DENYWRITE`).
    @inlinable public static var MAP_DENYWRITE: MapFlags { MapFlags(rawValue: 0x0800) }
    /// Ignored (Linux `MAP_EXECUTABLE`).
    @inlinable public static var MAP_EXECUTABLE: MapFlags { MapFlags(rawValue: 0x1000) }
    /// Lock the pages (Linux `MAP_LOCKED`).
    @inlinable public static var MAP_LOCKED: MapFlags { MapFlags(rawValue: 0x2000) }
    /// Do not reserve swap (Linux `MAP_NORESERVE`).
    @inlinable public static var MAP_NORESERVE: MapFlags { MapFlags(rawValue: 0x4000) }
    /// Prefault the pages (Linux `MAP_POPULATE`).
    @inlinable public static var MAP_POPULATE: MapFlags { MapFlags(rawValue: 0x8000) }
    /// With `MAP_POPULATE`: do not block (Linux `MAP_NONBLOCK`).
    @inlinable public static var MAP_NONBLOCK: MapFlags { MapFlags(rawValue: 0x10000) }
    /// A thread stack; a hint (Linux `MAP_STACK`).
    @inlinable public static var MAP_STACK: MapFlags { MapFlags(rawValue: 0x20000) }
    /// Use huge pages (Linux `MAP_HUGETLB`).
    @inlinable public static var MAP_HUGETLB: MapFlags { MapFlags(rawValue: 0x40000) }
    /// DAX synchronous faults (Linux `MAP_SYNC`).
    @inlinable public static var MAP_SYNC: MapFlags { MapFlags(rawValue: 0x80000) }
    /// `MAP_FIXED` that fails with EEXIST instead of replacing (Linux `MAP_FIXED_NOREPLACE`).
    @inlinable public static var MAP_FIXED_NOREPLACE: MapFlags { MapFlags(rawValue: 0x100000) }

    /// The mapping type: `MAP_SHARED`, `MAP_PRIVATE`, `MAP_SHARED_VALIDATE`, or something
    /// Linux rejects with EINVAL.
    @inlinable public var mappingType: Int32 { rawValue & MapFlags.MAP_TYPE.rawValue }

    /// mmap(2)'s return value on failure, as an address (Linux `MAP_FAILED`, (void *)−1).
    @inlinable public static var MAP_FAILED: UInt64 { UInt64.max }
}

/// The flags of mremap(2). Linux: include/uapi/linux/mman.h.
public struct MremapFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The mapping may move (Linux `MREMAP_MAYMOVE`).
    @inlinable public static var MREMAP_MAYMOVE: MremapFlags { MremapFlags(rawValue: 1) }
    /// Move to exactly `new_address` (Linux `MREMAP_FIXED`).
    @inlinable public static var MREMAP_FIXED: MremapFlags { MremapFlags(rawValue: 2) }
    /// Leave the old range mapped (Linux `MREMAP_DONTUNMAP`).
    @inlinable public static var MREMAP_DONTUNMAP: MremapFlags { MremapFlags(rawValue: 4) }
}

/// The advice values of madvise(2). Linux: include/uapi/asm-generic/mman-common.h.
public enum MadviseAdvice {
    /// No special treatment (Linux `MADV_NORMAL`).
    @inlinable public static var MADV_NORMAL: Int32 { 0 }
    /// Expect random access (Linux `MADV_RANDOM`).
    @inlinable public static var MADV_RANDOM: Int32 { 1 }
    /// Expect sequential access (Linux `MADV_SEQUENTIAL`).
    @inlinable public static var MADV_SEQUENTIAL: Int32 { 2 }
    /// Will need these pages soon (Linux `MADV_WILLNEED`).
    @inlinable public static var MADV_WILLNEED: Int32 { 3 }
    /// Drop the pages; private memory reads as zero afterwards (Linux `MADV_DONTNEED`).
    @inlinable public static var MADV_DONTNEED: Int32 { 4 }
    /// The pages may be freed lazily (Linux `MADV_FREE`).
    @inlinable public static var MADV_FREE: Int32 { 8 }
    /// Free the backing store (Linux `MADV_REMOVE`).
    @inlinable public static var MADV_REMOVE: Int32 { 9 }
    /// Do not inherit across fork (Linux `MADV_DONTFORK`).
    @inlinable public static var MADV_DONTFORK: Int32 { 10 }
    /// Undo MADV_DONTFORK (Linux `MADV_DOFORK`).
    @inlinable public static var MADV_DOFORK: Int32 { 11 }
    /// KSM may merge the pages (Linux `MADV_MERGEABLE`).
    @inlinable public static var MADV_MERGEABLE: Int32 { 12 }
    /// Undo MADV_MERGEABLE (Linux `MADV_UNMERGEABLE`).
    @inlinable public static var MADV_UNMERGEABLE: Int32 { 13 }
    /// Prefer huge pages (Linux `MADV_HUGEPAGE`).
    @inlinable public static var MADV_HUGEPAGE: Int32 { 14 }
    /// Avoid huge pages (Linux `MADV_NOHUGEPAGE`).
    @inlinable public static var MADV_NOHUGEPAGE: Int32 { 15 }
    /// Leave out of core dumps (Linux `MADV_DONTDUMP`).
    @inlinable public static var MADV_DONTDUMP: Int32 { 16 }
    /// Undo MADV_DONTDUMP (Linux `MADV_DODUMP`).
    @inlinable public static var MADV_DODUMP: Int32 { 17 }
    /// A forked child sees zero pages (Linux `MADV_WIPEONFORK`).
    @inlinable public static var MADV_WIPEONFORK: Int32 { 18 }
    /// Undo MADV_WIPEONFORK (Linux `MADV_KEEPONFORK`).
    @inlinable public static var MADV_KEEPONFORK: Int32 { 19 }
    /// Deactivate the pages (Linux `MADV_COLD`).
    @inlinable public static var MADV_COLD: Int32 { 20 }
    /// Reclaim the pages (Linux `MADV_PAGEOUT`).
    @inlinable public static var MADV_PAGEOUT: Int32 { 21 }
}

extension MemoryProtection {
    /// Accepted by mprotect and meaningless on x86 (Linux `PROT_SEM`).
    @inlinable public static var PROT_SEM: MemoryProtection { MemoryProtection(rawValue: 0x8) }
}
