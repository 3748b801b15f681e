// The 8259 pair: remapped away from the exception vectors and masked for good; the local
// APIC delivers every interrupt Apus uses. Initialisation words per the 8259A data sheet.
import KernelSupport

enum LegacyPIC {
    /// Where a spurious 8259 interrupt lands after remapping (IRQ 7 / 15 → 0xE7 / 0xEF).
    static let vectorBase: UInt8 = 0xE0
    private static let masterCommand: UInt16 = 0x20, masterData: UInt16 = 0x21
    private static let slaveCommand: UInt16 = 0xA0, slaveData: UInt16 = 0xA1

    static func remapAndMask() {
        cpu_outb(masterCommand, 0x11); cpu_outb(slaveCommand, 0x11)   // ICW1: init, ICW4 follows
        cpu_outb(masterData, vectorBase); cpu_outb(slaveData, vectorBase + 8) // ICW2: vectors
        cpu_outb(masterData, 0x04); cpu_outb(slaveData, 0x02)         // ICW3: cascade on IRQ 2
        cpu_outb(masterData, 0x01); cpu_outb(slaveData, 0x01)         // ICW4: 8086 mode
        cpu_outb(masterData, 0xFF); cpu_outb(slaveData, 0xFF)         // mask everything
    }

    static func isSpurious(_ vector: Int) -> Bool {
        vector >= Int(vectorBase) && vector < Int(vectorBase) + 16
    }
}
