// Where a RamFS gets the pages of file data from. The kernel hands it single frames from
// the frame allocator (through the direct map); the host tests, and the default, use the
// heap. Each page is `RamFSLimits.pageSize` bytes, page-aligned and zero-filled.

/// Allocation and release of file-data pages.
public struct RamPageAllocator {
    /// A zero-filled page, or nil when memory is exhausted (the write is then ENOSPC).
    public let allocate: () -> UnsafeMutableRawPointer?
    /// Gives back a page `allocate` returned (the file's hold on it: in the kernel a page
    /// may live on while a program maps it).
    public let free: (UnsafeMutableRawPointer) -> Void
    /// True while someone besides the file holds the page (exec maps a program's pages
    /// instead of copying them, Linux's page cache): the file then writes to a copy.
    public let isShared: (UnsafeMutableRawPointer) -> Bool

    /// An allocator over the functions; by default no page is ever shared.
    public init(allocate: @escaping () -> UnsafeMutableRawPointer?, free: @escaping (UnsafeMutableRawPointer) -> Void,
                isShared: @escaping (UnsafeMutableRawPointer) -> Bool = { _ in false }) {
        self.allocate = allocate
        self.free = free
        self.isShared = isShared
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
