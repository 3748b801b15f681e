// Finding the I/O APIC and the ISA IRQ routing in the ACPI tables: the RSDP's pointer to
// the XSDT (or RSDT), the MADT ("APIC") among its entries, and the MADT's I/O APIC and
// Interrupt Source Override entries. ACPI 6.5 §5.2.5 (RSDP), §5.2.7/8 (RSDT/XSDT), §5.2.12
// (MADT; I/O APIC structure §5.2.12.3, Interrupt Source Override §5.2.12.5). Pure: the
// kernel's Drivers/IOAPIC.swift reads the physical memory and hands the bytes in.

/// Little-endian reads from a byte table, nil past the end.
fileprivate extension Array where Element == UInt8 {
    func littleEndian(_ offset: Int, _ size: Int) -> UInt64? {
        guard offset >= 0, size <= 8, offset <= count - size else { return nil }
        var value: UInt64 = 0
        for index in (0..<size).reversed() { value = value << 8 | UInt64(self[offset + index]) }
        return value
    }
}

public enum Acpi {
    /// The RSDP's signature, "RSD PTR " (§5.2.5.3).
    public static let rsdpSignature: [UInt8] = Array("RSD PTR ".utf8)
    /// Every system description table starts with a 36-byte header (§5.2.6).
    public static let headerSize = 36

    /// The physical address of the root table from a 36-byte (ACPI 2+) or 20-byte (1.0)
    /// RSDP: the XSDT (8-byte entries) when revision ≥ 2 and it is set, else the RSDT
    /// (4-byte entries). Nil when the signature or checksum is wrong.
    public static func rootTable(rsdp: [UInt8]) -> (address: UInt64, entrySize: Int)? {
        guard rsdp.count >= 20, Array(rsdp[0..<8]) == rsdpSignature, checksumOK(rsdp, count: 20) else { return nil }
        let revision = rsdp[15]
        if revision >= 2, rsdp.count >= 36, let xsdt = rsdp.littleEndian(24, 8), xsdt != 0 {
            return (xsdt, 8)
        }
        guard let rsdt = rsdp.littleEndian(16, 4), rsdt != 0 else { return nil }
        return (rsdt, 4)
    }

    /// The header's length field (offset 4).
    public static func tableLength(header: [UInt8]) -> Int? {
        header.littleEndian(4, 4).map { Int($0) }
    }

    /// The 4-character signature of a table.
    public static func signature(_ table: [UInt8]) -> [UInt8] {
        table.count >= 4 ? Array(table[0..<4]) : []
    }

    /// The table addresses listed in an RSDT or XSDT.
    public static func entries(root: [UInt8], entrySize: Int) -> [UInt64] {
        guard let length = tableLength(header: root), length <= root.count, length >= headerSize else { return [] }
        var result: [UInt64] = []
        var offset = headerSize
        while offset + entrySize <= length {
            if let address = root.littleEndian(offset, entrySize) { result.append(address) }
            offset += entrySize
        }
        return result
    }

    /// All bytes of the first `count` sum to 0 mod 256.
    public static func checksumOK(_ bytes: [UInt8], count: Int) -> Bool {
        guard count <= bytes.count else { return false }
        var sum: UInt8 = 0
        for byte in bytes[0..<count] { sum &+= byte }
        return sum == 0
    }
}

/// What the MADT says about interrupt routing.
public struct Madt: Equatable {
    /// The MADT's signature.
    public static let signature: [UInt8] = Array("APIC".utf8)

    public struct IOApic: Equatable {
        public var id: UInt8
        /// Physical address of its registers.
        public var address: UInt64
        /// The first global system interrupt (GSI) it handles.
        public var gsiBase: UInt32
    }

    /// An ISA IRQ delivered on another GSI or with other polarity/trigger.
    public struct Override: Equatable {
        public var source: UInt8
        public var gsi: UInt32
        /// MPS INTI flags: bits 0–1 polarity, 2–3 trigger mode.
        public var flags: UInt16
    }

    /// How an ISA IRQ reaches an I/O APIC input.
    public struct Route: Equatable {
        public var gsi: UInt32
        public var activeLow: Bool
        public var levelTriggered: Bool
    }

    public var ioApics: [IOApic] = []
    public var overrides: [Override] = []

    private static let entriesStart = 44   // header + local APIC address + flags
    private static let typeIOApic: UInt8 = 1, typeOverride: UInt8 = 2

    /// Parses a whole MADT; nil if it is not one or is malformed.
    public init?(_ table: [UInt8]) {
        guard Acpi.signature(table) == Madt.signature, let length = Acpi.tableLength(header: table),
              length >= Madt.entriesStart, length <= table.count else { return nil }
        var offset = Madt.entriesStart
        while offset + 2 <= length {
            let type = table[offset], size = Int(table[offset + 1])
            guard size >= 2, offset + size <= length else { return nil }
            if type == Madt.typeIOApic, size >= 12,
               let address = table.littleEndian(offset + 4, 4), let base = table.littleEndian(offset + 8, 4) {
                ioApics.append(IOApic(id: table[offset + 2], address: address, gsiBase: UInt32(base)))
            } else if type == Madt.typeOverride, size >= 10,
                      let gsi = table.littleEndian(offset + 4, 4), let flags = table.littleEndian(offset + 8, 2) {
                overrides.append(Override(source: table[offset + 3], gsi: UInt32(gsi), flags: UInt16(flags)))
            }
            offset += size
        }
    }

    /// Where ISA `irq` arrives: identity-mapped, edge-triggered, active high unless an
    /// override says otherwise ("conforms to the bus" = the ISA defaults).
    public func route(isaIRQ irq: UInt8) -> Route {
        guard let entry = overrides.first(where: { $0.source == irq }) else {
            return Route(gsi: UInt32(irq), activeLow: false, levelTriggered: false)
        }
        let polarity = entry.flags & 0b11, trigger = (entry.flags >> 2) & 0b11
        return Route(gsi: entry.gsi, activeLow: polarity == 0b11, levelTriggered: trigger == 0b11)
    }

    /// The I/O APIC whose inputs include `gsi` (the one with the highest base ≤ gsi).
    public func ioApic(for gsi: UInt32) -> IOApic? {
        ioApics.filter { $0.gsiBase <= gsi }.max(by: { $0.gsiBase < $1.gsiBase })
    }
}
