// MemoryMap (Kernel/Core/MemoryMap.swift): firmware types, normalisation tables (unsorted,
// adjacent, overlapping, nested, zero-length, out of range), running out of spare slots,
// and a randomized comparison with a page-by-page painter.
import Testing
@testable import KernelCore

/// A region in page units: (first page, page count, kind).
typealias R = (UInt64, UInt64, MemoryKind)

func region(_ r: R) -> MemoryRegion {
    MemoryRegion(base: PhysAddr(truncating: r.0 * 4096), pages: r.1, kind: r.2)
}

/// Normalises `input` in a buffer with `spare` extra slots and returns the result.
func normalised(_ input: [MemoryRegion], spare: Int = 16) -> [MemoryRegion] {
    let buffer = UnsafeMutableBufferPointer<MemoryRegion>.allocate(capacity: input.count + spare)
    defer { buffer.deallocate() }
    for (index, item) in input.enumerated() { buffer[index] = item }
    let count = MemoryMap.normalise(buffer, count: input.count)
    return Array(buffer[0..<count])
}

/// The kind of every page in `0..<pages` as the most restrictive region covering it says.
func painted(_ input: [R], pages: Int) -> [MemoryKind?] {
    var result = [MemoryKind?](repeating: nil, count: pages)
    for (first, count, kind) in input where count > 0 {
        for page in Int(first)..<min(pages, Int(first + count)) {
            if let current = result[page], current.restrictiveness >= kind.restrictiveness { continue }
            result[page] = kind
        }
    }
    return result
}

/// `painted` as regions: maximal runs of one kind.
func runs(_ pages: [MemoryKind?]) -> [MemoryRegion] {
    var result: [MemoryRegion] = []
    var index = 0
    while index < pages.count {
        guard let kind = pages[index] else { index += 1; continue }
        var end = index
        while end < pages.count && pages[end] == kind { end += 1 }
        result.append(region((UInt64(index), UInt64(end - index), kind)))
        index = end
    }
    return result
}

struct MemoryMapTests {
    static let firmwareTypeCases: [(UInt32, MemoryKind)] = [
        (0, .reserved), (1, .reclaimable), (2, .reclaimable), (3, .reclaimable), (4, .reclaimable),
        (5, .reserved), (6, .reserved), (7, .usable), (8, .reserved), (9, .acpiReclaimable), (10, .acpiNVS),
        (11, .mmio), (12, .mmio), (13, .reserved), (14, .reserved), (15, .reserved), (16, .reserved),
        (0x7FFF_FFFF, .reserved), (0x8000_0000, .reserved), (0x8000_0001, .kernelImage), (0x8000_0002, .initrd),
        (0x8000_0003, .reclaimable), (0x8000_0004, .reserved), (UInt32.max, .reserved),
    ]

    @Test(arguments: firmwareTypeCases)
    func firmwareTypes(type: UInt32, kind: MemoryKind) {
        #expect(MemoryMap.kind(forFirmwareType: type) == kind)
    }

    static let normaliseCases: [(String, [R], [R])] = [
        ("empty", [], []),
        ("zero-length dropped", [(1, 0, .usable), (5, 0, .reserved)], []),
        ("single", [(1, 10, .usable)], [(1, 10, .usable)]),
        ("unsorted", [(20, 5, .usable), (1, 5, .reserved)], [(1, 5, .reserved), (20, 5, .usable)]),
        ("adjacent same kind merge", [(1, 5, .usable), (6, 4, .usable), (10, 1, .usable)], [(1, 10, .usable)]),
        ("adjacent different kinds stay", [(1, 5, .usable), (6, 4, .reclaimable)], [(1, 5, .usable), (6, 4, .reclaimable)]),
        ("gap keeps apart", [(1, 5, .usable), (7, 4, .usable)], [(1, 5, .usable), (7, 4, .usable)]),
        ("overlap same kind", [(1, 10, .usable), (5, 10, .usable)], [(1, 14, .usable)]),
        ("duplicate", [(1, 10, .acpiNVS), (1, 10, .acpiNVS)], [(1, 10, .acpiNVS)]),
        ("contained same kind", [(1, 10, .usable), (3, 2, .usable)], [(1, 10, .usable)]),
        ("reserved splits usable", [(0, 100, .usable), (40, 10, .reserved)],
         [(0, 40, .usable), (40, 10, .reserved), (50, 50, .usable)]),
        ("usable inside reserved vanishes", [(0, 100, .reserved), (40, 10, .usable)], [(0, 100, .reserved)]),
        ("overlap tail to restrictive", [(0, 10, .usable), (5, 10, .acpiNVS)], [(0, 5, .usable), (5, 10, .acpiNVS)]),
        ("overlap head to restrictive", [(5, 10, .usable), (0, 10, .reserved)], [(0, 10, .reserved), (10, 5, .usable)]),
        ("same base, restrictive shorter", [(0, 10, .usable), (0, 4, .kernelImage)], [(0, 4, .kernelImage), (4, 6, .usable)]),
        ("same base, restrictive longer", [(0, 4, .usable), (0, 10, .initrd)], [(0, 10, .initrd)]),
        ("kernel beats initrd", [(0, 10, .initrd), (5, 10, .kernelImage)], [(0, 5, .initrd), (5, 10, .kernelImage)]),
        ("reclaimable loses to kernel, keeps both ends", [(0, 30, .reclaimable), (10, 5, .kernelImage), (20, 2, .initrd)],
         [(0, 10, .reclaimable), (10, 5, .kernelImage), (15, 5, .reclaimable), (20, 2, .initrd), (22, 8, .reclaimable)]),
        ("chain of nested", [(0, 100, .usable), (10, 80, .reclaimable), (20, 60, .acpiReclaimable), (30, 40, .reserved)],
         [(0, 10, .usable), (10, 10, .reclaimable), (20, 10, .acpiReclaimable), (30, 40, .reserved),
          (70, 10, .acpiReclaimable), (80, 10, .reclaimable), (90, 10, .usable)]),
        ("pieces merge after a split", [(0, 10, .usable), (10, 10, .reserved), (5, 10, .usable)],
         [(0, 10, .usable), (10, 10, .reserved)]),
        ("hole re-merges", [(0, 10, .usable), (20, 10, .usable), (10, 10, .usable)], [(0, 30, .usable)]),
    ]

    @Test(arguments: normaliseCases)
    func normalise(name: String, input: [R], expected: [R]) {
        let result = normalised(input.map(region))
        #expect(result == expected.map(region), "\(name)")
        // Normalising again changes nothing.
        #expect(normalised(result) == result, "\(name)")
    }

    let limit = PhysAddr.limit

    @Test func bytesAtTheEdgesOfPhysicalAddressSpace() {
        let input = [
            MemoryRegion(base: PhysAddr(truncating: limit - 4096), pages: UInt64.max, kind: .usable),  // end saturates
            MemoryRegion(base: PhysAddr(truncating: 0), pages: 1, kind: .reserved),
        ]
        let result = normalised(input)
        #expect(result == [region((0, 1, .reserved)),
                           MemoryRegion(base: PhysAddr(truncating: limit - 4096), pages: 1, kind: .usable)])
        #expect(input[0].end == limit)
    }

    @Test func unalignedBasesShrinkRAMAndGrowTheRest() {
        let input = [
            MemoryRegion(base: PhysAddr(truncating: 0x1800), pages: 2, kind: .usable),      // 0x1800..0x3800 → 0x2000..0x3000
            MemoryRegion(base: PhysAddr(truncating: 0x10_0800), pages: 1, kind: .reserved), // → 0x10_0000..0x10_2000
            MemoryRegion(base: PhysAddr(truncating: 0x20_0800), pages: 1, kind: .usable),   // nothing whole: dropped
        ]
        #expect(normalised(input) == [
            MemoryRegion(base: PhysAddr(truncating: 0x2000), pages: 1, kind: .usable),
            MemoryRegion(base: PhysAddr(truncating: 0x10_0000), pages: 2, kind: .reserved),
        ])
    }

    @Test func countLargerThanTheBufferIsClamped() {
        let buffer = UnsafeMutableBufferPointer<MemoryRegion>.allocate(capacity: 2)
        defer { buffer.deallocate() }
        buffer[0] = region((0, 1, .usable))
        buffer[1] = region((1, 1, .usable))
        #expect(MemoryMap.normalise(buffer, count: 5) == 1)
        #expect(MemoryMap.normalise(buffer, count: -1) == 0)
    }

    /// With no spare slot, a split drops the less restrictive tail: memory is never
    /// reported as a less restrictive kind than it is.
    @Test func runningOutOfSpareSlotsDropsTheLessRestrictivePiece() {
        let input: [R] = [(0, 100, .usable), (10, 5, .reserved), (30, 5, .acpiNVS)]
        let result = normalised(input.map(region), spare: 0)
        #expect(result == [(0, 10, .usable), (10, 5, .reserved), (30, 5, .acpiNVS)].map(region))
        let withRoom = normalised(input.map(region), spare: 2)
        #expect(withRoom == [(0, 10, .usable), (10, 5, .reserved), (15, 15, .usable), (30, 5, .acpiNVS),
                             (35, 65, .usable)].map(region))
    }

    /// Random maps against the painter with room to split; then again with 0–2 spare slots,
    /// where the result may only leave pages out, never change their kind.
    @Test(arguments: Array(UInt64(1)...UInt64(300)))
    func randomizedAgainstPainter(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let kinds: [MemoryKind] = [.usable, .reclaimable, .kernelImage, .initrd, .acpiReclaimable, .acpiNVS, .reserved]
        let universe = 128
        let count = Int.random(in: 0...14, using: &random)
        let input: [R] = (0..<count).map { _ in
            (UInt64.random(in: 0..<96, using: &random), UInt64.random(in: 0...24, using: &random),
             kinds.randomElement(using: &random)!)
        }
        let truth = painted(input, pages: universe)
        #expect(normalised(input.map(region), spare: 2 * count + 2) == runs(truth))

        let tight = normalised(input.map(region), spare: Int(seed % 3))
        #expect(tight.count <= count + Int(seed % 3))
        var seen = [MemoryKind?](repeating: nil, count: universe)
        var previousEnd: UInt64 = 0
        for item in tight {
            #expect(item.base.value >= previousEnd)  // sorted, no overlap
            previousEnd = item.end
            for page in Int(item.base.value / 4096)..<Int(item.end / 4096) { seen[page] = item.kind }
        }
        for page in 0..<universe {
            #expect(seen[page] == nil || seen[page] == truth[page], "page \(page) seed \(seed)")
            if truth[page] == .reserved { #expect(seen[page] == .reserved) }
        }
    }

    @Test func summary() {
        let map = [(0, 1, .reserved), (1, 100, .usable), (101, 10, .reclaimable), (111, 20, .kernelImage),
                   (131, 5, .initrd), (136, 3, .acpiReclaimable), (139, 2, .acpiNVS), (200, 50, .usable),
                   (300, 7, .reclaimable), (400, 64, .mmio)].map { (r: R) in region(r) }
        let summary = map.withUnsafeBufferPointer { MemoryMap.summary($0) }
        #expect(summary.usableBytes == 150 * 4096)
        #expect(summary.reclaimableBytes == 17 * 4096)
        #expect(summary.reservedBytes == (1 + 20 + 5 + 3 + 2) * 4096)
        #expect(summary.kernelBytes == 20 * 4096)
        #expect(summary.initrdBytes == 5 * 4096)
        #expect(summary.acpiBytes == 5 * 4096)
        #expect(summary.mmioBytes == 64 * 4096, "MMIO is address space, counted apart from reserved RAM")
        #expect(summary.highestUsableEnd == 250 * 4096)
        #expect(summary.highestAllocatableEnd == 307 * 4096)
        #expect(MemoryMap.summary(UnsafeBufferPointer(start: nil, count: 0)) == MemorySummary())
    }

    @Test(arguments: [(UInt32(0), UInt64(0), MemoryKind.mmio), (0, 0x8, .reserved), (0, 0xF, .reserved),
                      (7, 0, .usable), (10, 0, .acpiNVS), (11, 0x8, .mmio), (5, 0x8000_0000_0000_0008, .reserved)])
    func reservedWithoutWriteBackIsDeviceSpace(type: UInt32, attributes: UInt64, kind: MemoryKind) {
        #expect(MemoryMap.kind(forFirmwareType: type, attributes: attributes) == kind)
    }

    @Test(arguments: [(MemoryKind.usable, true), (.reclaimable, true), (.initrd, true), (.kernelImage, true),
                      (.acpiReclaimable, true), (.acpiNVS, true), (.reserved, false), (.mmio, false)])
    func directMapCoversRAMOnly(kind: MemoryKind, isRAM: Bool) {
        #expect(kind.isRAM == isRAM)
    }
}
