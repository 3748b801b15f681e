// The non-maskable interrupt as a debugging aid (Linux: the NMI backtrace behind SysRq-l,
// and "NMI received for unknown reason" on PCs). QEMU's monitor command `nmi` raises one;
// apus-run sends it when a console session stops answering. The handler prints where the
// CPU was, allocation-free and lock-free (the interrupted code may hold any lock, even have
// interrupts off in a spin), then asks the next timer tick for the full thread table
// (Sched/ThreadDump.swift), which needs the scheduler lock. The machine carries on.
import KernelSupport
import Synchronization

enum NMI {
    /// The kernel's GS base (the boot CPU's per-CPU area), recorded at boot: an NMI that
    /// lands in the few instructions of an entry or exit path where GS is still the user's
    /// must not touch per-CPU data.
    nonisolated(unsafe) private static var kernelGSBase: UInt64 = 0

    static func recordKernelGSBase() {
        kernelGSBase = cpu_rdmsr(MSR_GS_BASE)
    }

    static func handle(_ frame: UnsafeMutablePointer<TrapFrame>) {
        let fromUser = frame.pointee.cs & 3 == 3
        RawSerialWriter.text("\nNMI: ")
        RawSerialWriter.text(fromUser ? "in user mode at rip " : "in the kernel at rip ")
        RawSerialWriter.hex(frame.pointee.rip)
        RawSerialWriter.text(frame.pointee.rflags & InterruptState.interruptFlag != 0
                             ? ", interrupts on\n" : ", interrupts off\n")
        guard cpu_rdmsr(MSR_GS_BASE) == kernelGSBase else {
            RawSerialWriter.text("NMI: GS is not the kernel's (an entry path); no thread dump\n")
            return
        }
        if !fromUser {
            RawSerialWriter.backtrace(rip: frame.pointee.rip, rbp: frame.pointee.rbp, indent: "  ")
        }
        ThreadDump.request()
    }
}
