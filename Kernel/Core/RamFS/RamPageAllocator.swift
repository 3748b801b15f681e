// Where a RamFS gets the pages of file data from. The kernel hands it single frames from
// the frame allocator (through the direct map); the host tests, and the default, use the
// heap. Each page is `RamFSLimits.pageSize` bytes, page-aligned and zero-filled.

/// Allocation and release of file-data pages.
public struct RamPageAllocator {
    /// A zero-filled page, or nil when memory is exhausted (the write is then ENOSPC).
    public let allocate: () -> UnsafeMutableRawPointer?
    /// Gives back a page `allocate` returned.
    public let free: (UnsafeMutableRawPointer) -> Void

    /// An allocator over the two functions.
    public init(allocate: @escaping () -> UnsafeMutableRawPointer?, free: @escaping (UnsafeMutableRawPointer) -> Void) {
        self.allocate = allocate
        self.free = free
    }

    /// Pages from the Swift heap.
    public static var heap: RamPageAllocator {
        RamPageAllocator(allocate: {
            let size = RamFSLimits.pageSize
            let page = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: size)
            page.initializeMemory(as: UInt8.self, repeating: 0, count: size)
            return page
        }, free: { $0.deallocate() })
    }
}
