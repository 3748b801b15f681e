// The dump an unrecoverable exception prints: vector, error code (decoded for #PF), CR2,
// every register and a backtrace with function names. The runner (Tools/apus-run) treats
// the "EXCEPTION" header as failure.
import KernelSupport

enum ExceptionReport {
    /// #PF error code bits (SDM Vol. 3A §4.7, Figure 4-12).
    private static let pageFaultBits: [(UInt64, StaticString, StaticString)] = [
        (1 << 0, "protection", "not-present"), (1 << 1, "write", "read"),
        (1 << 2, "user", "supervisor"), (1 << 4, "instruction-fetch", ""),
        (1 << 3, "reserved-bit", ""),
    ]

    static func print(_ frame: UnsafeMutablePointer<TrapFrame>, vector: Int) {
        let cpu = percpu_current()
        cpu.pointee.in_panic += 1
        let f = frame.pointee
        var out = "\nEXCEPTION " + Vector.name(vector)
        out += " (vector " + String(vector) + ") on CPU " + String(cpu.pointee.cpu_id) + "\n"
        out += "  error code " + Format.hex(f.error_code, width: 4)
        if vector == Vector.pageFault { out += " (" + describePageFault(f.error_code) + ")" }
        out += "\n"
        if vector == Vector.pageFault { out += "  CR2 " + Format.hex(cpu_read_cr2()) + "\n" }
        out += line([("CR0", cpu_read_cr0(), 16), ("CR3", cpu_read_cr3(), 16), ("CR4", cpu_read_cr4(), 16)])
        out += line([("RIP", f.rip, 16), ("CS", f.cs, 4), ("RFLAGS", f.rflags, 16)])
        out += line([("RSP", f.rsp, 16), ("SS", f.ss, 4)])
        let registers: [(StaticString, UInt64)] = [
            ("RAX", f.rax), ("RBX", f.rbx), ("RCX", f.rcx), ("RDX", f.rdx),
            ("RSI", f.rsi), ("RDI", f.rdi), ("RBP", f.rbp), ("R8 ", f.r8),
            ("R9 ", f.r9), ("R10", f.r10), ("R11", f.r11), ("R12", f.r12),
            ("R13", f.r13), ("R14", f.r14), ("R15", f.r15),
        ]
        for row in stride(from: 0, to: registers.count, by: 3) {
            var cells: [(StaticString, UInt64, Int)] = []
            for (name, value) in registers[row..<min(row + 3, registers.count)] { cells.append((name, value, 16)) }
            out += line(cells)
        }
        if let stack = guardedStack(containing: f.rsp) {
            out += "  kernel stack overflow: RSP is in the guard page below the " + stack + " stack\n"
        }
        Console.writeUnlocked(out)
        Backtrace.print(fromFramePointer: f.rbp, rip: f.rip)
    }

    /// The stack whose guard page (or the page just above it, where the CPU was pushing the
    /// failed exception frame) holds `rsp`.
    private static func guardedStack(containing rsp: UInt64) -> String? {
        let stacks: [(UInt64, StaticString)] = [(ksym_boot_stack_guard(), "boot"), (ksym_ist_df_guard(), "#DF"),
                                                (ksym_ist_nmi_guard(), "NMI"), (ksym_ist_mc_guard(), "#MC")]
        for (guardPage, name) in stacks where rsp >= guardPage && rsp < guardPage + 2 * 4096 {
            return String(describingStatic: name)
        }
        return nil
    }

    /// "  NAME 0x… NAME 0x…" with each value in its own width of hex digits.
    private static func line(_ cells: [(StaticString, UInt64, Int)]) -> String {
        var text = ""
        for (name, value, width) in cells {
            text += "  "
            text += String(describingStatic: name)
            text += " "
            text += Format.hex(value, width: width)
        }
        return text + "\n"
    }

    static func describePageFault(_ code: UInt64) -> String {
        var parts: [String] = []
        for (bit, set, clear) in pageFaultBits {
            let text = String(describingStatic: code & bit != 0 ? set : clear)
            if !text.isEmpty { parts.append(text) }
        }
        var joined = ""
        for (index, part) in parts.enumerated() { joined += (index == 0 ? "" : " ") + part }
        return joined
    }
}
