// Fault-tolerant reads: the page-fault handler resumes a faulting probe at its fixup
// (Arch/x86_64/Traps.swift) instead of panicking. Used by backtraces and self-tests, and
// the pattern copy-in/copy-out from user space will follow.
import KernelSupport

enum FaultProbe {
    /// The 8 bytes at `address`, or nil if reading them faulted.
    static func read64(_ address: UInt64) -> UInt64? {
        let cpu = percpu_current()
        let outer = cpu.pointee.fault_fixup_active
        cpu.pointee.fault_fixup_active = 1
        defer { cpu.pointee.fault_fixup_active = outer }
        var value: UInt64 = 0
        return fault_probe_read64(address, &value) == 0 ? value : nil
    }

    /// Called by the page-fault handler: true when the fault came from a probe, which now
    /// resumes at its fixup.
    static func recover(_ frame: UnsafeMutablePointer<TrapFrame>, faultAddress: UInt64) -> Bool {
        let cpu = percpu_current()
        guard cpu.pointee.fault_fixup_active != 0 else { return false }
        let fixup: UInt64
        switch frame.pointee.rip {
        case ksym_fault_probe_insn(): fixup = ksym_fault_probe_fixup()
        case ksym_user_copy_insn(): fixup = ksym_user_copy_fixup()
        default: return false
        }
        cpu.pointee.fault_address = faultAddress
        frame.pointee.rip = fixup
        return true
    }
}
