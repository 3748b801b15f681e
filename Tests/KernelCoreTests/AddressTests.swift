// PhysAddr, VirtAddr and AddressSpaceLayout (Kernel/Core/Addresses.swift,
// AddressSpaceLayout.swift): edge values first.
import Testing
@testable import KernelCore

struct PhysAddrTests {
    static let checkingCases: [(UInt64, Bool)] = [
        (UInt64(0), true), (0xFFF, true), (0x1000, true), ((1 << 52) - 1, true),
        (1 << 52, false), (UInt64.max, false), (0x8000_0000_0000_0000, false),
    ]

    @Test(arguments: checkingCases)
    func checking(value: UInt64, valid: Bool) {
        #expect((PhysAddr(checking: value) != nil) == valid)
        if valid { #expect(PhysAddr(checking: value)?.value == value) }
    }

    static let truncatingCases: [(UInt64, UInt64)] = [
        (UInt64(0), UInt64(0)), (UInt64.max, (1 << 52) - 1), (1 << 52, 0), (0x1234, 0x1234),
    ]

    @Test(arguments: truncatingCases)
    func truncating(value: UInt64, expected: UInt64) {
        #expect(PhysAddr(truncating: value).value == expected)
    }

    static let alignmentCases: [(UInt64, UInt64, UInt64, UInt64?)] = [
        // value, alignment, down, up (nil = overflow)
        (UInt64(0), UInt64(4096), UInt64(0), UInt64?(0)),
        (1, 4096, 0, 4096),
        (4095, 4096, 0, 4096),
        (4096, 4096, 4096, 4096),
        (4097, 4096, 4096, 8192),
        ((1 << 52) - 1, 4096, (1 << 52) - 4096, nil),
        ((1 << 52) - 4096, 4096, (1 << 52) - 4096, (1 << 52) - 4096),
        (0x20_0001, 0x20_0000, 0x20_0000, 0x40_0000),
        (7, 1, 7, 7),
    ]

    @Test(arguments: alignmentCases)
    func alignment(value: UInt64, alignment: UInt64, down: UInt64, up: UInt64?) {
        let address = PhysAddr(checking: value)!
        #expect(address.alignedDown(to: alignment).value == down)
        #expect(address.alignedUp(to: alignment)?.value == up)
        #expect(address.isAligned(to: alignment) == (value == down))
    }

    static let addingCases: [(UInt64, UInt64, UInt64?)] = [
        (UInt64(0), UInt64(0), UInt64?(0)), (0, (1 << 52) - 1, (1 << 52) - 1), (1, (1 << 52) - 1, nil),
        ((1 << 52) - 1, 1, nil), (0x1000, UInt64.max, nil), (0x1000, 0x1000, 0x2000),
    ]

    @Test(arguments: addingCases)
    func adding(value: UInt64, offset: UInt64, expected: UInt64?) {
        #expect(PhysAddr(checking: value)!.adding(offset)?.value == expected)
    }

    @Test func arithmeticAndFrames() {
        let a = PhysAddr(frameNumber: 3)
        #expect(a.value == 0x3000)
        #expect(a.frameNumber == 3)
        #expect((a + 0x123).pageOffset == 0x123)
        #expect((a + 0x1000) - a == 0x1000)
        #expect(a.subtracting(0x3001) == nil)
        #expect(a.subtracting(0x3000)?.value == 0)
        #expect(PhysAddr(truncating: 1) < PhysAddr(truncating: 2))
    }
}

struct VirtAddrTests {
    static let canonicalCases: [(UInt64, Bool)] = [
        (UInt64(0), true), (0x0000_7FFF_FFFF_FFFF, true), (0x0000_8000_0000_0000, false),
        (0xFFFF_7FFF_FFFF_FFFF, false), (0xFFFF_8000_0000_0000, true), (UInt64.max, true),
        (0x0001_0000_0000_0000, false), (AddressSpaceLayout.userTop, true),
    ]

    @Test(arguments: canonicalCases)
    func canonical(value: UInt64, valid: Bool) {
        #expect((VirtAddr(checking: value) != nil) == valid)
        #expect(VirtAddr.isCanonical(value) == valid)
    }

    static let truncatingCases: [(UInt64, UInt64)] = [
        (UInt64(0), UInt64(0)), (0x0000_8000_0000_0000, 0xFFFF_8000_0000_0000),
        (0x0001_0000_0000_1000, 0x1000), (UInt64.max, UInt64.max), (0x1234_5678_9ABC_DEF0, 0x5678_9ABC_DEF0),
    ]

    @Test(arguments: truncatingCases)
    func truncating(value: UInt64, expected: UInt64) {
        #expect(VirtAddr(truncating: value).value == expected)
    }

    static let indicesCases: [(UInt64, Int, Int, Int, Int, UInt64)] = [
        // value, pml4, pdpt, pd, pt, offset
        (UInt64(0), 0, 0, 0, 0, UInt64(0)),
        (0xFFF, 0, 0, 0, 0, 0xFFF),
        (0x1000, 0, 0, 0, 1, 0),
        (0x20_0000, 0, 0, 1, 0, 0),
        (0x4000_0000, 0, 1, 0, 0, 0),
        (0x80_0000_0000, 1, 0, 0, 0, 0),
        (AddressSpaceLayout.userTop - 4096, 127, 511, 511, 511, 0),
        (AddressSpaceLayout.directMapBase, 128, 0, 0, 0, 0),
        (AddressSpaceLayout.kernelBase, 255, 510, 0, 0, 0),
        (0x0000_7FFF_FFFF_FFFF, 255, 511, 511, 511, 0xFFF),
        (0xFFFF_8000_0000_0000, 256, 0, 0, 0, 0),
        (UInt64.max, 511, 511, 511, 511, 0xFFF),
    ]

    @Test(arguments: indicesCases)
    func indices(value: UInt64, pml4: Int, pdpt: Int, pd: Int, pt: Int, offset: UInt64) {
        let v = VirtAddr(checking: value)!
        #expect(v.pml4Index == pml4)
        #expect(v.pdptIndex == pdpt)
        #expect(v.pdIndex == pd)
        #expect(v.ptIndex == pt)
        #expect(v.pageOffset == offset)
        #expect(v.tableIndex(level: 4) == pml4 && v.tableIndex(level: 1) == pt)
    }

    static let alignmentCases: [(UInt64, UInt64, UInt64, UInt64?)] = [
        (UInt64(0), UInt64(4096), UInt64(0), UInt64?(0)),
        (1, 4096, 0, 4096),
        (0x0000_7FFF_FFFF_F001, 4096, 0x0000_7FFF_FFFF_F000, nil),  // up leaves the lower half
        (0xFFFF_FFFF_FFFF_F001, 4096, 0xFFFF_FFFF_FFFF_F000, nil),  // up overflows
        (0xFFFF_8000_0000_0001, 0x20_0000, 0xFFFF_8000_0000_0000, 0xFFFF_8000_0020_0000),
    ]

    @Test(arguments: alignmentCases)
    func alignment(value: UInt64, alignment: UInt64, down: UInt64, up: UInt64?) {
        let v = VirtAddr(checking: value)!
        #expect(v.alignedDown(to: alignment).value == down)
        #expect(v.alignedUp(to: alignment)?.value == up)
    }

    static let addingCases: [(UInt64, UInt64, UInt64?)] = [
        (UInt64(0), UInt64(0), UInt64?(0)),
        (0x0000_7FFF_FFFF_F000, 0xFFF, 0x0000_7FFF_FFFF_FFFF),
        (0x0000_7FFF_FFFF_F000, 0x1000, nil),
        (UInt64.max, 1, nil),
        (0xFFFF_8000_0000_0000, 0x1000, 0xFFFF_8000_0000_1000),
    ]

    @Test(arguments: addingCases)
    func adding(value: UInt64, offset: UInt64, expected: UInt64?) {
        #expect(VirtAddr(checking: value)!.adding(offset)?.value == expected)
    }
}

struct LayoutTests {
    static let top = AddressSpaceLayout.userTop

    static let userRangeCases: [(UInt64, UInt64, Bool)] = [
        (UInt64(0), UInt64(0), true),
        (0, 1, true),
        (0, top, true),
        (0, top + 1, false),
        (top - 4096, 4096, true),
        (top - 4096, 4097, false),
        (top, 0, true),
        (top, 1, false),
        (top - 1, 1, true),
        (UInt64.max, 1, false),
        (1, UInt64.max, false),
        (UInt64.max, UInt64.max, false),
        (0x1000, UInt64.max - 0xFFF, false),  // start + length wraps to 0
    ]

    @Test(arguments: userRangeCases)
    func userRange(start: UInt64, length: UInt64, valid: Bool) {
        #expect(AddressSpaceLayout.isUserRange(start: start, length: length) == valid)
    }

    @Test func constants() {
        #expect(AddressSpaceLayout.userTop == 0x0000_4000_0000_0000)
        #expect(AddressSpaceLayout.directMapBase == 0x0000_4000_0000_0000)
        #expect(AddressSpaceLayout.kernelBase == 0x0000_7FFF_8000_0000)
        #expect(VirtAddr(checking: AddressSpaceLayout.directMapBase)!.pml4Index == AddressSpaceLayout.firstKernelPML4Index)
        #expect(PageSize.small == 4096 && PageSize.large == 2 * 1024 * 1024 && PageSize.huge == 1 << 30)
        #expect(AddressSpaceLayout.isKernelAddress(AddressSpaceLayout.kernelBase))
        #expect(!AddressSpaceLayout.isKernelAddress(AddressSpaceLayout.userTop - 1))
        #expect(!AddressSpaceLayout.isKernelAddress(0xFFFF_8000_0000_0000))
    }
}
