// PageTableEntry and PageFlags (Kernel/Core/PageTableEntry.swift) against the bit positions
// of Intel SDM Vol. 3A §4.5, Table 4-19.
import Testing
@testable import KernelCore

struct PageTableEntryTests {
    static let flagBitsCases: [(PageFlags, UInt64)] = [
        (PageFlags.present, UInt64(1) << 0), (.writable, 1 << 1), (.user, 1 << 2), (.writeThrough, 1 << 3),
        (.cacheDisable, 1 << 4), (.accessed, 1 << 5), (.dirty, 1 << 6), (.huge, 1 << 7), (.global, 1 << 8),
        (.noExecute, 1 << 63),
    ]

    @Test(arguments: flagBitsCases)
    func flagBits(flag: PageFlags, bit: UInt64) {
        #expect(flag.rawValue == bit)
    }

    static let frameRoundTripCases: [UInt64] = [
        UInt64(0), 0x1000, 0x000F_FFFF_FFFF_F000, 0xABCD_E000,
    ]

    @Test(arguments: frameRoundTripCases)
    func frameRoundTrip(address: UInt64) {
        let entry = PageTableEntry(frame: PhysAddr(checking: address)!, flags: [.present, .writable, .noExecute])
        #expect(entry.frame.value == address)
        #expect(entry.flags == [.present, .writable, .noExecute])
        #expect(entry.isPresent)
        #expect(!entry.isHuge)
        #expect(entry.rawValue == address | 0b11 | (1 << 63))
    }

    @Test func lowBitsOfTheFrameAreDropped() {
        let entry = PageTableEntry(frame: PhysAddr(truncating: 0x1FFF), flags: [])
        #expect(entry.frame.value == 0x1000)
        #expect(!entry.isPresent)
    }

    @Test func largeFrameIgnoresPAT() {
        // Bit 12 of a PS = 1 PD entry is PAT, not address.
        let entry = PageTableEntry(rawValue: 0x4020_1000 | 0x81)
        #expect(entry.largeFrame.value == 0x4020_0000)
        #expect(entry.isHuge)
        #expect(PageTableEntry(rawValue: 0x8000_1000 | 0x81).hugeFrame.value == 0x8000_0000)
    }

    @Test func softwareBitsAreNotFlags() {
        // Bit 9 names copyOnWrite; bits 10, 11 and 52 are software bits Apus leaves unnamed.
        var entry = PageTableEntry(rawValue: (1 << 10) | (1 << 11) | (1 << 52) | 1)
        #expect(entry.flags == .present)
        entry.flags = [.writable]
        #expect(entry.rawValue == (1 << 10) | (1 << 11) | (1 << 52) | 2)
        #expect(PageTableEntry.empty.isEmpty)
    }
}
