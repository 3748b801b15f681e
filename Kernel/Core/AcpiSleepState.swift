// The sleep type values for S5 (soft off) from the DSDT's \_S5 object, read the minimal
// way: find the name `_S5_` declared with NameOp and a Package of constants, and take its
// first two elements (SLP_TYPa, SLP_TYPb). No AML interpreter: a \_S5 built by a method
// or inside a conditional is refused (nil), and the kernel then says it cannot power off.
// ACPI 6.5 §7.4.2 (\_Sx objects), §20.2.5 (AML encodings: NameOp 0x08, PackageOp 0x12,
// PkgLength, ZeroOp 0x00, OneOp 0x01, BytePrefix 0x0A, OnesOp 0xFF).

public enum AcpiSleepState {
    static let nameOp: UInt8 = 0x08, rootPrefix: UInt8 = 0x5C, packageOp: UInt8 = 0x12
    static let zeroOp: UInt8 = 0x00, oneOp: UInt8 = 0x01, bytePrefix: UInt8 = 0x0A, wordPrefix: UInt8 = 0x0B
    static let dwordPrefix: UInt8 = 0x0C, onesOp: UInt8 = 0xFF
    static let s5Name: [UInt8] = Array("_S5_".utf8)

    /// (SLP_TYPa, SLP_TYPb) for S5 from a whole DSDT (or SSDT) table; nil if not found
    /// in the simple form.
    public static func s5(in table: [UInt8]) -> (a: UInt8, b: UInt8)? {
        guard table.count > Acpi.headerSize + s5Name.count else { return nil }
        var index = Acpi.headerSize
        while index + s5Name.count <= table.count {
            defer { index += 1 }
            guard table[index] == s5Name[0], Array(table[index..<index + s5Name.count]) == s5Name else { continue }
            // NameOp, optionally with the root prefix, right before the name.
            let declared = (index >= 1 && table[index - 1] == nameOp)
                || (index >= 2 && table[index - 1] == rootPrefix && table[index - 2] == nameOp)
            guard declared else { continue }
            if let types = package(table, at: index + s5Name.count) { return types }
        }
        return nil
    }

    /// The first two integer constants of the Package at `offset`.
    static func package(_ table: [UInt8], at offset: Int) -> (a: UInt8, b: UInt8)? {
        guard offset < table.count, table[offset] == packageOp, offset + 1 < table.count else { return nil }
        // PkgLength: the top two bits of its first byte count the bytes that follow.
        let lengthBytes = Int(table[offset + 1] >> 6)
        var cursor = offset + 2 + lengthBytes
        guard cursor < table.count else { return nil }
        let elements = table[cursor]
        cursor += 1
        guard elements >= 1, let (a, next) = integer(table, at: cursor) else { return nil }
        // A one-element package gives SLP_TYPa only; SLP_TYPb is then unused.
        guard elements >= 2, let (b, _) = integer(table, at: next) else { return (a, 0) }
        return (a, b)
    }

    /// A constant integer term (its low byte, the width of SLP_TYP's field) and what follows it.
    static func integer(_ table: [UInt8], at offset: Int) -> (UInt8, Int)? {
        guard offset < table.count else { return nil }
        switch table[offset] {
        case zeroOp: return (0, offset + 1)
        case oneOp: return (1, offset + 1)
        case onesOp: return (0xFF, offset + 1)
        case bytePrefix:
            guard offset + 1 < table.count else { return nil }
            return (table[offset + 1], offset + 2)
        case wordPrefix:
            guard offset + 2 < table.count else { return nil }
            return (table[offset + 1], offset + 3)
        case dwordPrefix:
            guard offset + 4 < table.count else { return nil }
            return (table[offset + 1], offset + 5)
        default:
            return nil
        }
    }
}
