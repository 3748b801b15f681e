// Bringing one CPU's tables up: GDT with TSS and IST stacks for #DF, NMI and #MC, then the
// shared IDT. The boot CPU calls bootCPU() before anything can fault on purpose.
import KernelSupport

enum CPUSetup {
    nonisolated(unsafe) private(set) static var bootTables: CPUTables? = nil

    static func bootCPU() {
        let cpu = percpu_current()
        cpu.pointee.cpu_id = 0
        let tables = CPUTables()
        tables.setInterruptStack(.doubleFault, top: ksym_ist_df_top())
        tables.setInterruptStack(.nmi, top: ksym_ist_nmi_top())
        tables.setInterruptStack(.machineCheck, top: ksym_ist_mc_top())
        tables.setKernelStack(top: ksym_boot_stack_top())
        tables.load()
        bootTables = tables
        IDT.build()
        IDT.load()
    }
}
