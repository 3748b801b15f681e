// VMASet (Kernel/Core/VMASet.swift): lookup at area edges, insertion with merging,
// splitting on partial removal and modification, coverage, and a randomized comparison
// against a page-by-page model.
import Testing
import LinuxABI
@testable import KernelCore

private let P = PageSize.small
private let rw: MemoryProtection = [.PROT_READ, .PROT_WRITE]
private let ro: MemoryProtection = .PROT_READ

private func area(_ start: UInt64, _ end: UInt64, _ protection: MemoryProtection = rw,
                  _ backing: VMABacking = .anonymous, flags: VMAFlags = []) -> VMA {
    VMA(start: start * P, end: end * P, protection: protection, flags: flags, backing: backing)
}

private func spans(_ set: VMASet) -> [[UInt64]] { set.areas.map { [$0.start / P, $0.end / P] } }

struct VMASetTests {
    static let lookupCases: [(UInt64, Int?)] = [
        (0, nil), (10 * P - 1, nil), (10 * P, 0), (12 * P - 1, 0), (12 * P, nil), (20 * P, 1), (30 * P - 1, 1),
        (30 * P, nil), (UInt64.max, nil),
    ]

    /// Lookup at the first byte, the last byte and one past each area.
    @Test(arguments: lookupCases)
    func lookup(address: UInt64, expectedIndex: Int?) {
        var set = VMASet()
        set.insert(area(10, 12))
        set.insert(area(20, 30, ro))
        let found = set.area(containing: address)
        #expect(found == expectedIndex.map { set.areas[$0] })
    }

    @Test func insertMergesEqualNeighboursOnly() {
        var set = VMASet()
        set.insert(area(10, 12))
        set.insert(area(14, 16))
        set.insert(area(12, 14))
        #expect(spans(set) == [[10, 16]])
        set.insert(area(16, 18, ro))                      // other protection: separate
        set.insert(area(8, 10, flags: .growsDown))        // other flags: separate
        #expect(spans(set) == [[8, 10], [10, 16], [16, 18]])
    }

    static let fileMergeCases: [(UInt64, Bool)] = [(2 * P, true), (0, false), (3 * P, false)]

    /// File areas merge only when the second continues the first's file offsets.
    @Test(arguments: fileMergeCases)
    func fileAreasMergeWhenOffsetsContinue(secondOffset: UInt64, merges: Bool) {
        var set = VMASet()
        set.insert(area(10, 12, ro, .file(id: 1, offset: 0)))
        set.insert(area(12, 14, ro, .file(id: 1, offset: secondOffset)))
        #expect(set.count == (merges ? 1 : 2))
    }

    @Test func removeSplitsAndKeepsFileOffsets() {
        var set = VMASet()
        set.insert(area(10, 20, ro, .file(id: 7, offset: 0x1000)))
        let removed = set.remove(start: 12 * P, end: 15 * P)
        #expect(removed == [area(12, 15, ro, .file(id: 7, offset: 0x3000))])
        #expect(set.areas == [area(10, 12, ro, .file(id: 7, offset: 0x1000)), area(15, 20, ro, .file(id: 7, offset: 0x6000))])
        #expect(set.remove(start: 0, end: 0).isEmpty)
        #expect(set.remove(start: 30 * P, end: 40 * P).isEmpty)
        set.remove(start: 0, end: UInt64.max)
        #expect(set.isEmpty)
    }

    @Test func modifySplitsThenMergesBack() {
        var set = VMASet()
        set.insert(area(10, 20))
        set.modify(start: 12 * P, end: 14 * P) { $0.protection = ro }
        #expect(spans(set) == [[10, 12], [12, 14], [14, 20]])
        set.modify(start: 12 * P, end: 14 * P) { $0.protection = rw }
        #expect(spans(set) == [[10, 20]])
        set.insert(area(20, 22, ro))
        set.modify(start: 15 * P, end: 21 * P) { $0.protection = ro }
        #expect(spans(set) == [[10, 15], [15, 22]])
    }

    static let coverCases: [(UInt64, UInt64, Bool, Bool)] = [
        (10, 12, true, true), (10, 22, true, true), (9, 12, false, true), (12, 13, true, true),
        (10, 23, false, true), (22, 30, false, false), (23, 24, false, false), (5, 10, false, false),
    ]

    /// covers: no holes; overlaps: at least one byte.
    @Test(arguments: coverCases)
    func coverage(start: UInt64, end: UInt64, covered: Bool, overlapped: Bool) {
        var set = VMASet()
        set.insert(area(10, 15))
        set.insert(area(15, 22, ro))
        #expect(set.covers(start: start * P, end: end * P) == covered)
        #expect(set.overlaps(start: start * P, end: end * P) == overlapped)
    }

    /// Random inserts, removals and protection changes agree with a page-by-page model,
    /// and the set stays sorted, disjoint and fully merged.
    @Test func randomizedAgainstPageModel() {
        var random = SplitMix64(seed: 0x5EED_0005)
        var set = VMASet()
        var model = [MemoryProtection?](repeating: nil, count: 64)
        for _ in 0..<1000 {
            let a = UInt64(random.next() % 64), b = UInt64(random.next() % 64)
            let (low, high) = (min(a, b), max(a, b) + 1)
            let protection: MemoryProtection = random.next() % 2 == 0 ? rw : ro
            switch random.next() % 3 {
            case 0:
                if !set.overlaps(start: low * P, end: high * P) {
                    set.insert(area(low, high, protection))
                    for page in low..<high { model[Int(page)] = protection }
                }
            case 1:
                set.remove(start: low * P, end: high * P)
                for page in low..<high { model[Int(page)] = nil }
            default:
                set.modify(start: low * P, end: high * P) { $0.protection = protection }
                for page in low..<high where model[Int(page)] != nil { model[Int(page)] = protection }
            }
            for page in 0..<64 { #expect(set.area(containing: UInt64(page) * P)?.protection == model[page]) }
            for (left, right) in zip(set.areas, set.areas.dropFirst()) {
                #expect(left.end <= right.start && !left.canMerge(with: right))
            }
        }
    }
}
