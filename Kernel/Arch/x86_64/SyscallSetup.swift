// Turns on the `syscall` instruction for this CPU (SDM Vol. 2B SYSCALL/SYSRET, Vol. 4 MSRs).
// STAR's selector bases follow the GDT order in GDT.swift.
import KernelSupport

enum SyscallSetup {
    private static let msrSTAR: UInt32 = 0xC000_0081, msrLSTAR: UInt32 = 0xC000_0082
    private static let msrFMASK: UInt32 = 0xC000_0084
    private static let eferSCE: UInt64 = 1 << 0
    /// Cleared on entry: IF (interrupts stay off until the kernel stack is live), TF, DF, AC.
    private static let entryMask: UInt64 = (1 << 9) | (1 << 8) | (1 << 10) | (1 << 18)
    /// sysret: CS = base + 16, SS = base + 8 (user code 0x2B, user data 0x23).
    private static let userSelectorBase: UInt64 = 0x18 | 3

    static func enableOnThisCPU() {
        cpu_wrmsr(MSR_EFER, cpu_rdmsr(MSR_EFER) | eferSCE)
        cpu_wrmsr(msrSTAR, (userSelectorBase << 48) | (UInt64(Selector.kernelCode) << 32))
        cpu_wrmsr(msrLSTAR, ksym_syscall_entry())
        cpu_wrmsr(msrFMASK, entryMask)
    }
}
