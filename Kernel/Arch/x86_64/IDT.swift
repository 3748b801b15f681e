// Interrupt descriptor table: all 256 vectors go to the stubs in traps.S, which call
// trap_dispatch (Traps.swift). Gate format: SDM Vol. 3A §6.14.1, Figure 6-8.
import KernelSupport

enum IDT {
    static let vectorCount = 256
    /// Present, DPL 0, 64-bit interrupt gate (interrupts stay off on entry).
    private static let interruptGate: UInt64 = 0x8E
    /// The same with DPL 3, so user code may raise it with `int3` / `into` (Linux's system
    /// gates for #BP and #OF; int3 becomes SIGTRAP). Every other `int n` from ring 3 is #GP.
    private static let userGate: UInt64 = 0xEE

    nonisolated(unsafe) private static var table: UnsafeMutablePointer<UInt64>? = nil

    /// Builds the table once; every CPU loads the same one.
    static func build() {
        let entries = UnsafeMutablePointer<UInt64>.allocate(capacity: vectorCount * 2)
        let stubs = UnsafePointer<UInt64>(bitPattern: UInt(ksym_trap_stub_table()))!
        for vector in 0..<vectorCount {
            let handler = stubs[vector]
            let ist: InterruptStack? = switch vector {
                case Vector.nmi: .nmi
                case Vector.doubleFault: .doubleFault
                case Vector.machineCheck: .machineCheck
                default: nil
            }
            entries[vector * 2] = (handler & 0xFFFF) | (UInt64(Selector.kernelCode) << 16)
                | (UInt64(ist?.rawValue ?? 0) << 32) | ((vector == Vector.breakpoint || vector == Vector.overflow ? userGate : interruptGate) << 40)
                | (((handler >> 16) & 0xFFFF) << 48)
            entries[vector * 2 + 1] = handler >> 32
        }
        table = entries
    }

    static func load() {
        var pointer = DescriptorTablePointer(limit: UInt16(vectorCount * 16 - 1),
                                             base: UInt64(UInt(bitPattern: table!)))
        cpu_lidt(&pointer)
    }
}

/// Vector numbers (SDM Vol. 3A Table 6-1) and the ones the kernel assigns.
enum Vector {
    static let divideError = 0, debug = 1, nmi = 2, breakpoint = 3, overflow = 4
    static let invalidOpcode = 6, deviceNotAvailable = 7, doubleFault = 8
    static let generalProtection = 13, pageFault = 14, machineCheck = 18
    static let firstExternal = 32
    /// LAPIC timer tick.
    static let timer = 0x20
    /// PS/2 keyboard (ISA IRQ 1 through the I/O APIC).
    static let keyboard = 0x21
    /// COM1 received data (ISA IRQ 4 through the I/O APIC).
    static let serial = 0x24
    /// LAPIC spurious interrupts (SDM Vol. 3A §11.9): no EOI.
    static let spurious = 0xFF

    static let exceptionNames: [StaticString] = [
        "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
        "#BR bound range", "#UD invalid opcode", "#NM device not available",
        "#DF double fault", "coprocessor segment overrun", "#TS invalid TSS",
        "#NP segment not present", "#SS stack fault", "#GP general protection",
        "#PF page fault", "reserved 15", "#MF x87 error", "#AC alignment check",
        "#MC machine check", "#XM SIMD exception", "#VE virtualization",
        "#CP control protection",
    ]

    static func name(_ vector: Int) -> String {
        vector < exceptionNames.count ? String(describingStatic: exceptionNames[vector])
                                      : "vector " + String(vector)
    }
}
