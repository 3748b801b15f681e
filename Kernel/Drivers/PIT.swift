// The 8254 programmable interval timer, used once: as the known-frequency reference that
// the TSC and the local APIC timer are calibrated against. Channel 2 is used because its
// gate and output are readable through port 0x61 without interrupts.
import KernelSupport

enum PIT {
    /// Input clock of the 8254 on every PC: 1.193182 MHz.
    static let frequency: UInt64 = 1_193_182
    private static let channel2Data: UInt16 = 0x42, command: UInt16 = 0x43, gatePort: UInt16 = 0x61
    /// Channel 2, lobyte/hibyte access, mode 0 (interrupt on terminal count), binary.
    private static let channel2Mode0: UInt8 = 0xB0
    private static let gateBit: UInt8 = 0x01, speakerBit: UInt8 = 0x02, outputBit: UInt8 = 0x20

    /// Runs `start`, busy-waits `ticks` PIT periods on channel 2, then runs `stop`.
    static func measure(ticks: UInt16, start: () -> Void, stop: () -> Void) {
        var gate = cpu_inb(gatePort)
        gate = (gate & ~speakerBit) & ~gateBit
        cpu_outb(gatePort, gate)
        cpu_outb(command, channel2Mode0)
        cpu_outb(channel2Data, UInt8(ticks & 0xFF))
        cpu_outb(channel2Data, UInt8(ticks >> 8))
        start()
        cpu_outb(gatePort, gate | gateBit)           // rising gate starts the count
        while cpu_inb(gatePort) & outputBit == 0 { cpu_pause() }
        stop()
        cpu_outb(gatePort, gate)
    }
}
