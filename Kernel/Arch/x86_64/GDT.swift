// Global descriptor table and task state segment of one CPU (SDM Vol. 3A §3.4.5, §7.7).
// Selector order is fixed by syscall/sysret (STAR): kernel code, kernel data, then user
// 32-bit code (unused), user data, user 64-bit code — the same order Linux uses.
import KernelSupport

enum Selector {
    static let kernelCode: UInt16 = 0x08
    static let kernelData: UInt16 = 0x10
    static let userData: UInt16 = 0x20 | 3
    static let userCode: UInt16 = 0x28 | 3
    static let tss: UInt16 = 0x30
}

/// The IST slots that critical exceptions run on (the IDT names them 1-based).
enum InterruptStack: UInt8 {
    case doubleFault = 1, nmi = 2, machineCheck = 3
}

/// One CPU's GDT + TSS, allocated once and never freed (the CPU points at it forever).
struct CPUTables {
    // Descriptor encodings: access byte and flags (SDM Vol. 3A §3.4.5, Figure 3-8).
    private static let kernelCode64: UInt64 = 0x00AF_9A00_0000_FFFF
    private static let kernelData: UInt64 = 0x00CF_9200_0000_FFFF
    private static let userCode32: UInt64 = 0x00CF_FA00_0000_FFFF
    private static let userData: UInt64 = 0x00CF_F200_0000_FFFF
    private static let userCode64: UInt64 = 0x00AF_FA00_0000_FFFF
    private static let tssAvailable: UInt64 = 0x89
    static let gdtEntries = 8
    /// 64-bit TSS: 104 bytes (SDM Vol. 3A Figure 7-11).
    static let tssSize = 104
    private static let tssRsp0Offset = 4, tssIstOffset = 36, tssIomapOffset = 102

    let gdt: UnsafeMutablePointer<UInt64>
    let tss: UnsafeMutableRawPointer

    init() {
        gdt = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.gdtEntries)
        tss = UnsafeMutableRawPointer.allocate(byteCount: Self.tssSize, alignment: 16)
        tss.initializeMemory(as: UInt8.self, repeating: 0, count: Self.tssSize)
        // No I/O permission bitmap: the offset points past the segment's limit.
        tss.storeBytes(of: UInt16(Self.tssSize), toByteOffset: Self.tssIomapOffset, as: UInt16.self)

        let base = UInt64(UInt(bitPattern: tss))
        let limit = UInt64(Self.tssSize - 1)
        let tssLow = (limit & 0xFFFF) | ((base & 0xFF_FFFF) << 16) | (Self.tssAvailable << 40)
            | (((limit >> 16) & 0xF) << 48) | (((base >> 24) & 0xFF) << 56)
        let entries: [UInt64] = [0, Self.kernelCode64, Self.kernelData, Self.userCode32,
                                 Self.userData, Self.userCode64, tssLow, base >> 32]
        for (index, entry) in entries.enumerated() { gdt[index] = entry }
    }

    func setInterruptStack(_ slot: InterruptStack, top: UInt64) {
        let offset = Self.tssIstOffset + (Int(slot.rawValue) - 1) * 8
        tss.storeBytes(of: top, toByteOffset: offset, as: UInt64.self)
    }

    /// The stack the CPU switches to on an interrupt from user mode.
    func setKernelStack(top: UInt64) {
        tss.storeBytes(of: top, toByteOffset: Self.tssRsp0Offset, as: UInt64.self)
    }

    /// Loads this GDT and TSS on the calling CPU.
    func load() {
        var pointer = DescriptorTablePointer(limit: UInt16(Self.gdtEntries * 8 - 1),
                                             base: UInt64(UInt(bitPattern: gdt)))
        cpu_lgdt(&pointer)
        cpu_reload_segments(Selector.kernelCode, Selector.kernelData)
        cpu_ltr(Selector.tss)
    }
}
