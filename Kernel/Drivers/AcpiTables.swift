// Reading ACPI tables out of physical memory at boot, for the parsers in KernelCore
// (Acpi, Madt, AcpiFadt, AcpiSleepState): the RSDP's root table, a table by signature,
// a table at an address.
import KernelCore

enum AcpiTables {
    /// Larger than any sane table; a corrupt length is not followed further. (A DSDT on a
    /// big server is a few hundred KiB.)
    static let maxTableBytes = 1 << 20

    /// The first table with `signature` listed by the RSDP's root table; nil without one.
    static func find(_ signature: [UInt8], rsdp: UInt64, regions: UnsafeBufferPointer<MemoryRegion>) -> [UInt8]? {
        guard rsdp != 0, let root = Acpi.rootTable(rsdp: physicalBytes(rsdp, 36, regions)) else { return nil }
        let rootTable = table(at: root.address, regions)
        for address in Acpi.entries(root: rootTable, entrySize: root.entrySize) {
            let header = physicalBytes(address, Acpi.headerSize, regions)
            if Acpi.signature(header) == signature { return table(at: address, regions) }
        }
        return nil
    }

    /// A whole ACPI table: its header's length, bounded; empty when it makes no sense.
    static func table(at address: UInt64, _ regions: UnsafeBufferPointer<MemoryRegion>) -> [UInt8] {
        let header = physicalBytes(address, Acpi.headerSize, regions)
        guard let length = Acpi.tableLength(header: header), length >= Acpi.headerSize, length <= maxTableBytes else { return [] }
        return physicalBytes(address, length, regions)
    }

    /// Copies physical memory: through the direct map when it is RAM the map covers (ACPI
    /// tables usually are), else through a fresh uncached device window.
    static func physicalBytes(_ address: UInt64, _ count: Int, _ regions: UnsafeBufferPointer<MemoryRegion>) -> [UInt8] {
        let end = address &+ UInt64(count)
        guard address != 0, end > address else { return [] }
        let inRAM = regions.contains { $0.kind.isRAM && $0.base.value <= address && end <= $0.base.value + $0.pages * PageSize.small }
        let source: UnsafeRawPointer = inRAM
            ? UnsafeRawPointer(DirectMap.pointer(PhysAddr(truncating: address)))
            : UnsafeRawPointer(KernelAddressSpace.mapDevice(PhysAddr(truncating: address), bytes: count))
        return [UInt8](UnsafeRawBufferPointer(start: source, count: count))
    }
}
