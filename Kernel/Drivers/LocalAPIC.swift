// The local APIC in xAPIC (MMIO) mode: enable, timer, end of interrupt. Register offsets
// per SDM Vol. 3A §11.4.1, Table 11-1; timer per §11.5.4.
import KernelCore
import KernelSupport

enum LocalAPIC {
    private static let idRegister = 0x20, eoiRegister = 0xB0, spuriousRegister = 0xF0
    private static let timerLVT = 0x320, timerInitial = 0x380, timerCurrent = 0x390, timerDivide = 0x3E0
    private static let softwareEnable: UInt32 = 1 << 8
    private static let timerPeriodic: UInt32 = 1 << 17, lvtMasked: UInt32 = 1 << 16
    /// Divide configuration 0b0011: bus clock / 16.
    private static let divideBy16: UInt32 = 0x3
    private static let baseMask: UInt64 = 0xF_FFFF_F000
    private static let globalEnable: UInt64 = 1 << 11

    nonisolated(unsafe) private static var registers: UnsafeMutableRawPointer? = nil
    /// Timer counts (at divide-by-16) per second, from calibration.
    nonisolated(unsafe) private(set) static var timerFrequency: UInt64 = 0

    static func read(_ offset: Int) -> UInt32 {
        mmio_read32(registers!.advanced(by: offset))
    }

    static func write(_ offset: Int, _ value: UInt32) {
        mmio_write32(registers!.advanced(by: offset), value)
    }

    /// Maps the registers, turns the APIC on, routes spurious interrupts to their vector.
    static func enable() {
        let msr = cpu_rdmsr(MSR_APIC_BASE)
        cpu_wrmsr(MSR_APIC_BASE, msr | globalEnable)
        let phys = PhysAddr(truncating: msr & baseMask)
        registers = KernelAddressSpace.mapDevice(phys, bytes: Int(PageSize.small))
        write(spuriousRegister, softwareEnable | UInt32(Vector.spurious))
        percpu_current().pointee.lapic_id = UInt64(read(idRegister) >> 24)
    }

    /// Starts a masked one-shot count from the maximum, for calibration.
    static func startCalibration() {
        write(timerDivide, divideBy16)
        write(timerLVT, lvtMasked)
        write(timerInitial, UInt32.max)
    }

    /// Counts elapsed since `startCalibration`.
    static func elapsedSinceCalibrationStart() -> UInt64 {
        UInt64(UInt32.max - read(timerCurrent))
    }

    static func setCalibratedFrequency(_ countsPerSecond: UInt64) { timerFrequency = countsPerSecond }

    /// A periodic interrupt on `Vector.timer`, `hz` times per second.
    static func startPeriodicTimer(hz: UInt64) {
        write(timerDivide, divideBy16)
        write(timerLVT, timerPeriodic | UInt32(Vector.timer))
        write(timerInitial, UInt32(clamping: max(1, timerFrequency / hz)))
    }

    static func endOfInterrupt() {
        if registers != nil { write(eoiRegister, 0) }
    }
}
