// Stopping the machine: the end of a panic, of a test run, of PID 1, or reboot(2).
import KernelSupport

enum Machine {
    /// Interrupts off, halt forever (an NMI only wakes us into another hlt).
    static func halt() -> Never {
        while true {
            cpu_cli()
            cpu_hlt()
        }
    }

    /// Reports to the test runner when there is one, then halts.
    static func stop(passed: Bool) -> Never {
        DebugExit.exit(passed: passed)
        halt()
    }

    /// reboot(2)'s POWER_OFF and the end of PID 1: the test runner hears `passed` through
    /// the exit device; otherwise the machine stops. FIXME(issue 5, ACPI S5): real power
    /// off through the FADT's PM1 control registers.
    static func powerOff(passed: Bool) -> Never {
        DebugExit.exit(passed: passed)
        Log.info("power off: no ACPI power control yet; the machine is halted")
        halt()
    }

    /// 8042 keyboard controller ports and its CPU-reset command (IBM PC/AT; Linux: reboot.c kb_wait).
    private static let i8042Status: UInt16 = 0x64
    private static let i8042InputFull: UInt8 = 1 << 1
    private static let i8042PulseReset: UInt8 = 0xFE
    private static let i8042Attempts = 100_000

    /// reboot(2)'s RESTART: pulse the CPU reset line through the 8042, and if that does
    /// nothing, triple-fault (an empty IDT, then an exception). FIXME(issue 5): the ACPI
    /// reset register first.
    static func restart() -> Never {
        cpu_cli()
        for _ in 0..<i8042Attempts where cpu_inb(i8042Status) & i8042InputFull == 0 {
            cpu_outb(i8042Status, i8042PulseReset)
            break
        }
        for _ in 0..<i8042Attempts { cpu_pause() }
        var empty = DescriptorTablePointer(limit: 0, base: 0)
        cpu_lidt(&empty)
        cpu_trigger_breakpoint()
        halt()
    }
}
