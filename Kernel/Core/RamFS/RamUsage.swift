// What one RamFS holds, counted as it changes: pages of file data and live inodes. Every
// inode and file keeps a reference, so an unlinked file still counts while it is open.
// Linux: shmem_sb_info's used_blocks and free_ispace (tmpfs's size= and nr_inodes=).

/// Counters shared by the inodes of one filesystem.
final class RamUsage {
    /// Pages of regular-file data held (each `RamFSLimits.pageSize` bytes).
    private(set) var pages = 0
    /// Inodes alive: linked somewhere, or unlinked but still referenced.
    var inodes = 0
    /// Most pages the filesystem may hold; a write past it is `ENOSPC`.
    let pageLimit: Int
    let allocator: RamPageAllocator

    init(pageLimit: Int, allocator: RamPageAllocator) {
        self.pageLimit = pageLimit
        self.allocator = allocator
    }

    /// A new zero-filled page taken from the budget; nil when the limit is reached or
    /// memory is exhausted.
    func allocatePage() -> UnsafeMutableRawPointer? {
        guard pages < pageLimit, let page = allocator.allocate() else { return nil }
        pages += 1
        return page
    }

    /// Frees `page` and returns it to the budget.
    func freePage(_ page: UnsafeMutableRawPointer) {
        allocator.free(page)
        pages -= 1
    }
}
