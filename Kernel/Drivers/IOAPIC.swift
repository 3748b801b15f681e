// The I/O APIC: routes device interrupt lines (GSIs) to local APIC vectors. Found through
// the ACPI MADT (KernelCore.Acpi/Madt parse the tables; AcpiTables reads them from physical
// memory). Register access per the Intel 82093AA I/O APIC datasheet §3: IOREGSEL at +0x00,
// IOWIN at +0x10; version at index 1; redirection entry n at 0x10 + 2n (low) / + 1 (high).
import KernelCore
import KernelSupport

enum IOAPIC {
    private static let selectOffset = 0x00, windowOffset = 0x10
    private static let versionRegister: UInt32 = 0x01, redirectionBase: UInt32 = 0x10
    private static let masked: UInt32 = 1 << 16, levelTriggered: UInt32 = 1 << 15, activeLow: UInt32 = 1 << 13

    nonisolated(unsafe) private static var registers: UnsafeMutableRawPointer? = nil
    nonisolated(unsafe) private static var gsiBase: UInt32 = 0
    nonisolated(unsafe) private static var inputs: UInt32 = 0
    nonisolated(unsafe) private static var madt: Madt? = nil
    private static let lock = Spinlock()

    /// True once an I/O APIC was found and set up.
    static var present: Bool { registers != nil }

    /// Reads the MADT from `rsdp`, maps the I/O APIC that serves the ISA IRQs and masks
    /// every input. Without ACPI or an I/O APIC it logs why and leaves `present` false.
    static func initialise(rsdp: UInt64, regions: UnsafeBufferPointer<MemoryRegion>) {
        guard rsdp != 0, Acpi.rootTable(rsdp: AcpiTables.physicalBytes(rsdp, 36, regions)) != nil else {
            Log.warn("ioapic: no valid ACPI RSDP"); return
        }
        let found = AcpiTables.find(Madt.signature, rsdp: rsdp, regions: regions).flatMap { Madt($0) }
        guard let found, let chip = found.ioApic(for: 0) else { Log.warn("ioapic: no MADT I/O APIC entry"); return }
        registers = KernelAddressSpace.mapDevice(PhysAddr(truncating: chip.address), bytes: 0x20)
        gsiBase = chip.gsiBase
        inputs = ((read(versionRegister) >> 16) & 0xFF) + 1
        madt = found
        for input in 0..<inputs { write(redirectionBase + 2 * input, masked) }
        Log.info("ioapic: id " + String(chip.id) + " at " + Format.hex(chip.address) + ", " + String(inputs) + " inputs")
    }

    /// Routes ISA `irq` (with the MADT's override, if any) to `vector` on the boot CPU's
    /// local APIC and unmasks it. False if there is no I/O APIC for it.
    @discardableResult
    static func routeISA(_ irq: UInt8, to vector: Int) -> Bool {
        guard present, let madt else { return false }
        let route = madt.route(isaIRQ: irq)
        guard route.gsi >= gsiBase, route.gsi - gsiBase < inputs else { return false }
        let input = route.gsi - gsiBase
        var low = UInt32(vector)                       // fixed delivery, physical destination
        if route.activeLow { low |= activeLow }
        if route.levelTriggered { low |= levelTriggered }
        let destination = UInt32(truncatingIfNeeded: percpu_current().pointee.lapic_id) << 24
        write(redirectionBase + 2 * input + 1, destination)
        write(redirectionBase + 2 * input, low)
        return true
    }

    private static func read(_ index: UInt32) -> UInt32 {
        lock.withLock {
            mmio_write32(registers!.advanced(by: selectOffset), index)
            return mmio_read32(registers!.advanced(by: windowOffset))
        }
    }

    private static func write(_ index: UInt32, _ value: UInt32) {
        lock.withLock {
            mmio_write32(registers!.advanced(by: selectOffset), index)
            mmio_write32(registers!.advanced(by: windowOffset), value)
        }
    }
}
