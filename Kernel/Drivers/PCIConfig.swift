// PCI configuration space through the legacy I/O mechanism (#1: address at 0xCF8, data at
// 0xCFC..0xCFF), enough for the ACPI reset register when it lives in a PCI device. PCI
// Local Bus Specification 3.0 §3.2.2.3.2.
import KernelSupport

enum PCIConfig {
    private static let addressPort: UInt16 = 0xCF8, dataPort: UInt16 = 0xCFC
    private static let enable: UInt32 = 1 << 31

    static func write8(bus: UInt8, device: UInt8, function: UInt8, offset: UInt16, _ value: UInt8) {
        let address = enable | UInt32(bus) << 16 | UInt32(device & 0x1F) << 11 | UInt32(function & 0x7) << 8
            | UInt32(offset & 0xFC)
        cpu_outl(addressPort, address)
        cpu_outb(dataPort + (offset & 0x3), value)
    }
}
