// Power off and reset through ACPI: S5 by writing SLP_TYPa/SLP_TYPb (from the DSDT's \_S5)
// with SLP_EN into the PM1a/PM1b control registers, and reset through the FADT's reset
// register. The tables are read once at boot (initialise), so the way down touches only
// the registers. Linux: acpi_enter_sleep_state / acpi_hw_legacy_sleep, acpi_reboot.
import KernelCore
import KernelSupport

enum AcpiPower {
    /// A register resolved at boot: an I/O port, or memory mapped once.
    private struct Register {
        let address: AcpiGenericAddress
        let window: UnsafeMutableRawPointer?

        init(_ address: AcpiGenericAddress) {
            self.address = address
            window = address.space == .memory ? KernelAddressSpace.mapDevice(PhysAddr(truncating: address.address), bytes: 2) : nil
        }

        var port: UInt16 { UInt16(truncatingIfNeeded: address.address) }

        func read16() -> UInt16 {
            if let window { return mmio_read16(window) }
            return address.space == .io ? cpu_inw(port) : 0
        }

        func write16(_ value: UInt16) {
            if let window { mmio_write16(window, value) } else if address.space == .io { cpu_outw(port, value) }
        }

        func write8(_ value: UInt8) {
            switch address.space {
            case .io: cpu_outb(port, value)
            case .memory: if let window { mmio_write8(window, value) }
            case .pciConfiguration(let device, let function, let offset):
                PCIConfig.write8(bus: 0, device: device, function: function, offset: offset, value)
            case .other: break
            }
        }
    }

    private struct SoftOff {
        var pm1a: Register
        var pm1b: Register?
        var typeA: UInt8
        var typeB: UInt8
    }

    nonisolated(unsafe) private static var softOff: SoftOff? = nil
    nonisolated(unsafe) private static var resetRegister: (register: Register, value: UInt8)? = nil
    nonisolated(unsafe) private static var fadt: AcpiFadt? = nil
    /// Polls of SCI_EN after asking the firmware for ACPI mode (Linux waits up to 3 s).
    private static let acpiModeAttempts = 3_000_000

    /// Why power off cannot work, for the message when it is asked for; nil when it can.
    nonisolated(unsafe) private(set) static var softOffMissing: String? = "no ACPI tables were read"

    /// Reads the FADT and the DSDT's \_S5 (before user space; nothing is touched yet).
    static func initialise(rsdp: UInt64, regions: UnsafeBufferPointer<MemoryRegion>) {
        guard let table = AcpiTables.find(AcpiFadt.signature, rsdp: rsdp, regions: regions), let found = AcpiFadt(table) else {
            softOffMissing = "no ACPI FADT"
            Log.warn("acpi: no FADT; poweroff and reboot fall back to halting and the 8042")
            return
        }
        fadt = found
        resetRegister = found.reset.map { (Register($0.register), $0.value) }
        guard let pm1a = found.pm1aControl, !found.hardwareReduced else {
            softOffMissing = "the FADT has no PM1a control register (hardware-reduced ACPI)"
            Log.warn("acpi: " + softOffMissing!)
            return
        }
        guard let types = AcpiSleepState.s5(in: AcpiTables.table(at: found.dsdt, regions)) else {
            softOffMissing = "the DSDT has no \\_S5 package Apus can read"
            Log.warn("acpi: " + softOffMissing!)
            return
        }
        softOff = SoftOff(pm1a: Register(pm1a), pm1b: found.pm1bControl.map(Register.init), typeA: types.a, typeB: types.b)
        softOffMissing = nil
        Log.info("acpi: S5 through PM1a " + describe(pm1a) + (found.pm1bControl.map { ", PM1b " + describe($0) } ?? "")
                 + ", SLP_TYP " + String(types.a) + "/" + String(types.b)
                 + (found.reset.map { "; reset " + describe($0.register) + " <- " + Format.hex(UInt64($0.value)) } ?? "; no reset register"))
    }

    /// Enters S5; returns only if the machine is still on (then the caller says so).
    static func powerOff() {
        guard let softOff, let fadt else { return }
        enableACPIMode(fadt, pm1a: softOff.pm1a)
        let a = AcpiPM1Control.sleepValue(current: softOff.pm1a.read16(), type: softOff.typeA)
        let b = softOff.pm1b.map { AcpiPM1Control.sleepValue(current: $0.read16(), type: softOff.typeB) }
        softOff.pm1a.write16(a.typeOnly)
        if let pm1b = softOff.pm1b, let b { pm1b.write16(b.typeOnly) }
        softOff.pm1a.write16(a.withEnable)
        if let pm1b = softOff.pm1b, let b { pm1b.write16(b.withEnable) }
        for _ in 0..<acpiModeAttempts { cpu_pause() }   // the power goes; if not, give up
    }

    /// Writes the reset register; returns only if the machine did not reset.
    static func reset() {
        guard let (register, value) = resetRegister else { return }
        register.write8(value)
        for _ in 0..<acpiModeAttempts { cpu_pause() }
    }

    /// Hands the power hardware from SMM to the OS if the firmware has not (SCI_EN clear).
    private static func enableACPIMode(_ fadt: AcpiFadt, pm1a: Register) {
        guard pm1a.read16() & AcpiPM1Control.sciEnable == 0, fadt.smiCommand != 0, fadt.acpiEnable != 0 else { return }
        cpu_outb(fadt.smiCommand, fadt.acpiEnable)
        for _ in 0..<acpiModeAttempts where pm1a.read16() & AcpiPM1Control.sciEnable == 0 { cpu_pause() }
    }

    private static func describe(_ register: AcpiGenericAddress) -> String {
        switch register.space {
        case .io: return "port " + Format.hex(register.address)
        case .memory: return "memory " + Format.hex(register.address)
        case .pciConfiguration(let device, let function, let offset):
            return "PCI 0:" + String(device) + "." + String(function) + " +" + Format.hex(UInt64(offset))
        case .other(let id): return "address space " + String(id)
        }
    }
}
