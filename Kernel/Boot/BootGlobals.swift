// Globals Swift would create on first use (through swift_once) are created here, at boot,
// instead: a first use can come from an interrupt handler or another CPU (ARCHITECTURE.md
// §3), and memory a global takes on first use looks to sysinfo like memory a test leaked.
enum BootGlobals {
    /// After the heap and the FPU setup, before interrupts and the first user process.
    static func initialise() {
        _ = SignalFrame.initialFPU
        _ = SignalSyscalls.suspended
        SyscallLog.initialise()
        KernelStacks.initialise()
        ProcessTable.initialise()
        SignalTimers.initialise()
    }
}
