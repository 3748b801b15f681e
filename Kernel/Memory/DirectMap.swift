// The direct map: all physical memory at AddressSpaceLayout.directMapBase (ARCHITECTURE.md
// §2). The loader's tables already provide it, and the kernel's own tables keep it at the
// same place, so these conversions hold from the first instruction on.
import KernelCore

enum DirectMap {
    static let base = AddressSpaceLayout.directMapBase

    static func pointer(_ phys: PhysAddr) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(base + phys.value))!
    }

    /// The physical address behind a direct-map pointer; nil for any other address.
    static func physical(_ pointer: UnsafeRawPointer) -> PhysAddr? {
        let address = UInt64(UInt(bitPattern: pointer))
        guard address >= base, address - base < maxPhysical else { return nil }
        return PhysAddr(truncating: address - base)
    }

    /// Upper bound of what the direct map may cover (2^46 bytes: PML4 slots 128–191).
    static let maxPhysical: UInt64 = 1 << 46
}
