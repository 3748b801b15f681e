// UserAddressMap (Kernel/Core/UserAddressMap*.swift): the decisions of brk, mmap, munmap,
// mprotect, mremap, madvise and stack growth, with Linux's errnos at the edge values (zero
// length, unaligned addresses, the user top, UInt64.max, overflowing address + length).
import Testing
import LinuxABI
@testable import KernelCore

private let P = PageSize.small
private let top = AddressSpaceLayout.userTop
private let rw: MemoryProtection = [.PROT_READ, .PROT_WRITE]
private let privateAnon: MapFlags = [.MAP_PRIVATE, .MAP_ANONYMOUS]

/// A map like exec builds: heap at 1 MiB, stack VMA of 32 pages under the top, mmap base below.
private func makeMap() -> UserAddressMap {
    let stackTop = top - P
    var map = UserAddressMap(brkStart: 0x10_0000, mmapBase: UserAddressMap.mmapBase(stackTop: stackTop, stackLimit: 8 << 20),
                             stackLimit: 8 << 20)
    map.areas.insert(VMA(start: stackTop - 32 * P, end: stackTop, protection: rw, flags: [.growsDown, .stack]))
    return map
}

private func request(_ address: UInt64, _ length: UInt64, _ protection: MemoryProtection = rw,
                     _ flags: MapFlags = privateAnon, backing: VMABacking = .anonymous) -> MmapRequest {
    MmapRequest(address: address, length: length, protection: protection, flags: flags, backing: backing)
}

private func errno(_ body: () throws -> Void) -> Errno? {
    do { try body(); return nil } catch { return (error as? Errno) ?? .EIO }
}

struct UserAddressMapTests {
    static let mmapErrorCases: [(MmapRequest, Errno)] = [
        (request(0, 0), .EINVAL),                                                  // zero length
        (request(0, UInt64.max), .ENOMEM),                                         // length rounds past 2^64
        (request(0, top + 1), .ENOMEM),                                            // longer than user space
        (request(0, P, rw, [.MAP_SHARED, .MAP_ANONYMOUS]), .EINVAL),               // shared: not supported
        (request(0, P, rw, [.MAP_ANONYMOUS]), .EINVAL),                            // no mapping type
        (request(0, P, rw, MapFlags(rawValue: 0x0F | 0x20)), .EINVAL),             // bad mapping type
        (request(0, P, [.PROT_READ, .PROT_WRITE, .PROT_EXEC]), .EACCES),           // W^X
        (request(0x40_0001, P, rw, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]), .EINVAL),   // unaligned fixed
        (request(top - P, 2 * P, rw, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]), .ENOMEM), // past the top
        (request(UInt64.max - P + 1, P, rw, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]), .ENOMEM),
        (request(0, P, rw, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]), .EPERM),   // below mmap_min_addr
        (request(0, P, .PROT_READ, [.MAP_PRIVATE], backing: .file(id: 1, offset: 1)), .EINVAL),  // unaligned offset
        (request(0, 2 * P, .PROT_READ, [.MAP_PRIVATE], backing: .file(id: 1, offset: UInt64.max - P + 1)), .EOVERFLOW),
    ]

    @Test(arguments: mmapErrorCases)
    func mmapRefuses(request: MmapRequest, expected: Errno) {
        var map = makeMap()
        let before = map
        #expect(errno { _ = try map.mmap(request) } == expected)
        #expect(map == before)
    }

    @Test func mmapWithoutHintGoesTopDownBelowTheBase() throws {
        var map = makeMap()
        let (first, _) = try map.mmap(request(0, 3 * P))
        let (second, _) = try map.mmap(request(0, P))
        #expect(first == map.mmapBase - 3 * P)
        #expect(second == first - P)
        #expect(map.areas.count == 2)   // merged with its neighbour, plus the stack
    }

    static let hintCases: [(UInt64, UInt64?)] = [
        (0x4000_0000, 0x4000_0000),         // free: used as is
        (0x4000_0123, 0x4000_0000),         // unaligned hint: rounded down, as Linux does
        (0x1000, UserAddressMap.minimumAddress),   // below mmap_min_addr: raised to it
        (top - 34 * P, nil),                 // in the stack's guard gap: searched instead
        (top, nil),                          // outside user space: searched instead
    ]

    @Test(arguments: hintCases)
    func mmapHint(hint: UInt64, expected: UInt64?) throws {
        var map = makeMap()
        let (address, _) = try map.mmap(request(hint, P))
        #expect(address == expected ?? map.mmapBase - P)
    }

    @Test func mmapFixedReplacesAndNoReplaceRefuses() throws {
        var map = makeMap()
        let (base, _) = try map.mmap(request(0x4000_0000, 4 * P))
        let (fixed, changes) = try map.mmap(request(base + P, P, .PROT_READ, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]))
        #expect(fixed == base + P && changes == [.unmap(start: base + P, end: base + 2 * P)])
        #expect(map.areas.area(containing: base + P)?.protection == .PROT_READ)
        #expect(map.areas.area(containing: base + 2 * P)?.protection == rw)
        let noReplace: MapFlags = [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED_NOREPLACE]
        #expect(errno { _ = try map.mmap(request(base + 3 * P, 2 * P, rw, noReplace)) } == .EEXIST)
        let (free, none) = try map.mmap(request(base + 4 * P, P, rw, noReplace))
        #expect(free == base + 4 * P && none.isEmpty)
    }

    @Test func mmapSearchNeverGoesBelowTheBreak() {
        var map = makeMap()
        map.mmapBase = map.brkStart + 4 * P
        #expect(errno { _ = try map.mmap(request(0, 5 * P)) } == .ENOMEM)
        #expect(errno { _ = try map.mmap(request(0, 4 * P)) } == nil)
    }

    static let munmapErrorCases: [(UInt64, UInt64)] = [
        (0x4000_0001, P), (0x4000_0000, 0), (top, P), (top - P, 2 * P), (UInt64.max - P + 1, P), (0x4000_0000, UInt64.max),
    ]

    @Test(arguments: munmapErrorCases)
    func munmapRefusesWithEINVAL(start: UInt64, length: UInt64) {
        var map = makeMap()
        #expect(errno { _ = try map.munmap(start: start, length: length) } == .EINVAL)
    }

    @Test func munmapSplitsAndAcceptsHoles() throws {
        var map = makeMap()
        let (base, _) = try map.mmap(request(0x4000_0000, 3 * P))
        #expect(try map.munmap(start: base + P, length: 1) == [.unmap(start: base + P, end: base + 2 * P)])
        #expect(map.areas.area(containing: base) != nil && map.areas.area(containing: base + P) == nil)
        #expect(map.areas.area(containing: base + 2 * P) != nil)
        #expect(try map.munmap(start: 0x7000_0000, length: P).count == 1)   // nothing there: fine
    }

    static let mprotectCases: [(UInt64, UInt64, Int32, Errno?)] = [
        (0x4000_0001, P, 1, .EINVAL),                 // unaligned
        (0x4000_0000, 0, 1, nil),                     // zero length: nothing to do
        (0x4000_0001, 0, 1, .EINVAL),                 // alignment is checked first
        (0x4000_0000, UInt64.max, 1, .ENOMEM),        // length wraps
        (0x4000_0000, P, 0x10, .EINVAL),              // unknown bit
        (0x4000_0000, P, 0x0300_0001, .EINVAL),       // GROWSDOWN | GROWSUP
        (0x4000_0000, P, 0x0200_0001, .EINVAL),       // GROWSUP: no such areas on x86
        (0x4000_0000, P, 0x0100_0001, .EINVAL),       // GROWSDOWN on an ordinary area
        (0x4000_0000, 4 * P, 1, .ENOMEM),             // runs past the mapping
        (0x3FFF_F000, 2 * P, 1, .ENOMEM),             // starts in a hole
        (0x4000_0000, 2 * P, 6, .EACCES),             // W^X
        (0x4000_0000, 2 * P, 0, nil),                 // PROT_NONE
        (0x4000_0000, P, 0x8 | 1, nil),               // PROT_SEM is accepted
    ]

    @Test(arguments: mprotectCases)
    func mprotect(start: UInt64, length: UInt64, protection: Int32, expected: Errno?) throws {
        var map = makeMap()
        _ = try map.mmap(request(0x4000_0000, 3 * P))
        _ = try map.munmap(start: 0x4000_0000 + 3 * P, length: P)
        let before = map
        #expect(errno { _ = try map.mprotect(start: start, length: length, protection: protection) } == expected)
        if expected != nil { #expect(map == before) }
    }

    @Test func mprotectSplitsAndMergesBack() throws {
        var map = makeMap()
        let (base, _) = try map.mmap(request(0x4000_0000, 3 * P))
        let changes = try map.mprotect(start: base + P, length: P, protection: 1)
        #expect(changes == [.protect(start: base + P, end: base + 2 * P, protection: .PROT_READ)])
        #expect(map.areas.count == 4)
        _ = try map.mprotect(start: base + P, length: P, protection: 3)
        #expect(map.areas.count == 2)
    }

    @Test func mprotectGrowsDownReachesTheAreaStart() throws {
        var map = makeMap()
        let stack = try #require(map.areas.areas.last)
        let changes = try map.mprotect(start: stack.end - P, length: P, protection: 0x0100_0001)
        #expect(changes == [.protect(start: stack.start, end: stack.end, protection: .PROT_READ)])
    }

    static let brkCases: [(UInt64, UInt64)] = [
        (0, 0x10_0000), (0x10_0000 - 1, 0x10_0000), (0x10_0001, 0x10_0001), (0x20_0000, 0x20_0000),
        (top, 0x10_0000), (UInt64.max, 0x10_0000),
    ]

    /// brk returns the new break, or the old one when refused.
    @Test(arguments: brkCases)
    func brk(requested: UInt64, expected: UInt64) {
        var map = makeMap()
        #expect(map.setBreak(requested).0 == expected)
        #expect(map.brk == expected)
    }

    @Test func brkGrowsShrinksAndStopsBeforeAMapping() throws {
        var map = makeMap()
        #expect(map.setBreak(0x10_0000 + 10 * P).0 == 0x10_0000 + 10 * P)
        #expect(map.areas.area(containing: 0x10_0000 + 9 * P)?.flags == .heap)
        let (_, drop) = map.setBreak(0x10_0000 + 4 * P + 1)
        #expect(drop == [.unmap(start: 0x10_0000 + 5 * P, end: 0x10_0000 + 10 * P)])
        _ = try map.mmap(request(0x10_0000 + 20 * P, P, rw, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]))
        #expect(map.setBreak(0x10_0000 + 19 * P).0 == 0x10_0000 + 19 * P)   // one page gap kept
        #expect(map.setBreak(0x10_0000 + 20 * P).0 == 0x10_0000 + 19 * P)   // would touch the mapping
    }

    static let mremapErrorCases: [(UInt64, UInt64, UInt64, Int32, UInt64, Errno)] = [
        (0x4000_0000, P, 2 * P, 8, 0, .EINVAL),                 // unknown flag
        (0x4000_0000, P, 2 * P, 2, 0x5000_0000, .EINVAL),       // FIXED without MAYMOVE
        (0x4000_0000, P, 2 * P, 4, 0, .EINVAL),                 // DONTUNMAP without MAYMOVE
        (0x4000_0000, P, 2 * P, 5, 0, .EINVAL),                 // DONTUNMAP resizing
        (0x4000_0001, P, 2 * P, 1, 0, .EINVAL),                 // unaligned
        (0x4000_0000, P, 0, 1, 0, .EINVAL),                     // new length 0
        (0x4000_0000, P, UInt64.max, 1, 0, .EINVAL),            // new length wraps
        (0x6000_0000, P, 2 * P, 1, 0, .EFAULT),                 // nothing mapped there
        (0x4000_0000, 8 * P, 9 * P, 1, 0, .EFAULT),             // old range runs past the area
        (0x4000_0000, 0, P, 1, 0, .EINVAL),                     // old length 0 of a private mapping
        (0x4000_0000, 2 * P, 2 * P, 3, 0x4000_1000, .EINVAL),   // FIXED onto itself
        (0x4000_0000, 2 * P, 2 * P, 3, 0x5000_0001, .EINVAL),   // FIXED unaligned target
        (0x4000_0000, 2 * P, 2 * P, 3, top - P, .EINVAL),       // FIXED target past the top
        (0x4000_0000, top, P, 3, 0x5000_0000, .EINVAL),         // FIXED: the dropped tail would pass the top
        (0x4000_0000, UInt64.max - 2 * P, P, 3, 0x5000_0000, .EINVAL),
        (0x4000_0000, P, 2 * P, 0, 0, .ENOMEM),                 // cannot grow in place, may not move
    ]

    @Test(arguments: mremapErrorCases)
    func mremapRefuses(address: UInt64, old: UInt64, new: UInt64, flags: Int32, target: UInt64, expected: Errno) throws {
        var map = makeMap()
        _ = try map.mmap(request(0x4000_0000, 4 * P))
        _ = try map.mmap(request(0x4000_0000 + P, P, .PROT_READ, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]))
        let before = map
        #expect(errno { _ = try map.mremap(address: address, oldLength: old, newLength: new, flags: flags, newAddress: target) } == expected)
        #expect(map == before)
    }

    @Test func mremapShrinksGrowsInPlaceAndMoves() throws {
        var map = makeMap()
        let (base, _) = try map.mmap(request(0x4000_0000, 4 * P))
        #expect(try map.mremap(address: base, oldLength: 4 * P, newLength: 2 * P, flags: 0, newAddress: 0)
                == (base, [.unmap(start: base + 2 * P, end: base + 4 * P)]))
        #expect(try map.mremap(address: base, oldLength: 2 * P, newLength: 6 * P, flags: 0, newAddress: 0) == (base, []))
        #expect(map.areas.area(containing: base + 5 * P)?.start == base)
        _ = try map.mmap(request(base + 6 * P, P, .PROT_READ, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]))
        let (moved, changes) = try map.mremap(address: base, oldLength: 6 * P, newLength: 8 * P, flags: 1, newAddress: 0)
        #expect(moved == map.mmapBase - 8 * P)
        #expect(changes == [.move(from: base, to: moved, length: 6 * P), .unmap(start: base, end: base + 6 * P)])
        #expect(map.areas.area(containing: base) == nil && map.areas.area(containing: moved + 7 * P)?.protection == rw)
        let (fixed, fixedChanges) = try map.mremap(address: moved, oldLength: 8 * P, newLength: 2 * P, flags: 3, newAddress: 0x5000_0000)
        #expect(fixed == 0x5000_0000)
        #expect(fixedChanges == [.unmap(start: 0x5000_0000, end: 0x5000_0000 + 2 * P),
                                 .unmap(start: moved + 2 * P, end: moved + 8 * P),
                                 .move(from: moved, to: 0x5000_0000, length: 2 * P),
                                 .unmap(start: moved, end: moved + 2 * P)])
        let (kept, keptChanges) = try map.mremap(address: fixed, oldLength: 2 * P, newLength: 2 * P, flags: 5, newAddress: 0)
        #expect(keptChanges == [.move(from: fixed, to: kept, length: 2 * P)])
        #expect(map.areas.area(containing: fixed) != nil)   // DONTUNMAP keeps the old range mapped
    }

    @Test func madvise() throws {
        var map = makeMap()
        let (base, _) = try map.mmap(request(0x4000_0000, 2 * P))
        #expect(errno { _ = try map.madvise(start: base, length: P, advice: 999) } == .EINVAL)
        #expect(errno { _ = try map.madvise(start: base + 1, length: P, advice: 4) } == .EINVAL)
        #expect(errno { _ = try map.madvise(start: base, length: UInt64.max, advice: 4) } == .EINVAL)
        #expect(try map.madvise(start: base, length: 0, advice: 4).changes.isEmpty)
        let dontNeed = try map.madvise(start: base, length: P, advice: 4)
        #expect(dontNeed.changes == [.unmap(start: base, end: base + P)] && dontNeed.unmappedError == nil)
        let pastEnd = try map.madvise(start: base, length: 3 * P, advice: 4)
        #expect(pastEnd.changes == [.unmap(start: base, end: base + 2 * P)] && pastEnd.unmappedError == .ENOMEM)
        #expect(try map.madvise(start: base, length: P, advice: 0).changes.isEmpty)
    }

    @Test func faultsCheckRightsAndGrowTheStack() throws {
        var map = makeMap()
        let stack = try #require(map.areas.areas.last)
        let (readOnly, _) = try map.mmap(request(0x4000_0000, P, .PROT_READ))
        let (none, _) = try map.mmap(request(0x4100_0000, P, []))
        #expect(map.areaForFault(at: readOnly, access: .read) != nil)
        #expect(map.areaForFault(at: readOnly, access: .write) == nil)
        #expect(map.areaForFault(at: readOnly, access: .execute) == nil)
        #expect(map.areaForFault(at: none, access: .read) == nil)
        #expect(map.areaForFault(at: 0, access: .read) == nil)
        #expect(map.areaForFault(at: top, access: .read) == nil)
        // Just below the stack: it grows to the faulting page.
        #expect(map.areaForFault(at: stack.start - 1, access: .write)?.start == stack.start - P)
        // Up to the limit, and not one page more.
        let lowest = stack.end - map.stackLimit
        #expect(map.areaForFault(at: lowest, access: .write)?.start == lowest)
        #expect(map.areaForFault(at: lowest - 1, access: .write) == nil)
    }

    @Test func stackKeepsItsGuardGap() throws {
        var map = makeMap()
        let stack = try #require(map.areas.areas.last)
        let below = stack.start - 16 * P - map.guardGap
        _ = try map.mmap(request(below - P, P, rw, [.MAP_PRIVATE, .MAP_ANONYMOUS, .MAP_FIXED]))
        #expect(map.areaForFault(at: stack.start - 16 * P, access: .write) != nil)
        #expect(map.areaForFault(at: stack.start - 17 * P, access: .write) == nil)
        // A hinted mmap into the guard gap is placed elsewhere.
        let (placed, _) = try map.mmap(request(stack.start - 16 * P - P, P))
        #expect(placed != stack.start - 17 * P)
    }

    @Test func findFreeEdges() {
        let map = makeMap()
        #expect(map.findFree(length: 0, floor: 0, ceiling: P) == nil)
        #expect(map.findFree(length: P, floor: P, ceiling: P) == nil)
        #expect(map.findFree(length: P, floor: 0x10_0000, ceiling: 0x10_0000 + P) == 0x10_0000)
        #expect(map.findFree(length: 2 * P, floor: 0x10_0000, ceiling: 0x10_0000 + P) == nil)
        #expect(map.findFree(length: P, floor: 0, ceiling: top) == top - P)   // the page above the stack
        #expect(map.findFree(length: 2 * P, floor: 0, ceiling: top) == top - P - 32 * P - map.guardGap - 2 * P)
    }
}

struct UserAddressMapExecTests {
    @Test func segmentsSharingAPageTakeTheUnion() {
        var map = UserAddressMap(brkStart: 0x40_3000, mmapBase: 0x1000_0000, stackLimit: 8 << 20)
        map.addSegment(start: 0x40_0000, end: 0x40_2000, protection: [.PROT_READ, .PROT_EXEC])
        map.addSegment(start: 0x40_1000, end: 0x40_3000, protection: .PROT_READ)
        #expect(map.areas.areas.map { [$0.start, $0.end, UInt64($0.protection.rawValue)] }
                == [[0x40_0000, 0x40_2000, 5], [0x40_2000, 0x40_3000, 1]])
        #expect(map.brkStart == 0x40_3000 && map.brk == 0x40_3000)
    }

    static let stackCases: [(UInt64, UInt64)] = [
        (top - P - 100, top - P - 4096 - 128 * 1024),            // small image: 128 KiB below its page
        (top - P - (8 << 20) + 10, top - P - (8 << 20)),          // never below the limit
    ]

    @Test(arguments: stackCases)
    func stackArea(lowestUsed: UInt64, expectedStart: UInt64) throws {
        var map = UserAddressMap(brkStart: 0x40_0000, mmapBase: 0x1000_0000, stackLimit: 8 << 20)
        #expect(try map.addStack(top: top - P, lowestUsed: lowestUsed) == expectedStart)
        #expect(map.areas.areas.last?.flags == [.growsDown, .stack])
    }

    /// A segment where the stack goes refuses the exec instead of overlapping it.
    @Test func stackOverASegmentIsRefused() {
        var map = UserAddressMap(brkStart: 0x40_0000, mmapBase: 0x1000_0000, stackLimit: 8 << 20)
        map.addSegment(start: top - 4 * P, end: top - 3 * P, protection: .PROT_READ)
        #expect(errno { _ = try map.addStack(top: top - P, lowestUsed: top - 2 * P) } == .EEXIST)
    }
}
