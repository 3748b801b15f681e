// The areas of one user address space, kept sorted and disjoint in a plain array (no
// Dictionary in the kernel; a process has tens of areas, so binary search and O(n) inserts
// are cheap). Splitting on partial removal or change, and merging equal neighbours, happen
// here. Linux: the mm's maple tree plus vma_merge / split_vma. Areas: VMA.swift.

/// Sorted, non-overlapping VMAs with no two mergeable neighbours.
public struct VMASet: Equatable, Sendable {
    /// The areas in address order.
    public private(set) var areas: [VMA] = []

    public init() {}

    @inlinable public var count: Int { areas.count }
    @inlinable public var isEmpty: Bool { areas.isEmpty }

    /// The index of the first area that ends above `address` (Linux: find_vma), or
    /// `count` when there is none.
    public func firstIndex(endingAbove address: UInt64) -> Int {
        var low = 0, high = areas.count
        while low < high {
            let middle = (low + high) / 2
            if areas[middle].end > address { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The area holding `address`. Linux: vma_lookup.
    public func area(containing address: UInt64) -> VMA? {
        let index = firstIndex(endingAbove: address)
        return index < areas.count && areas[index].start <= address ? areas[index] : nil
    }

    /// The first area that ends above `address`, which may start above it. Linux: find_vma.
    public func firstArea(endingAbove address: UInt64) -> VMA? {
        let index = firstIndex(endingAbove: address)
        return index < areas.count ? areas[index] : nil
    }

    /// The last area that ends at or below `address`.
    public func lastArea(endingAtOrBelow address: UInt64) -> VMA? {
        let index = firstIndex(endingAbove: address)
        return index > 0 ? areas[index - 1] : nil
    }

    /// True when some area shares a byte with `[start, end)`. Linux: find_vma_intersection.
    public func overlaps(start: UInt64, end: UInt64) -> Bool {
        guard start < end else { return false }
        let index = firstIndex(endingAbove: start)
        return index < areas.count && areas[index].start < end
    }

    /// True when every byte of `[start, end)` lies in some area (no holes).
    public func covers(start: UInt64, end: UInt64) -> Bool {
        guard start < end else { return true }
        var cursor = start
        var index = firstIndex(endingAbove: start)
        while cursor < end {
            guard index < areas.count, areas[index].start <= cursor else { return false }
            cursor = areas[index].end
            index += 1
        }
        return true
    }

    /// The areas sharing bytes with `[start, end)`, clipped to it.
    public func parts(start: UInt64, end: UInt64) -> [VMA] {
        var result: [VMA] = []
        var index = firstIndex(endingAbove: start)
        while index < areas.count, areas[index].start < end {
            result.append(areas[index].clipped(from: start, to: end))
            index += 1
        }
        return result
    }

    /// Adds `area`, which must not overlap any area, merging it with equal neighbours.
    public mutating func insert(_ area: VMA) {
        precondition(area.start < area.end && !overlaps(start: area.start, end: area.end), "VMA overlaps")
        let index = firstIndex(endingAbove: area.start)
        areas.insert(area, at: index)
        mergeNeighbours(of: index)
    }

    /// Removes every byte of `[start, end)` from the set, splitting areas that stick out.
    /// Returns the removed parts. Linux: do_vmi_munmap's split and detach.
    @discardableResult
    public mutating func remove(start: UInt64, end: UInt64) -> [VMA] {
        guard start < end else { return [] }
        split(at: start)
        split(at: end)
        let first = firstIndex(endingAbove: start)
        var last = first
        while last < areas.count, areas[last].start < end { last += 1 }
        let removed = Array(areas[first..<last])
        areas.removeSubrange(first..<last)
        return removed
    }

    /// Applies `change` to the parts of the areas inside `[start, end)` (splitting at the
    /// two ends), then merges what became equal. Linux: mprotect_fixup's split + merge.
    public mutating func modify(start: UInt64, end: UInt64, _ change: (inout VMA) -> Void) {
        guard start < end else { return }
        split(at: start)
        split(at: end)
        var index = firstIndex(endingAbove: start)
        let first = index
        while index < areas.count, areas[index].start < end {
            change(&areas[index])
            index += 1
        }
        // Merge from the right so indices below stay valid.
        var merge = min(index, areas.count - 1)
        while merge >= max(first - 1, 0) {
            mergeNeighbours(of: merge)
            merge -= 1
        }
    }

    /// Moves the start of the area beginning at `oldStart` down to `newStart` (stack growth).
    public mutating func extendDown(areaStartingAt oldStart: UInt64, to newStart: UInt64) {
        let index = firstIndex(endingAbove: oldStart)
        precondition(index < areas.count && areas[index].start == oldStart && newStart < oldStart
                     && (index == 0 || areas[index - 1].end <= newStart), "bad stack extension")
        areas[index].start = newStart
        areas[index].backing = areas[index].backing.advanced(by: 0 &- (oldStart - newStart))
    }

    /// Moves the end of the area ending at `oldEnd` to `newEnd` (brk, mremap in place):
    /// up into free space, or down (which drops the tail).
    public mutating func resize(areaEndingAt oldEnd: UInt64, to newEnd: UInt64) {
        let index = firstIndex(endingAbove: oldEnd - 1)
        precondition(index < areas.count && areas[index].end == oldEnd && newEnd > areas[index].start
                     && (index + 1 == areas.count || areas[index + 1].start >= newEnd), "bad resize")
        areas[index].end = newEnd
        mergeNeighbours(of: index)
    }

    // MARK: helpers

    /// Cuts the area holding `address` in two at it (nothing when `address` is a boundary).
    mutating func split(at address: UInt64) {
        let index = firstIndex(endingAbove: address)
        guard index < areas.count, areas[index].start < address else { return }
        let area = areas[index]
        areas[index] = area.clipped(from: area.start, to: address)
        areas.insert(area.clipped(from: address, to: area.end), at: index + 1)
    }

    /// Joins the area at `index` with its right and then its left neighbour when they merge.
    mutating func mergeNeighbours(of index: Int) {
        guard index >= 0, index < areas.count else { return }
        if index + 1 < areas.count, areas[index].canMerge(with: areas[index + 1]) {
            areas[index].end = areas[index + 1].end
            areas.remove(at: index + 1)
        }
        if index > 0, areas[index - 1].canMerge(with: areas[index]) {
            areas[index - 1].end = areas[index].end
            areas.remove(at: index)
        }
    }
}
