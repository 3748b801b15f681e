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

    init(pageLimit: Int) {
        self.pageLimit = pageLimit
    }

    /// Takes one page from the budget; false when the limit is reached.
    func reservePage() -> Bool {
        guard pages < pageLimit else { return false }
        pages += 1
        return true
    }

    /// Returns `count` pages to the budget.
    func releasePages(_ count: Int) {
        pages -= count
    }
}
