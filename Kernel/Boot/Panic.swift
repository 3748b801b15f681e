// panic(): the one way the kernel gives up. Prints the message and a backtrace with
// function names on every console, bypassing the console lock (its holder may be the
// reason we are here), then stops the machine.
import KernelSupport

/// Stops the kernel. Never returns.
func panic(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    cpu_cli()
    let cpu = percpu_current()
    cpu.pointee.in_panic += 1
    if cpu.pointee.in_panic > 1 {
        // A panic while panicking: say so in the fewest possible steps.
        Console.writeUnlocked("\nPANIC (nested): " + message + "\n")
        Machine.stop(passed: false)
    }
    Console.writeUnlocked("\nPANIC: " + message + " (" + String(describingStatic: file) + ":" + String(line) + ")\n")
    Backtrace.print(fromFramePointer: cpu_read_rbp())
    Machine.stop(passed: false)
}

extension String {
    init(describingStatic text: StaticString) {
        self = text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }
}
