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
    /// the exit device; otherwise ACPI S5 turns the machine off, or it halts with a message
    /// saying why it could not.
    static func powerOff(passed: Bool) -> Never {
        DebugExit.exit(passed: passed)
        if let missing = AcpiPower.softOffMissing {
            Log.warn("power off: not possible (" + missing + "); the machine is halted and can be switched off")
            halt()
        }
        Log.info("power off: ACPI S5")
        AcpiPower.powerOff()
        Log.error("power off: the machine is still on after ACPI S5; it is halted and can be switched off")
        halt()
    }

    /// 8042 keyboard controller ports and its CPU-reset command (IBM PC/AT; Linux: reboot.c kb_wait).
    private static let i8042Status: UInt16 = 0x64
    private static let i8042InputFull: UInt8 = 1 << 1
    private static let i8042PulseReset: UInt8 = 0xFE
    private static let i8042Attempts = 100_000

    /// reboot(2)'s RESTART: the ACPI reset register when the FADT has one, then a pulse on
    /// the CPU reset line through the 8042, and if neither works, a triple fault (an empty
    /// IDT, then an exception) — Linux's reboot=acpi,kbd,triple order.
    static func restart() -> Never {
        cpu_cli()
        AcpiPower.reset()
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
