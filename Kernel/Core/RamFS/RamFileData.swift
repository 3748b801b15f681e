// The bytes of one regular file: 4 KiB pages kept sorted by page index, so holes (ranges
// never written) take no memory and read as zeros. Invariant: bytes of a held page past
// `size` are zero, so growing the file (write past the end, truncate up) exposes zeros. A
// page comes from the filesystem's RamPageAllocator (in the kernel: one frame). Linux: the
// page cache of a shmem inode (mm/shmem.c); RamFS+IO.swift adds the errors.

/// Sparse, paged storage of a regular file's contents.
final class RamFileData {
    /// One held page: bytes `index * pageSize ..< (index + 1) * pageSize` of the file.
    struct Page {
        let index: Int
        /// `pageSize` bytes owned by this file: freed when dropped (truncate, deinit).
        let bytes: UnsafeMutableRawPointer
    }

    /// The file's length in bytes.
    private(set) var size = 0
    /// Held pages, ascending by `index`.
    private(set) var pages: [Page] = []
    let usage: RamUsage

    init(usage: RamUsage) {
        self.usage = usage
    }

    deinit {
        for page in pages { usage.freePage(page.bytes) }
    }

    static var pageSize: Int { RamFSLimits.pageSize }

    /// The position in `pages` of the first page whose index is `index` or more.
    func position(ofFirstPageAtOrAfter index: Int) -> Int {
        var low = 0, high = pages.count
        while low < high {
            let middle = low + (high - low) / 2
            if pages[middle].index < index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Copies bytes from `offset` into `buffer`, up to the end of the file; holes read as
    /// zeros. Returns the number of bytes copied (0 at or past the end).
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard offset >= 0, offset < size, !buffer.isEmpty else { return 0 }
        let count = min(buffer.count, size - offset)
        let pageSize = Self.pageSize
        var position = position(ofFirstPageAtOrAfter: offset / pageSize)
        var done = 0
        while done < count {
            let at = offset + done
            let pageIndex = at / pageSize, inPage = at % pageSize
            let chunk = min(count - done, pageSize - inPage)
            let destination = UnsafeMutableRawBufferPointer(rebasing: buffer[done..<(done + chunk)])
            if position < pages.count && pages[position].index == pageIndex {
                destination.copyMemory(from: UnsafeRawBufferPointer(start: pages[position].bytes + inPage, count: chunk))
                position += 1
            } else {
                _ = destination.initializeMemory(as: UInt8.self, repeating: 0)
            }
            done += chunk
        }
        return count
    }

    /// Copies `bytes` into the file at `offset`, allocating pages as needed and growing
    /// the file. Stops early when the page budget runs out; returns the bytes written.
    /// The caller guarantees `offset >= 0` and `offset + bytes.count` does not overflow.
    func write(at offset: Int, from bytes: UnsafeRawBufferPointer) -> Int {
        let pageSize = Self.pageSize
        var position = position(ofFirstPageAtOrAfter: offset / pageSize)
        var done = 0
        while done < bytes.count {
            let at = offset + done
            let pageIndex = at / pageSize, inPage = at % pageSize
            let chunk = min(bytes.count - done, pageSize - inPage)
            if !(position < pages.count && pages[position].index == pageIndex) {
                guard let page = usage.allocatePage() else { break }
                pages.insert(Page(index: pageIndex, bytes: page), at: position)
            }
            guard makePrivate(position) else { break }
            let source = UnsafeRawBufferPointer(rebasing: bytes[done..<(done + chunk)])
            UnsafeMutableRawBufferPointer(start: pages[position].bytes + inPage, count: chunk).copyMemory(from: source)
            position += 1
            done += chunk
        }
        if done > 0 { size = max(size, offset + done) }
        return done
    }

    /// Sets the length to `length` (≥ 0): shrinking frees the pages past the end and
    /// zeroes the tail of the last one; growing adds a hole.
    func truncate(to length: Int) {
        let pageSize = Self.pageSize
        if length < size {
            let pagesKept = length / pageSize + (length % pageSize == 0 ? 0 : 1)
            let firstDropped = position(ofFirstPageAtOrAfter: pagesKept)
            for page in pages[firstDropped...] { usage.freePage(page.bytes) }
            pages.removeSubrange(firstDropped...)
            let tail = length % pageSize
            // A mapped page keeps what the program saw (a copy cut short is still zeroed:
            // without memory for a copy the mapping sees the zeros, as on Linux).
            if tail != 0, let last = pages.indices.last, pages[last].index == length / pageSize {
                _ = makePrivate(last)
                (pages[last].bytes + tail).initializeMemory(as: UInt8.self, repeating: 0, count: pageSize - tail)
            }
        }
        size = length
    }

    /// Before the file changes the page at `position` in place: if a program maps it, the
    /// file takes a copy and lets go of the original, which stays as the program saw it.
    /// False when there is no memory for the copy.
    private func makePrivate(_ position: Int) -> Bool {
        let page = pages[position]
        guard usage.allocator.isShared(page.bytes) else { return true }
        guard let copy = usage.allocatePage() else { return false }
        copy.copyMemory(from: page.bytes, byteCount: Self.pageSize)
        pages[position] = Page(index: page.index, bytes: copy)
        usage.freePage(page.bytes)
        return true
    }

    /// The page holding bytes `index * pageSize ..<` of the file, nil for a hole.
    func page(at index: Int) -> UnsafeMutableRawPointer? {
        let position = position(ofFirstPageAtOrAfter: index)
        return position < pages.count && pages[position].index == index ? pages[position].bytes : nil
    }
}
