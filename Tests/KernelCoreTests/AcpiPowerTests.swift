// AcpiFadt and AcpiSleepState (Kernel/Core): the FADT fields that power off and reset,
// 32-bit vs 64-bit fields, the reset register only when supported, truncated tables; the
// \_S5 package in its AML encodings, and the forms that are refused.
import Testing
@testable import KernelCore

/// A table with a valid header for `signature` and `length` bytes, patched by `fields`.
func acpiTable(_ signature: String, length: Int, _ fields: [(Int, [UInt8])] = []) -> [UInt8] {
    var table = [UInt8](repeating: 0, count: length)
    for (index, byte) in signature.utf8.enumerated() { table[index] = byte }
    for index in 0..<4 { table[4 + index] = UInt8(truncatingIfNeeded: length >> (8 * index)) }
    for (offset, bytes) in fields { for (index, byte) in bytes.enumerated() { table[offset + index] = byte } }
    return table
}

func le(_ value: UInt64, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

/// A Generic Address Structure.
func gas(space: UInt8, width: UInt8, address: UInt64) -> [UInt8] { [space, width, 0, 1] + le(address, 8) }

struct AcpiFadtTests {
    @Test func acpi1FadtUsesThe32BitFields() throws {
        let fadt = try #require(AcpiFadt(acpiTable("FACP", length: 116, [
            (40, le(0x7FE0_0000, 4)), (48, le(0xB2, 4)), (52, [0xF1]), (64, le(0x604, 4)), (68, le(0, 4)),
        ])))
        #expect(fadt.dsdt == 0x7FE0_0000 && fadt.smiCommand == 0xB2 && fadt.acpiEnable == 0xF1)
        #expect(fadt.pm1aControl == AcpiGenericAddress(space: .io, address: 0x604, bitWidth: 16))
        #expect(fadt.pm1bControl == nil && fadt.reset == nil && !fadt.hardwareReduced)
    }

    @Test func extendedFieldsWinAndResetNeedsItsFlag() throws {
        let fields: [(Int, [UInt8])] = [
            (40, le(0x1000, 4)), (140, le(0x1_2345_6000, 8)), (64, le(0x604, 4)),
            (172, gas(space: 1, width: 16, address: 0x804)), (184, gas(space: 0, width: 32, address: 0xFED0_0000)),
            (116, gas(space: 1, width: 8, address: 0xCF9)), (128, [0x06]),
        ]
        let without = try #require(AcpiFadt(acpiTable("FACP", length: 276, fields)))
        #expect(without.dsdt == 0x1_2345_6000)
        #expect(without.pm1aControl == AcpiGenericAddress(space: .io, address: 0x804, bitWidth: 16))
        #expect(without.pm1bControl == AcpiGenericAddress(space: .memory, address: 0xFED0_0000, bitWidth: 32))
        #expect(without.reset == nil)                     // RESET_REG_SUP clear
        let with = try #require(AcpiFadt(acpiTable("FACP", length: 276, fields + [(112, le(1 << 10, 4))])))
        #expect(with.reset?.register == AcpiGenericAddress(space: .io, address: 0xCF9, bitWidth: 8))
        #expect(with.reset?.value == 6)
    }

    @Test func pciResetRegisterNamesTheDevice() throws {
        let address: UInt64 = (0x1F << 32) | (0x3 << 16) | 0x44
        let fadt = try #require(AcpiFadt(acpiTable("FACP", length: 244, [
            (112, le(1 << 10, 4)), (116, gas(space: 2, width: 8, address: address)), (128, [0x0E]),
        ])))
        #expect(fadt.reset?.register.space == .pciConfiguration(device: 0x1F, function: 3, offset: 0x44))
    }

    @Test(arguments: [
        acpiTable("APIC", length: 200),                    // another table
        acpiTable("FACP", length: 100),                    // shorter than the flags
        Array(acpiTable("FACP", length: 244).prefix(150)), // length field says more than there is
    ])
    func refusesWhatIsNotAFadt(table: [UInt8]) {
        #expect(AcpiFadt(table) == nil)
    }

    @Test func sleepValueKeepsOtherBits() {
        let (typed, enabled) = AcpiPM1Control.sleepValue(current: 0b1110_0000_0000_0001 | (0b101 << 10), type: 0b010)
        #expect(typed == 0b1100_1000_0000_0001)            // SCI_EN and bits 14/15 kept, SLP_TYP 2
        #expect(enabled == typed | (1 << 13))
    }
}

struct AcpiSleepStateTests {
    /// A DSDT whose body is `aml`.
    func dsdt(_ aml: [UInt8]) -> [UInt8] {
        acpiTable("DSDT", length: 36 + aml.count, [(36, aml)])
    }

    static let name = Array("_S5_".utf8)

    @Test(arguments: [
        ([0x08] + name + [0x12, 0x06, 0x04, 0x00, 0x00, 0x00, 0x00], UInt8(0), UInt8(0)),      // QEMU's form
        ([0x08, 0x5C] + name + [0x12, 0x08, 0x04, 0x0A, 0x07, 0x0A, 0x07, 0x00, 0x00], 7, 7), // \_S5, BytePrefix
        ([0x08] + name + [0x12, 0x05, 0x02, 0x01, 0x0A, 0x05], 1, 5),                          // OneOp
        ([0x08] + name + [0x12, 0x40, 0x09, 0x02, 0x0B, 0x05, 0x00, 0x0C, 0x06, 0, 0, 0], 5, 6), // 2-byte PkgLength, Word/DWord
        ([0x08] + name + [0x12, 0x03, 0x01, 0x0A, 0x03], 3, 0),                                // one element
    ])
    func findsS5(aml: [UInt8], a: UInt8, b: UInt8) throws {
        let types = try #require(AcpiSleepState.s5(in: dsdt([0x10, 0x20] + aml + [0x5B, 0x80])))
        #expect(types.a == a && types.b == b)
    }

    @Test(arguments: [
        [UInt8](),                                                       // nothing
        [0x14] + name + [0x00, 0xA4, 0x00],                              // Method (_S5_) — not a Name
        [0x08] + name + [0x0A, 0x05],                                    // a Name but not a Package
        [0x08] + name + [0x12, 0x06, 0x04, 0x70],                        // an element that is not a constant
        [0x08] + name + [0x12],                                          // truncated
        [0x08] + name + [0x12, 0x06, 0x00],                              // no elements
    ])
    func refusesOtherForms(aml: [UInt8]) {
        #expect(AcpiSleepState.s5(in: dsdt(aml)) == nil)
    }

    @Test func skipsAReferenceAndFindsTheDeclaration() throws {
        // `_S5_` first appears as a reference (not after NameOp), then declared.
        let aml: [UInt8] = [0x70] + Self.name + [0x60] + [0x08] + Self.name + [0x12, 0x04, 0x02, 0x0A, 0x05, 0x00]
        let types = try #require(AcpiSleepState.s5(in: dsdt(aml)))
        #expect(types.a == 5 && types.b == 0)
    }
}
