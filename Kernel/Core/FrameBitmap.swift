// The frame allocator's bookkeeping: which 4 KiB physical frames are free, in storage the
// kernel places in RAM it chose (Kernel/Memory/FrameAllocator.swift adds the lock).
// Linux: the role of memblock at boot and of the buddy allocator's free lists later.
//
// Storage layout: two bitmaps of `wordsPerMap` words each, one bit per frame from `base`.
//   used    (words 0 ..< wordsPerMap):  1 = not available (allocated, reserved, or padding)
//   managed (the next wordsPerMap):     1 = the frame belongs to the pool (marked free once)
// Invariant: every frame outside the pool is used; padding bits past `frameCount` stay
// used forever, so a search never needs a range check.

/// Why a frame could not be freed. Every one is a kernel bug in the caller.
public enum FrameError: Error, Equatable, Sendable {
    /// The address is not 4 KiB aligned.
    case notAligned
    /// The frame (or part of the range) lies outside the frames the bitmap covers.
    case outOfRange
    /// The frame is already free.
    case doubleFree
    /// The frame never joined the pool (it was never marked free, or was marked used since).
    case notManaged
}

/// A bitmap of 4 KiB frames with a search hint. Hands out frames lowest address first,
/// never the same frame twice, and never physical frame 0 (so 0 can mean "no frame").
public struct FrameBitmap {
    let storage: UnsafeMutableBufferPointer<UInt64>
    /// The physical address of the first frame the bitmap covers.
    public let base: PhysAddr
    /// How many frames the bitmap covers.
    public let frameCount: Int
    /// Words in each of the two bitmaps.
    let wordsPerMap: Int
    /// Every word of the used map below this index is all ones (nothing free there).
    var searchHint = 0
    /// Frames in the pool that are free now.
    public private(set) var freeCount = 0
    /// Frames in the pool: marked free at some point and not marked used since.
    public private(set) var totalManaged = 0

    /// `storage` must hold `wordsNeeded(frameCount:)` words (it is overwritten); `base`
    /// must be 4 KiB aligned. Every frame starts used and outside the pool.
    public init(storage: UnsafeMutableBufferPointer<UInt64>, base: PhysAddr, frameCount: Int) {
        precondition(frameCount >= 0 && storage.count >= FrameBitmap.wordsNeeded(frameCount: frameCount),
                     "frame bitmap storage too small")
        precondition(base.isAligned(to: PageSize.small), "frame bitmap base not page aligned")
        self.storage = storage
        self.base = base
        self.frameCount = frameCount
        wordsPerMap = (frameCount + 63) / 64
        for index in 0..<wordsPerMap {
            storage[index] = ~0
            storage[wordsPerMap + index] = 0
        }
    }

    /// The number of UInt64 words `storage` must hold for `frameCount` frames (two bits per
    /// frame: 64 KiB per GiB of RAM).
    public static func wordsNeeded(frameCount: Int) -> Int {
        frameCount <= 0 ? 0 : 2 * ((frameCount + 63) / 64)
    }

    // MARK: - The pool

    /// Adds the whole frames inside `[start, start + pages × 4 KiB)` to the pool as free,
    /// clipped to the frames the bitmap covers; physical frame 0 is always left out.
    /// Frames already free stay free; allocated ones become free. Linux: memblock_free.
    public mutating func markFree(_ start: PhysAddr, pages: Int) {
        guard let (first, end) = clippedRange(start, pages: pages, wholeFramesOnly: true) else { return }
        var from = first
        if base.frameNumber == 0 && from == 0 { from = 1 }
        forEachWord(from, end) { word, mask in
            let managedWord = storage[wordsPerMap + word]
            totalManaged += (mask & ~managedWord).nonzeroBitCount
            storage[wordsPerMap + word] = managedWord | mask
            freeCount += (mask & storage[word]).nonzeroBitCount
            storage[word] &= ~mask
        }
        if from < end { searchHint = min(searchHint, from / 64) }
    }

    /// Takes every frame that `[start, start + pages × 4 KiB)` touches out of the pool (as
    /// used), clipped to the frames the bitmap covers. Use it for memory the kernel keeps
    /// for good (the bitmap's own storage); freeing such a frame later is an error.
    /// Linux: memblock_reserve.
    public mutating func markUsed(_ start: PhysAddr, pages: Int) {
        guard let (first, end) = clippedRange(start, pages: pages, wholeFramesOnly: false) else { return }
        forEachWord(first, end) { word, mask in
            let managedWord = storage[wordsPerMap + word]
            totalManaged -= (mask & managedWord).nonzeroBitCount
            storage[wordsPerMap + word] = managedWord & ~mask
            freeCount -= (mask & ~storage[word]).nonzeroBitCount
            storage[word] |= mask
        }
    }

    // MARK: - Allocation

    /// The lowest free frame, now used; nil when none is left. Scans 64 frames per step
    /// from the search hint. Linux: alloc_page.
    public mutating func allocate() -> PhysAddr? {
        guard freeCount > 0 else { return nil }
        var word = searchHint
        while word < wordsPerMap {
            let bits = storage[word]
            if bits != ~0 {
                let bit = (~bits).trailingZeroBitCount
                storage[word] = bits | (1 << UInt64(bit))
                freeCount -= 1
                searchHint = word
                return address(ofFrame: word * 64 + bit)
            }
            word += 1
        }
        searchHint = wordsPerMap
        return nil
    }

    /// `pages` free frames in a row whose first frame number is a multiple of `alignment`
    /// (in pages, a power of two), now used; nil when there is no such run or the arguments
    /// are not positive. Linux: alloc_contig_pages.
    public mutating func allocateContiguous(pages: Int, alignment: Int) -> PhysAddr? {
        guard pages > 0, alignment > 0, alignment & (alignment - 1) == 0, pages <= freeCount else { return nil }
        let baseFrame = Int(truncatingIfNeeded: base.frameNumber)
        // Past this, only frame 0 is aligned, and frame 0 is never handed out.
        guard alignment <= baseFrame + frameCount else { return nil }
        // Index of the first aligned frame at or after `index`.
        func aligned(_ index: Int) -> Int {
            let absolute = baseFrame + index
            return (absolute + alignment - 1) / alignment * alignment - baseFrame
        }
        var start = aligned(searchHint * 64)
        while start >= 0 && start <= frameCount - pages {
            if let blocked = firstUsed(start, start + pages) {
                start = aligned(blocked + 1)
                continue
            }
            forEachWord(start, start + pages) { word, mask in storage[word] |= mask }
            freeCount -= pages
            return address(ofFrame: start)
        }
        return nil
    }

    /// Returns one frame to the pool. Linux: __free_page.
    public mutating func free(_ frame: PhysAddr) throws(FrameError) {
        try free(frame, pages: 1)
    }

    /// Returns `pages` frames from `start` to the pool: all of them, or (after an error)
    /// none. `pages` = 0 does nothing. Linux: free_contig_range.
    public mutating func free(_ start: PhysAddr, pages: Int) throws(FrameError) {
        guard start.isAligned(to: PageSize.small) else { throw .notAligned }
        guard pages >= 0 else { throw .outOfRange }
        guard pages > 0 else { return }
        guard start >= base else { throw .outOfRange }
        let firstFrame = (start - base) >> PageSize.smallShift
        guard firstFrame < UInt64(frameCount), UInt64(pages) <= UInt64(frameCount) - firstFrame else {
            throw .outOfRange
        }
        let first = Int(firstFrame)
        let end = first + pages
        var problem: FrameError? = nil
        forEachWord(first, end) { word, mask in
            if mask & ~storage[wordsPerMap + word] != 0 { problem = .notManaged }
            else if problem == nil && mask & ~storage[word] != 0 { problem = .doubleFree }
        }
        if let problem { throw problem }
        forEachWord(first, end) { word, mask in storage[word] &= ~mask }
        freeCount += pages
        searchHint = min(searchHint, first / 64)
    }

    // MARK: - Queries

    /// True when the frame containing `address` is in the pool and free.
    public func isFree(_ address: PhysAddr) -> Bool {
        guard let index = frameIndex(address) else { return false }
        return storage[index / 64] & (1 << UInt64(index % 64)) == 0
    }

    /// True when the frame containing `address` is in the pool (free or allocated).
    public func isManaged(_ address: PhysAddr) -> Bool {
        guard let index = frameIndex(address) else { return false }
        return storage[wordsPerMap + index / 64] & (1 << UInt64(index % 64)) != 0
    }

    // MARK: - Helpers

    /// The bitmap index of the frame containing `address`, or nil outside the bitmap.
    func frameIndex(_ address: PhysAddr) -> Int? {
        guard address >= base else { return nil }
        let index = (address - base) >> PageSize.smallShift
        return index < UInt64(frameCount) ? Int(index) : nil
    }

    func address(ofFrame index: Int) -> PhysAddr {
        base + UInt64(index) << PageSize.smallShift
    }

    /// The frame indices `[first, end)` that `[start, start + pages × 4 KiB)` covers inside
    /// the bitmap, or nil when that is empty. With `wholeFramesOnly`, frames the range
    /// covers only partly (when `start` is not aligned) are left out; otherwise included.
    func clippedRange(_ start: PhysAddr, pages: Int, wholeFramesOnly: Bool) -> (Int, Int)? {
        guard pages > 0, frameCount > 0 else { return nil }
        let pageSize = PageSize.small
        let (length, lengthOverflow) = UInt64(pages).multipliedReportingOverflow(by: pageSize)
        let (endSum, endOverflow) = start.value.addingReportingOverflow(length)
        let endValue = lengthOverflow || endOverflow ? UInt64.max : endSum
        let lowest = base.value
        let highest = lowest + UInt64(frameCount) * pageSize
        let from = max(start.value, lowest)
        let to = min(endValue, highest)
        guard from < to else { return nil }
        let offsetFrom = from - lowest, offsetTo = to - lowest
        let first = Int(wholeFramesOnly ? (offsetFrom + pageSize - 1) / pageSize : offsetFrom / pageSize)
        let end = Int(wholeFramesOnly ? offsetTo / pageSize : (offsetTo + pageSize - 1) / pageSize)
        return first < end ? (first, end) : nil
    }

    /// Calls `body(word, mask)` for each used-map word that frames `[first, end)` touch,
    /// with the bits of those frames in `mask`.
    func forEachWord(_ first: Int, _ end: Int, _ body: (Int, UInt64) -> Void) {
        var index = first
        while index < end {
            let word = index / 64
            let low = index % 64
            let high = min(64, end - word * 64)
            let width = high - low
            let mask: UInt64 = width == 64 ? ~0 : ((1 << UInt64(width)) - 1) << UInt64(low)
            body(word, mask)
            index = word * 64 + high
        }
    }

    /// The first used frame index in `[first, end)`, or nil when all are free.
    func firstUsed(_ first: Int, _ end: Int) -> Int? {
        var index = first
        while index < end {
            let word = index / 64
            let low = index % 64
            let high = min(64, end - word * 64)
            let width = high - low
            let mask: UInt64 = width == 64 ? ~0 : ((1 << UInt64(width)) - 1) << UInt64(low)
            let blocked = storage[word] & mask
            if blocked != 0 { return word * 64 + blocked.trailingZeroBitCount }
            index = word * 64 + high
        }
        return nil
    }
}
