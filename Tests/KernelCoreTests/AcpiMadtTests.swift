// Acpi/Madt: RSDP → XSDT/RSDT → MADT parsing with tables built as bytes here, including
// QEMU q35's own layout (I/O APIC at 0xFEC00000, IRQ 0 overridden to GSI 2, IRQ 9 level
// active-high) and malformed entries.
import Testing
@testable import KernelCore

@Suite struct AcpiMadtTests {
    private func le(_ value: UInt64, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }

    private func fixChecksum(_ bytes: inout [UInt8], at index: Int, over count: Int) {
        bytes[index] = 0
        var sum: UInt8 = 0
        for byte in bytes[0..<count] { sum &+= byte }
        bytes[index] = 0 &- sum
    }

    private func rsdp(revision: UInt8, rsdt: UInt32, xsdt: UInt64) -> [UInt8] {
        var bytes = Array("RSD PTR ".utf8) + [0] + Array("BOCHS ".utf8) + [revision] + le(UInt64(rsdt), 4)
        bytes += le(36, 4) + le(xsdt, 8) + [0, 0, 0, 0]
        fixChecksum(&bytes, at: 8, over: 20)
        return bytes
    }

    private func table(_ signature: String, body: [UInt8]) -> [UInt8] {
        Array(signature.utf8) + le(UInt64(36 + body.count), 4) + [UInt8](repeating: 0, count: 28) + body
    }

    private func ioApicEntry(id: UInt8, address: UInt32, base: UInt32) -> [UInt8] {
        [1, 12, id, 0] + le(UInt64(address), 4) + le(UInt64(base), 4)
    }

    private func overrideEntry(source: UInt8, gsi: UInt32, flags: UInt16) -> [UInt8] {
        [2, 10, 0, source] + le(UInt64(gsi), 4) + le(UInt64(flags), 2)
    }

    private func madt(_ entries: [UInt8]...) -> [UInt8] {
        table("APIC", body: le(0xFEE0_0000, 4) + le(1, 4) + entries.flatMap { $0 })
    }

    @Test func rsdpPicksXsdtFromRevision2() {
        #expect(Acpi.rootTable(rsdp: rsdp(revision: 2, rsdt: 0x1000, xsdt: 0x2000))! == (0x2000, 8))
        #expect(Acpi.rootTable(rsdp: rsdp(revision: 0, rsdt: 0x1000, xsdt: 0x2000))! == (0x1000, 4))
        #expect(Acpi.rootTable(rsdp: rsdp(revision: 2, rsdt: 0x1000, xsdt: 0))! == (0x1000, 4))
    }

    @Test func rsdpRejectsBadSignatureOrChecksum() {
        var bytes = rsdp(revision: 2, rsdt: 0x1000, xsdt: 0x2000)
        bytes[19] &+= 1
        #expect(Acpi.rootTable(rsdp: bytes) == nil)
        var wrong = rsdp(revision: 2, rsdt: 0x1000, xsdt: 0x2000)
        wrong[0] = UInt8(ascii: "X")
        #expect(Acpi.rootTable(rsdp: wrong) == nil)
        #expect(Acpi.rootTable(rsdp: []) == nil)
    }

    @Test func rootTableEntries() {
        let xsdt = table("XSDT", body: le(0x1111, 8) + le(0x2222, 8))
        #expect(Acpi.entries(root: xsdt, entrySize: 8) == [0x1111, 0x2222])
        let rsdt = table("RSDT", body: le(0x33, 4) + le(0x44, 4) + le(0x55, 4))
        #expect(Acpi.entries(root: rsdt, entrySize: 4) == [0x33, 0x44, 0x55])
        #expect(Acpi.entries(root: Array(rsdt[0..<20]), entrySize: 4) == [])
    }

    /// QEMU q35's MADT: IRQ 4 (COM1) has no override, so it is GSI 4, edge, active high.
    @Test func qemuQ35Layout() throws {
        let table = madt(ioApicEntry(id: 0, address: 0xFEC0_0000, base: 0),
                         overrideEntry(source: 0, gsi: 2, flags: 0),
                         overrideEntry(source: 5, gsi: 5, flags: 0xD),
                         overrideEntry(source: 9, gsi: 9, flags: 0xD),
                         overrideEntry(source: 10, gsi: 10, flags: 0xD),
                         overrideEntry(source: 11, gsi: 11, flags: 0xD))
        let parsed = try #require(Madt(table))
        #expect(parsed.ioApics == [Madt.IOApic(id: 0, address: 0xFEC0_0000, gsiBase: 0)])
        #expect(parsed.route(isaIRQ: 4) == Madt.Route(gsi: 4, activeLow: false, levelTriggered: false))
        #expect(parsed.route(isaIRQ: 0) == Madt.Route(gsi: 2, activeLow: false, levelTriggered: false))
        #expect(parsed.route(isaIRQ: 9) == Madt.Route(gsi: 9, activeLow: false, levelTriggered: true))
        #expect(parsed.ioApic(for: 4)?.address == 0xFEC0_0000)
    }

    @Test func activeLowLevelOverride() throws {
        let parsed = try #require(Madt(madt(overrideEntry(source: 4, gsi: 20, flags: 0xF))))
        #expect(parsed.route(isaIRQ: 4) == Madt.Route(gsi: 20, activeLow: true, levelTriggered: true))
    }

    @Test func secondIOApicServesHigherGSIs() throws {
        let parsed = try #require(Madt(madt(ioApicEntry(id: 0, address: 0xFEC0_0000, base: 0),
                                            ioApicEntry(id: 1, address: 0xFEC0_1000, base: 24))))
        #expect(parsed.ioApic(for: 23)?.id == 0)
        #expect(parsed.ioApic(for: 24)?.id == 1)
        #expect(parsed.ioApic(for: 100)?.id == 1)
    }

    @Test func unknownEntriesAreSkipped() throws {
        let parsed = try #require(Madt(madt([0, 8, 0, 0, 1, 0, 0, 0], ioApicEntry(id: 3, address: 0x1000, base: 0))))
        #expect(parsed.ioApics.count == 1 && parsed.ioApics[0].id == 3)
    }

    @Test func malformedTablesAreRefused() {
        #expect(Madt(table("FACP", body: [UInt8](repeating: 0, count: 8))) == nil)
        #expect(Madt(madt([1, 0])) == nil)                              // zero-length entry
        #expect(Madt(madt([1, 40, 0, 0])) == nil)                       // runs past the end
        var truncated = madt(ioApicEntry(id: 0, address: 0, base: 0))
        truncated.removeLast(4)                                         // length field lies
        #expect(Madt(truncated) == nil)
        #expect(Madt([]) == nil)
    }
}
