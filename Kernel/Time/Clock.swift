// Time: the TSC gives a monotonic clock in nanoseconds (calibrated against the PIT), the
// local APIC timer a periodic tick. Integer-only math: ns = (Δtsc · mult) >> 32.
import KernelSupport
import Synchronization

enum Clock {
    static let tickHz: UInt64 = 100
    /// The time one tick stands for.
    static let tickNanoseconds: UInt64 = 1_000_000_000 / tickHz
    /// Calibration window: 10 ms of PIT input clock.
    private static let calibrationPitTicks: UInt16 = 11_932

    nonisolated(unsafe) private(set) static var tscPerSecond: UInt64 = 0
    nonisolated(unsafe) private static var nanosecondsPerTscShifted: UInt64 = 0
    /// TSC when the kernel's first Swift ran (kernel_main).
    nonisolated(unsafe) static var bootTsc: UInt64 = 0
    nonisolated(unsafe) private(set) static var isCalibrated = false
    private static let tickCount = Atomic<UInt64>(0)

    /// Measures the TSC and the LAPIC timer against the same PIT window.
    static func calibrate() {
        var tscStart: UInt64 = 0, tscEnd: UInt64 = 0, lapicCounts: UInt64 = 0
        PIT.measure(ticks: calibrationPitTicks, start: {
            LocalAPIC.startCalibration()
            tscStart = cpu_rdtsc()
        }, stop: {
            tscEnd = cpu_rdtsc()
            lapicCounts = LocalAPIC.elapsedSinceCalibrationStart()
        })
        tscPerSecond = (tscEnd - tscStart) * PIT.frequency / UInt64(calibrationPitTicks)
        LocalAPIC.setCalibratedFrequency(lapicCounts * PIT.frequency / UInt64(calibrationPitTicks))
        // mult = 2^32 · 10^9 / f; 10^9 · 2^32 < 2^64, so no 128-bit division is needed.
        nanosecondsPerTscShifted = (UInt64(1_000_000_000) << 32) / max(tscPerSecond, 1)
        isCalibrated = true
    }

    static func nanoseconds(fromTsc delta: UInt64) -> UInt64 {
        let product = delta.multipliedFullWidth(by: nanosecondsPerTscShifted)
        return (product.high << 32) | (product.low >> 32)
    }

    /// The wall clock at boot (kernel_main), in nanoseconds since the Unix epoch; 0 when
    /// the machine has no readable RTC, so CLOCK_REALTIME then counts from 1970.
    nonisolated(unsafe) private(set) static var realtimeAtBoot: UInt64 = 0

    /// Reads the RTC once; called at boot after calibration.
    static func setWallClock() {
        guard let seconds = CMOSClock.readSecondsSinceEpoch(), seconds > 0 else {
            Log.warn("time: no readable RTC; the wall clock starts at 1970")
            return
        }
        realtimeAtBoot = UInt64(seconds) * 1_000_000_000 &- nanosecondsSinceBoot()
    }

    /// CLOCK_REALTIME: nanoseconds since the Unix epoch.
    static func realtimeNanoseconds() -> UInt64 { realtimeAtBoot &+ nanosecondsSinceBoot() }

    /// Monotonic nanoseconds since kernel_main began.
    static func nanosecondsSinceBoot() -> UInt64 {
        nanoseconds(fromTsc: cpu_rdtsc() &- bootTsc)
    }

    static func startTicking() { LocalAPIC.startPeriodicTimer(hz: tickHz) }

    /// Called by the timer interrupt.
    static func tick() { tickCount.add(1, ordering: .relaxed) }

    static var ticks: UInt64 { tickCount.load(ordering: .relaxed) }
}
