// FrameBitmap (Kernel/Core/FrameBitmap.swift): exhaustive allocation, frees and their
// errors, contiguous runs, word boundaries, and a randomized check against a plain model.
import Testing
@testable import KernelCore

/// A bitmap over freshly allocated storage (kept alive by the test's `defer`).
final class BitmapFixture {
    let storage: UnsafeMutableBufferPointer<UInt64>
    var bitmap: FrameBitmap

    init(base: UInt64 = 0, frames: Int) {
        storage = .allocate(capacity: max(1, FrameBitmap.wordsNeeded(frameCount: frames)))
        storage.initialize(repeating: 0x5A5A_5A5A_5A5A_5A5A)  // garbage the init must overwrite
        bitmap = FrameBitmap(storage: storage, base: PhysAddr(truncating: base), frameCount: frames)
    }

    deinit { storage.deallocate() }
}

func page(_ index: Int, base: UInt64 = 0) -> PhysAddr { PhysAddr(truncating: base + UInt64(index) * 4096) }

struct FrameBitmapTests {
    static let wordsNeededCases: [(Int, Int)] = [(0, 0), (-1, 0), (1, 2), (63, 2), (64, 2), (65, 4), (262_144, 8192)]

    @Test(arguments: wordsNeededCases)
    func wordsNeeded(frames: Int, words: Int) {
        #expect(FrameBitmap.wordsNeeded(frameCount: frames) == words)
    }

    @Test func everythingStartsUsed() {
        let f = BitmapFixture(frames: 200)
        #expect(f.bitmap.freeCount == 0 && f.bitmap.totalManaged == 0)
        #expect(f.bitmap.allocate() == nil)
        #expect(!f.bitmap.isFree(page(5)))
        #expect(!f.bitmap.isManaged(page(5)))
    }

    static let exhaustiveCases: [(UInt64, Int)] = [
        (0, 1), (0, 2), (0, 63), (0, 64), (0, 65), (0, 1000), (0x10_0000, 1), (0x10_0000, 129), (0x10_0000, 4096),
    ]

    /// Allocates until nil: every managed frame exactly once, frame 0 never, in address order.
    @Test(arguments: exhaustiveCases)
    func exhaustiveAllocation(base: UInt64, frames: Int) {
        let f = BitmapFixture(base: base, frames: frames)
        f.bitmap.markFree(PhysAddr(truncating: base), pages: frames)
        let expected = base == 0 ? frames - 1 : frames
        #expect(f.bitmap.freeCount == expected)
        #expect(f.bitmap.totalManaged == expected)
        var seen: [UInt64] = []
        while let frame = f.bitmap.allocate() { seen.append(frame.value) }
        #expect(seen.count == expected)
        #expect(!seen.contains(0))
        #expect(seen == seen.sorted() && Set(seen).count == seen.count)
        #expect(seen.allSatisfy { $0 >= base && $0 < base + UInt64(frames) * 4096 && $0 % 4096 == 0 })
        #expect(f.bitmap.freeCount == 0)
        #expect(f.bitmap.totalManaged == expected)
    }

    @Test func freeAndReuseLowestFirst() throws {
        let f = BitmapFixture(frames: 300)
        f.bitmap.markFree(page(0), pages: 300)
        var frames: [PhysAddr] = []
        while let frame = f.bitmap.allocate() { frames.append(frame) }
        try f.bitmap.free(page(200))
        try f.bitmap.free(page(70))
        #expect(f.bitmap.freeCount == 2)
        #expect(f.bitmap.isFree(page(70)) && f.bitmap.isFree(page(200)))
        #expect(f.bitmap.allocate() == page(70))
        #expect(f.bitmap.allocate() == page(200))
        #expect(f.bitmap.allocate() == nil)
    }

    static let freeErrorCases: [(UInt64, Int, FrameError)] = [
        (0x1001, 1, .notAligned),
        (0x0FFF, 1, .notAligned),
        (0, 1, .notManaged),                  // frame 0 never joins the pool
        (0x1000, 1, .doubleFree),             // free, never allocated
        (100 * 4096, 1, .outOfRange),         // one past the end
        (99 * 4096, 2, .outOfRange),          // range runs past the end
        (0x1000, -1, .outOfRange),
        (0x1000, Int.max, .outOfRange),
        (UInt64(1) << 51, 1, .outOfRange),
    ]

    @Test(arguments: freeErrorCases)
    func freeErrors(address: UInt64, pages: Int, error: FrameError) {
        let f = BitmapFixture(frames: 100)
        f.bitmap.markFree(page(0), pages: 100)
        let before = f.bitmap.freeCount
        #expect(throws: error) { try f.bitmap.free(PhysAddr(truncating: address), pages: pages) }
        #expect(f.bitmap.freeCount == before)
    }

    @Test func belowBaseIsOutOfRange() {
        let f = BitmapFixture(base: 0x10_0000, frames: 10)
        #expect(throws: FrameError.outOfRange) { try f.bitmap.free(PhysAddr(truncating: 0xF_F000)) }
    }

    @Test func doubleFreeIsDetectedAndARangeFreeIsAllOrNothing() throws {
        let f = BitmapFixture(frames: 200)
        f.bitmap.markFree(page(1), pages: 199)
        let runResult = f.bitmap.allocateContiguous(pages: 100, alignment: 1)
        let run = try #require(runResult)
        #expect(run == page(1))
        try f.bitmap.free(page(50))
        #expect(throws: FrameError.doubleFree) { try f.bitmap.free(page(50)) }
        // A range containing the already-free frame 50 frees nothing.
        #expect(throws: FrameError.doubleFree) { try f.bitmap.free(page(1), pages: 100) }
        #expect(!f.bitmap.isFree(page(1)) && !f.bitmap.isFree(page(100)))
        #expect(f.bitmap.freeCount == 100)
        try f.bitmap.free(page(1), pages: 49)
        try f.bitmap.free(page(51), pages: 50)
        #expect(f.bitmap.freeCount == 199)
        try f.bitmap.free(page(7), pages: 0)  // nothing to do, even for a free frame
    }

    @Test func markUsedTakesFramesOutOfThePool() throws {
        let f = BitmapFixture(frames: 128)
        f.bitmap.markFree(page(0), pages: 128)
        #expect(f.bitmap.totalManaged == 127)
        let aResult = f.bitmap.allocate()
        let a = try #require(aResult)
        f.bitmap.markUsed(page(1), pages: 10)  // includes the allocated frame
        #expect(f.bitmap.totalManaged == 117)
        #expect(f.bitmap.freeCount == 117)
        #expect(throws: FrameError.notManaged) { try f.bitmap.free(a) }
        #expect(f.bitmap.allocate() == page(11))
        // Marking free again brings them back, allocated or not.
        f.bitmap.markFree(page(1), pages: 10)
        #expect(f.bitmap.totalManaged == 127)
        #expect(f.bitmap.freeCount == 126)
        #expect(f.bitmap.isFree(a))
    }

    static let clippingCases: [(UInt64, Int, Int)] = [
        // start, pages, frames that become free (bitmap covers frames 16..<80 at base 64 KiB)
        (0, 16, 0),                // entirely below
        (0, 17, 1),                // last page reaches the first frame
        (0, 1000, 64),             // covers everything
        (80 * 4096, 5, 0),         // entirely above
        (79 * 4096, 5, 1),
        (20 * 4096 + 1, 3, 2),     // unaligned start: the partial first and last frames are left out
        (0, Int.max, 64),          // length overflows
        ((1 << 52) - 4096, Int.max, 0),
        (20 * 4096, 0, 0),
        (20 * 4096, -5, 0),
    ]

    @Test(arguments: clippingCases)
    func markFreeClips(start: UInt64, pages: Int, expected: Int) {
        let f = BitmapFixture(base: 16 * 4096, frames: 64)
        f.bitmap.markFree(PhysAddr(truncating: start), pages: pages)
        #expect(f.bitmap.freeCount == expected)
        #expect(f.bitmap.totalManaged == expected)
    }

    @Test func markUsedCoversAPartialFirstFrame() {
        let f = BitmapFixture(frames: 64)
        f.bitmap.markFree(page(0), pages: 64)
        f.bitmap.markUsed(PhysAddr(truncating: 5 * 4096 + 100), pages: 1)
        #expect(!f.bitmap.isFree(page(5)) && !f.bitmap.isFree(page(6)))
        #expect(f.bitmap.freeCount == 61)
    }

    static let wordBoundaryCases: [(Int, Int)] = [(63, 2), (63, 66), (64, 64), (1, 127), (127, 1), (60, 200)]

    @Test(arguments: wordBoundaryCases)
    func rangesCrossingWordBoundaries(first: Int, count: Int) throws {
        let f = BitmapFixture(frames: 300)
        f.bitmap.markFree(page(first), pages: count)
        #expect(f.bitmap.freeCount == count)
        for index in 0..<300 { #expect(f.bitmap.isFree(page(index)) == (index >= first && index < first + count)) }
        let runResult = f.bitmap.allocateContiguous(pages: count, alignment: 1)
        let run = try #require(runResult)
        #expect(run == page(first))
        #expect(f.bitmap.freeCount == 0)
        try f.bitmap.free(run, pages: count)
        #expect(f.bitmap.freeCount == count)
    }

    static let contiguousCases: [(Int, Int, Int?)] = [
        // pages, alignment (pages), expected first frame (pool: frames 1..<1024 free, 1000 used)
        (1, 1, 1), (1, 2, 2), (1, 512, 512), (3, 4, 4), (512, 512, nil), (400, 512, 512),
        (999, 1, 1), (1000, 1, nil), (0, 1, nil), (-1, 1, nil), (1, 0, nil), (1, 3, nil), (1, 2048, nil),
        (23, 1, 1), (24, 8, 8),
    ]

    @Test(arguments: contiguousCases)
    func contiguous(pages: Int, alignment: Int, expected: Int?) {
        let f = BitmapFixture(frames: 1024)
        f.bitmap.markFree(page(0), pages: 1024)
        f.bitmap.markUsed(page(1000), pages: 1)
        let before = f.bitmap.freeCount
        let run = f.bitmap.allocateContiguous(pages: pages, alignment: alignment)
        #expect(run == expected.map { page($0) })
        if let run {
            #expect(f.bitmap.freeCount == before - pages)
            for index in 0..<pages { #expect(!f.bitmap.isFree(run + UInt64(index) * 4096)) }
        } else {
            #expect(f.bitmap.freeCount == before)
        }
    }

    @Test func contiguousSkipsHolesAndRespectsAbsoluteAlignment() throws {
        // base at frame 3: alignment is about physical frame numbers, not bitmap indices.
        let f = BitmapFixture(base: 3 * 4096, frames: 200)
        f.bitmap.markFree(page(3), pages: 200)
        _ = f.bitmap.allocateContiguous(pages: 1, alignment: 16)  // takes frame 16
        let runResult = f.bitmap.allocateContiguous(pages: 16, alignment: 16)
        let run = try #require(runResult)
        #expect(run == page(32))
        #expect(f.bitmap.allocate() == page(3))
    }

    /// Random operations against a plain array model: same results, same counts, same
    /// bits, and no frame handed out twice.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func modelCheck(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let frames = Int.random(in: 1...700, using: &random)
        let baseFrame = Int.random(in: 0...3, using: &random)
        let base = UInt64(baseFrame) * 4096
        let f = BitmapFixture(base: base, frames: frames)
        enum State { case outside, free, used }
        var model = [State](repeating: .outside, count: frames)
        var handedOut: [Int] = []

        for _ in 0..<3000 {
            let start = Int.random(in: -3...(frames + 3), using: &random)
            let count = Int.random(in: -1...90, using: &random)
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<8:
                f.bitmap.markFree(PhysAddr(truncating: UInt64(max(0, baseFrame + start)) * 4096), pages: count)
                let from = max(baseFrame + start, 0)
                if count > 0 {
                    for absolute in from..<(max(baseFrame + start, 0) + count) where absolute != 0 {
                        let index = absolute - baseFrame
                        if index >= 0 && index < frames { model[index] = .free }
                    }
                }
                _ = from
            case 8..<11:
                f.bitmap.markUsed(PhysAddr(truncating: UInt64(max(0, baseFrame + start)) * 4096), pages: count)
                if count > 0 {
                    for absolute in max(baseFrame + start, 0)..<(max(baseFrame + start, 0) + count) {
                        let index = absolute - baseFrame
                        if index >= 0 && index < frames { model[index] = .outside }
                    }
                }
            case 11..<50:
                let got = f.bitmap.allocate()
                let want = model.firstIndex(of: .free)
                #expect(got == want.map { page($0, base: base) })
                if let want { model[want] = .used; handedOut.append(want) }
            case 50..<60:
                let pages = Int.random(in: 1...12, using: &random)
                let alignment = 1 << Int.random(in: 0...4, using: &random)
                let got = f.bitmap.allocateContiguous(pages: pages, alignment: alignment)
                var want: Int? = nil
                var candidate = 0
                while candidate + pages <= frames {
                    if (baseFrame + candidate) % alignment == 0
                        && model[candidate..<(candidate + pages)].allSatisfy({ $0 == .free }) {
                        want = candidate
                        break
                    }
                    candidate += 1
                }
                #expect(got == want.map { page($0, base: base) })
                if let want { for index in want..<(want + pages) { model[index] = .used } }
            default:
                // Free a single frame or a short range, valid or not.
                let index = Int.random(in: -1...(frames), using: &random)
                let pages = Int.random(in: 0...3, using: &random)
                var expected: FrameError? = nil
                if index < 0 || index >= frames || index + pages > frames {
                    expected = pages == 0 ? nil : .outOfRange
                } else if pages > 0 {
                    let slice = model[index..<(index + pages)]
                    if slice.contains(.outside) { expected = .notManaged }
                    else if slice.contains(.free) { expected = .doubleFree }
                }
                let address = PhysAddr(truncating: UInt64(max(0, baseFrame + index)) * 4096)
                if index < 0 && baseFrame + index < 0 {
                    continue  // not expressible as an address
                }
                var thrown: FrameError? = nil
                do { try f.bitmap.free(address, pages: pages) } catch { thrown = error }
                if index < 0 && pages > 0 { expected = .outOfRange }
                if index < 0 && pages == 0 { expected = nil }
                #expect(thrown == expected)
                if expected == nil && pages > 0 { for i in index..<(index + pages) { model[i] = .free } }
            }
            #expect(f.bitmap.freeCount == model.count(where: { $0 == .free }))
            #expect(f.bitmap.totalManaged == model.count(where: { $0 != .outside }))
        }
        for index in 0..<frames {
            #expect(f.bitmap.isFree(page(index, base: base)) == (model[index] == .free))
            #expect(f.bitmap.isManaged(page(index, base: base)) == (model[index] != .outside))
        }
        #expect(!handedOut.contains(-baseFrame))  // physical frame 0
    }
}
