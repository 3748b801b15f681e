// The CMOS real-time clock (MC146818 at ports 0x70/0x71), read once at boot for the wall
// clock: CLOCK_REALTIME is this reading plus the monotonic clock since. The decoding is
// KernelCore.RTCRegisters (host-tested). Linux: mc146818_get_time.
import KernelCore
import KernelSupport

enum CMOSClock {
    private static let indexPort: UInt16 = 0x70, dataPort: UInt16 = 0x71
    /// Keeps NMIs disabled while we hold the index (bit 7 of the index port).
    private static let nmiDisable: UInt8 = 0x80
    private static let secondsRegister: UInt8 = 0x00, minutesRegister: UInt8 = 0x02, hoursRegister: UInt8 = 0x04
    private static let dayRegister: UInt8 = 0x07, monthRegister: UInt8 = 0x08, yearRegister: UInt8 = 0x09
    private static let statusA: UInt8 = 0x0A, statusB: UInt8 = 0x0B
    /// Register 0x32 holds the century on PC-compatibles (the FADT names it; QEMU and OVMF use 0x32).
    private static let centuryRegister: UInt8 = 0x32
    private static let updateInProgress: UInt8 = 0x80
    private static let attempts = 1000

    private static func read(_ register: UInt8) -> UInt8 {
        cpu_outb(indexPort, nmiDisable | register)
        return cpu_inb(dataPort)
    }

    private static func snapshot() -> RTCRegisters {
        RTCRegisters(seconds: read(secondsRegister), minutes: read(minutesRegister), hours: read(hoursRegister),
                     day: read(dayRegister), month: read(monthRegister), year: read(yearRegister),
                     century: read(centuryRegister), statusB: read(statusB))
    }

    /// Seconds since the epoch, or nil without a sane RTC. Reads until two snapshots taken
    /// outside an update agree, as Linux does.
    static func readSecondsSinceEpoch() -> Int64? {
        for _ in 0..<attempts {
            while read(statusA) & updateInProgress != 0 { cpu_pause() }
            let first = snapshot()
            while read(statusA) & updateInProgress != 0 { cpu_pause() }
            if snapshot() == first { return first.civilTime?.secondsSinceEpoch }
        }
        return nil
    }
}
