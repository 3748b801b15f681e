// The parts of the ACPI Fixed ACPI Description Table ("FACP") that power the machine off
// and reset it: the PM1a/PM1b control registers, the SMI command that hands the hardware
// to the OS, the DSDT's address (for \_S5) and the reset register. ACPI 6.5 §5.2.9
// (FADT fields, Table 5.9), §5.2.3.2 (Generic Address Structure), §4.8.3.2 (PM1 control).
// Pure: Drivers/AcpiPower.swift copies the table out of physical memory.

/// Where a register lives (ACPI Generic Address Structure, 12 bytes).
public struct AcpiGenericAddress: Equatable, Sendable {
    public enum Space: Equatable, Sendable {
        case memory
        case io
        /// PCI configuration space of a device on segment 0, bus 0.
        case pciConfiguration(device: UInt8, function: UInt8, offset: UInt16)
        case other(UInt8)
    }

    public var space: Space
    public var address: UInt64
    public var bitWidth: UInt8

    static let spaceMemory: UInt8 = 0, spaceIO: UInt8 = 1, spacePCI: UInt8 = 2

    /// Parses 12 bytes at `offset`; nil when out of range or the address is 0 (absent).
    init?(_ table: [UInt8], at offset: Int) {
        guard let id = table.acpiLittleEndian(offset, 1), let width = table.acpiLittleEndian(offset + 1, 1),
              let address = table.acpiLittleEndian(offset + 4, 8), address != 0 else { return nil }
        switch UInt8(id) {
        case Self.spaceMemory: space = .memory
        case Self.spaceIO: space = .io
        case Self.spacePCI:
            // §5.2.3.2: bits 32–47 device, 16–31 function, 0–15 offset.
            space = .pciConfiguration(device: UInt8(truncatingIfNeeded: address >> 32),
                                      function: UInt8(truncatingIfNeeded: address >> 16),
                                      offset: UInt16(truncatingIfNeeded: address))
        default: space = .other(UInt8(id))
        }
        self.address = address
        bitWidth = UInt8(width)
    }

    public init(space: Space, address: UInt64, bitWidth: UInt8) {
        self.space = space
        self.address = address
        self.bitWidth = bitWidth
    }

    /// A legacy 32-bit I/O port block field (0 = absent).
    static func port(_ table: [UInt8], at offset: Int) -> AcpiGenericAddress? {
        guard let port = table.acpiLittleEndian(offset, 4), port != 0, port <= UInt64(UInt16.max) else { return nil }
        return AcpiGenericAddress(space: .io, address: port, bitWidth: 16)
    }
}

public struct AcpiFadt: Equatable, Sendable {
    public static let signature: [UInt8] = Array("FACP".utf8)

    public var pm1aControl: AcpiGenericAddress?
    public var pm1bControl: AcpiGenericAddress?
    /// The SMI command port and the value that switches the chipset to ACPI mode (0 when
    /// the firmware has no such switch: the system is always in ACPI mode).
    public var smiCommand: UInt16
    public var acpiEnable: UInt8
    public var dsdt: UInt64
    /// The reset register and the value to write, when the FADT says it is supported.
    public var reset: (register: AcpiGenericAddress, value: UInt8)?
    /// Hardware-reduced ACPI: no PM1 blocks, sleep through other registers.
    public var hardwareReduced: Bool

    // Offsets in the FADT (Table 5.9).
    static let dsdtOffset = 40, smiCommandOffset = 48, acpiEnableOffset = 52
    static let pm1aControlOffset = 64, pm1bControlOffset = 68
    static let flagsOffset = 112, resetRegisterOffset = 116, resetValueOffset = 128
    static let extendedDsdtOffset = 140, extendedPm1aControlOffset = 172, extendedPm1bControlOffset = 184
    static let resetRegisterSupported: UInt64 = 1 << 10
    static let hardwareReducedFlag: UInt64 = 1 << 20

    public static func == (a: AcpiFadt, b: AcpiFadt) -> Bool {
        a.pm1aControl == b.pm1aControl && a.pm1bControl == b.pm1bControl && a.smiCommand == b.smiCommand
            && a.acpiEnable == b.acpiEnable && a.dsdt == b.dsdt && a.hardwareReduced == b.hardwareReduced
            && a.reset?.register == b.reset?.register && a.reset?.value == b.reset?.value
    }

    /// Parses a whole FADT; nil if it is not one or too short for the ACPI 1.0 fields.
    /// The 64-bit (X_) fields win over the 32-bit ones when the table has them (§5.2.9).
    public init?(_ table: [UInt8]) {
        guard Acpi.signature(table) == Self.signature, let length = Acpi.tableLength(header: table),
              length <= table.count, length >= Self.flagsOffset else { return nil }
        let bytes = Array(table[0..<length])
        smiCommand = UInt16(truncatingIfNeeded: bytes.acpiLittleEndian(Self.smiCommandOffset, 4) ?? 0)
        acpiEnable = UInt8(truncatingIfNeeded: bytes.acpiLittleEndian(Self.acpiEnableOffset, 1) ?? 0)
        dsdt = bytes.acpiLittleEndian(Self.extendedDsdtOffset, 8).flatMap { $0 == 0 ? nil : $0 }
            ?? bytes.acpiLittleEndian(Self.dsdtOffset, 4) ?? 0
        pm1aControl = AcpiGenericAddress(bytes, at: Self.extendedPm1aControlOffset)
            ?? AcpiGenericAddress.port(bytes, at: Self.pm1aControlOffset)
        pm1bControl = AcpiGenericAddress(bytes, at: Self.extendedPm1bControlOffset)
            ?? AcpiGenericAddress.port(bytes, at: Self.pm1bControlOffset)
        let flags = bytes.acpiLittleEndian(Self.flagsOffset, 4) ?? 0
        hardwareReduced = flags & Self.hardwareReducedFlag != 0
        if flags & Self.resetRegisterSupported != 0, let register = AcpiGenericAddress(bytes, at: Self.resetRegisterOffset),
           let value = bytes.acpiLittleEndian(Self.resetValueOffset, 1) {
            reset = (register, UInt8(value))
        } else {
            reset = nil
        }
    }
}

/// PM1 control register bits (§4.8.3.2.1).
public enum AcpiPM1Control {
    public static let sciEnable: UInt16 = 1 << 0
    public static let sleepTypeShift: UInt16 = 10
    public static let sleepTypeMask: UInt16 = 0b111 << 10
    public static let sleepEnable: UInt16 = 1 << 13

    /// The value that enters sleep type `type` from the register's `current` value:
    /// the other bits kept, SLP_TYP replaced, SLP_EN set (Linux acpi_hw_legacy_sleep
    /// writes the type first, then the same value with SLP_EN).
    public static func sleepValue(current: UInt16, type: UInt8) -> (typeOnly: UInt16, withEnable: UInt16) {
        let typed = (current & ~(sleepTypeMask | sleepEnable)) | (UInt16(type & 0b111) << sleepTypeShift)
        return (typed, typed | sleepEnable)
    }
}

extension Array where Element == UInt8 {
    /// Little-endian read of `size` bytes at `offset`, nil past the end.
    func acpiLittleEndian(_ offset: Int, _ size: Int) -> UInt64? {
        guard offset >= 0, size <= 8, offset <= count - size else { return nil }
        var value: UInt64 = 0
        for index in (0..<size).reversed() { value = value << 8 | UInt64(self[offset + index]) }
        return value
    }
}
