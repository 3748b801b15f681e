// Stopping the machine: the end of a panic, of a test run, or of the idle boot.
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
}
