// PageTableWalker (Kernel/Core/PageTableWalker.swift) over an emulated physical memory:
// round trips at edge addresses, large pages, refusals, and out-of-memory atomicity.
import Testing
@testable import KernelCore

struct PageTableWalkerTests {
    static let top = AddressSpaceLayout.userTop

    static let smallRoundTripCases: [UInt64] = [
        UInt64(0), 0x1000, 0x20_0000 - 0x1000, 0x20_0000, 0x4000_0000, top - 4096, top,
        AddressSpaceLayout.kernelBase, 0x0000_7FFF_FFFF_F000, 0xFFFF_8000_0000_0000, 0xFFFF_FFFF_FFFF_F000,
    ]

    @Test(arguments: smallRoundTripCases)
    func smallRoundTrip(address: UInt64) throws {
        var (walker, physical) = makeWalker()
        let v = virt(address)
        let frame = phys(0xABCD_E000)
        let flags: PageFlags = [.present, .writable, .user, .noExecute]
        try walker.map(v, to: frame, size: .small4K, flags: flags)
        #expect(physical.tablesInUse == 3)
        let (translated, leafFlags) = try #require(walker.translate(v))
        #expect(translated == frame)
        #expect(leafFlags == flags)
        #expect(walker.translate(v + 0xFFF)?.0 == frame + 0xFFF)
        #expect(walker.mappingSize(v) == .small4K)
        // Neighbours stay unmapped.
        if let next = v.adding(4096) { #expect(walker.translate(next) == nil) }
        if let previous = v.subtracting(4096) { #expect(walker.translate(previous) == nil) }

        let (returned, flush) = try walker.unmap(v)
        #expect(returned == frame)
        #expect(flush.size == .small4K)
        var flushed: [VirtAddr] = []
        flush.flush { flushed.append($0) }
        #expect(flushed == [v])
        #expect(walker.translate(v) == nil)
        // Map again after unmap: the tables are reused, not allocated again.
        try walker.map(v, to: frame, size: .small4K, flags: flags)
        #expect(physical.tablesInUse == 3)
    }

    @Test func intermediateEntriesArePresentWritableAndUserOnlyForUserLeaves() throws {
        var (walker, physical) = makeWalker()
        try walker.map(virt(0x40_0000), to: phys(0x5000), size: .small4K, flags: [.present])
        let pml4e = PageTableEntry(rawValue: physical.pointer(walker.root)[0])
        #expect(pml4e.flags == [.present, .writable])
        // A user leaf under the same tables turns .user on along the path.
        try walker.map(virt(0x40_1000), to: phys(0x6000), size: .small4K, flags: [.present, .user])
        var table = walker.root
        for level in stride(from: 4, to: 1, by: -1) {
            let entry = PageTableEntry(rawValue: physical.pointer(table)[virt(0x40_1000).tableIndex(level: level)])
            #expect(entry.flags == [.present, .writable, .user])
            table = entry.frame
        }
        // The kernel leaf is still not user-accessible.
        #expect(walker.translate(virt(0x40_0000))?.1 == [.present])
    }

    @Test func flagsGainPresentAndLoseHugeForSmallPages() throws {
        var (walker, _) = makeWalker()
        try walker.map(virt(0x1000), to: phys(0x2000), size: .small4K, flags: [.writable, .huge])
        #expect(walker.translate(virt(0x1000))?.1 == [.present, .writable])
    }

    static let largeRoundTripCases: [UInt64] = [UInt64(0), 0x20_0000, top - PageSize.large, AddressSpaceLayout.directMapBase,
                      AddressSpaceLayout.kernelBase]

    @Test(arguments: largeRoundTripCases)
    func largeRoundTrip(address: UInt64) throws {
        var (walker, physical) = makeWalker()
        let v = virt(address)
        try walker.map(v, to: phys(0x4000_0000), size: .large2M, flags: [.present, .writable, .global])
        #expect(physical.tablesInUse == 2)
        #expect(walker.translate(v)?.0 == phys(0x4000_0000))
        #expect(walker.translate(v)?.1 == [.present, .writable, .global, .huge])
        #expect(walker.translate(v + 0x1F_FFFF)?.0 == phys(0x401F_FFFF))
        #expect(walker.mappingSize(v + 0x12_3000) == .large2M)
        // A 4 KiB map or unmap inside it is refused.
        #expect(throws: MapError.conflictsWithHugePage) {
            try walker.map(v + 0x1000, to: phys(0x1000), size: .small4K, flags: [.present])
        }
        #expect(throws: MapError.conflictsWithHugePage) { _ = try walker.unmap(v + 0x1000) }
        #expect(throws: MapError.alreadyMapped) {
            try walker.map(v, to: phys(0x20_0000), size: .large2M, flags: [.present])
        }
        let (frame, flush) = try walker.unmap(v)
        #expect(frame == phys(0x4000_0000))
        #expect(flush.size == .large2M)
        flush.ignore()
        #expect(walker.translate(v) == nil)
    }

    @Test func hugePageRoundTripAndTranslationOfFirmwareStyleEntries() throws {
        var (walker, _) = makeWalker()
        try walker.map(virt(0x4000_0000), to: phys(0x8000_0000), size: .huge1G, flags: [.present])
        #expect(walker.translate(virt(0x7FFF_FFFF))?.0 == phys(0xBFFF_FFFF))
        #expect(walker.mappingSize(virt(0x4000_0000)) == .huge1G)
        #expect(throws: MapError.conflictsWithHugePage) {
            try walker.map(virt(0x4020_0000), to: phys(0), size: .large2M, flags: [.present])
        }
        #expect(try walker.unmap(virt(0x4000_0000)).0 == phys(0x8000_0000))
    }

    @Test func largeMapOverAPageTableIsRefused() throws {
        var (walker, _) = makeWalker()
        try walker.map(virt(0x20_3000), to: phys(0x1000), size: .small4K, flags: [.present])
        #expect(throws: MapError.alreadyMapped) {
            try walker.map(virt(0x20_0000), to: phys(0x20_0000), size: .large2M, flags: [.present])
        }
        _ = try walker.unmap(virt(0x20_3000))
        // The (now empty) page table still occupies the PD slot: still refused, by design.
        #expect(throws: MapError.alreadyMapped) {
            try walker.map(virt(0x20_0000), to: phys(0x20_0000), size: .large2M, flags: [.present])
        }
    }

    static let misalignedCases: [(UInt64, UInt64, PageMapSize)] = [
        (UInt64(0x1001), UInt64(0x1000), PageMapSize.small4K),
        (0x1000, 0x1001, .small4K),
        (0x1000, 0x20_0000, .large2M),
        (0x20_0000, 0x1000, .large2M),
        (0x20_0000, 0x20_0000, .huge1G),
    ]

    @Test(arguments: misalignedCases)
    func misaligned(virtual: UInt64, physical: UInt64, size: PageMapSize) {
        var (walker, memory) = makeWalker()
        #expect(throws: MapError.misaligned) {
            try walker.map(virt(virtual), to: phys(physical), size: size, flags: [.present])
        }
        #expect(memory.allocated == 0)
    }

    @Test func doubleMapIsRefusedAndKeepsTheFirstMapping() throws {
        var (walker, _) = makeWalker()
        try walker.map(virt(0x1000), to: phys(0x2000), size: .small4K, flags: [.present])
        #expect(throws: MapError.alreadyMapped) {
            try walker.map(virt(0x1000), to: phys(0x3000), size: .small4K, flags: [.present, .writable])
        }
        #expect(walker.translate(virt(0x1000))?.0 == phys(0x2000))
        #expect(walker.translate(virt(0x1000))?.1 == [.present])
    }

    static let unmapOfUnmappedCases: [UInt64] = [UInt64(0), 0x1000, top - 4096, 0xFFFF_FFFF_FFFF_F000]

    @Test(arguments: unmapOfUnmappedCases)
    func unmapOfUnmapped(address: UInt64) throws {
        var (walker, _) = makeWalker()
        #expect(throws: MapError.notMapped) { _ = try walker.unmap(virt(address)) }
        #expect(throws: MapError.notMapped) { _ = try walker.protect(virt(address), flags: [.present]) }
        // With the tables present but the leaf empty.
        try walker.map(virt(address ^ 0x1000), to: phys(0x1000), size: .small4K, flags: [.present])
        #expect(throws: MapError.notMapped) { _ = try walker.unmap(virt(address)) }
        #expect(throws: MapError.misaligned) { _ = try walker.unmap(virt(address | 1)) }
    }

    @Test func protectKeepsFrameAndAccessedDirty() throws {
        var (walker, physical) = makeWalker()
        let v = virt(0x7000)
        try walker.map(v, to: phys(0x9000), size: .small4K, flags: [.present, .writable])
        // The CPU sets accessed and dirty.
        var table = walker.root
        for level in stride(from: 4, to: 1, by: -1) {
            table = PageTableEntry(rawValue: physical.pointer(table)[v.tableIndex(level: level)]).frame
        }
        physical.pointer(table)[v.ptIndex] |= PageFlags([.accessed, .dirty]).rawValue
        let flush = try walker.protect(v, flags: [.user, .noExecute])
        #expect(flush.address == v)
        flush.ignore()
        #expect(walker.translate(v)?.0 == phys(0x9000))
        #expect(walker.translate(v)?.1 == [.present, .user, .noExecute, .accessed, .dirty])
        // The path became user-accessible.
        let pml4e = PageTableEntry(rawValue: physical.pointer(walker.root)[0])
        #expect(pml4e.flags.contains(.user))
    }

    @Test func protectLargePageKeepsHuge() throws {
        var (walker, _) = makeWalker()
        try walker.map(virt(0x20_0000), to: phys(0x60_0000), size: .large2M, flags: [.present, .writable])
        try walker.protect(virt(0x20_0000), flags: [.present]).ignore()
        #expect(walker.translate(virt(0x20_0000))?.1 == [.present, .huge])
        #expect(walker.translate(virt(0x20_0000))?.0 == phys(0x60_0000))
    }

    /// Every budget from 0 to 2 tables fails cleanly; the tables look exactly as before and
    /// a later map with memory succeeds.
    static let outOfMemoryLeavesNoHalfStateCases: [Int] = [0, 1, 2]

    @Test(arguments: outOfMemoryLeavesNoHalfStateCases)
    func outOfMemoryLeavesNoHalfState(budget: Int) throws {
        var (walker, physical) = makeWalker()
        physical.budget = budget
        let v = virt(0x0000_1234_5678_9000)
        let before = (0..<(physical.frameCount * 512)).map { physical.bytes.load(fromByteOffset: $0 * 8, as: UInt64.self) }
        #expect(throws: MapError.outOfMemory) {
            try walker.map(v, to: phys(0x1000), size: .small4K, flags: [.present, .user])
        }
        let after = (0..<(physical.frameCount * 512)).map { physical.bytes.load(fromByteOffset: $0 * 8, as: UInt64.self) }
        #expect(before == after)
        #expect(physical.tablesInUse == 0)
        #expect(walker.translate(v) == nil)
        physical.budget = nil
        try walker.map(v, to: phys(0x1000), size: .small4K, flags: [.present, .user])
        #expect(walker.translate(v)?.0 == phys(0x1000))
        #expect(physical.tablesInUse == 3)
    }

    @Test func outOfMemoryHalfwayDownAnExistingPath() throws {
        var (walker, physical) = makeWalker()
        try walker.map(virt(0x1000), to: phys(0x1000), size: .small4K, flags: [.present])
        physical.budget = 0
        // Same PML4 and PDPT entries, new PD index: needs one new PT only.
        #expect(throws: MapError.outOfMemory) {
            try walker.map(virt(0x20_0000), to: phys(0x2000), size: .small4K, flags: [.present])
        }
        physical.budget = 1
        try walker.map(virt(0x20_0000), to: phys(0x2000), size: .small4K, flags: [.present])
        #expect(walker.translate(virt(0x20_0000))?.0 == phys(0x2000))
        #expect(walker.translate(virt(0x1000))?.0 == phys(0x1000))
    }

    @Test func manyPagesAcrossTableBoundaries() throws {
        var (walker, physical) = makeWalker(frames: 128)
        // 1100 pages: crosses two PT boundaries (512 entries each).
        let start: UInt64 = 0x1F_E000
        for index in 0..<UInt64(1100) {
            try walker.map(virt(start + index * 4096), to: phys(0x100_0000 + index * 4096), size: .small4K,
                           flags: [.present, .writable])
        }
        #expect(physical.tablesInUse == 2 + 4)  // PDPT, PD, and four PTs
        for index in stride(from: UInt64(0), to: 1100, by: 7) {
            #expect(walker.translate(virt(start + index * 4096 + 5))?.0 == phys(0x100_0000 + index * 4096 + 5))
        }
        #expect(walker.translate(virt(start - 4096)) == nil)
        #expect(walker.translate(virt(start + 1100 * 4096)) == nil)
    }

    @Test func errnoMapping() {
        #expect(MapError.outOfMemory.errno == .ENOMEM)
        #expect(MapError.alreadyMapped.errno == .EEXIST)
        #expect(MapError.misaligned.errno == .EINVAL)
        #expect(MapError.notMapped.errno == .ENOMEM)
    }
}
