// What the CPU can do, read once from CPUID (SDM Vol. 2A, CPUID instruction reference).
import KernelSupport

struct CPUInfo {
    var vendor = ""
    var brand = ""
    var hasRdrand = false      // leaf 1 ECX[30]
    var hasRdseed = false      // leaf 7 EBX[18]
    var hasSmep = false        // leaf 7 EBX[7]
    var hasSmap = false        // leaf 7 EBX[20]
    var hasNX = false          // leaf 0x8000_0001 EDX[20]
    var hasInvariantTsc = false // leaf 0x8000_0007 EDX[8]
    var hasX2APIC = false      // leaf 1 ECX[21]
    /// CPUID.1:EDX, the feature word Linux passes as AT_HWCAP.
    var leaf1EDX: UInt32 = 0

    nonisolated(unsafe) static var current = CPUInfo()

    static func detect() {
        var info = CPUInfo()
        let leaf0 = cpu_cpuid(0, 0)
        info.vendor = text(from: [leaf0.ebx, leaf0.edx, leaf0.ecx])
        let leaf1 = cpu_cpuid(1, 0)
        info.hasRdrand = leaf1.ecx & (1 << 30) != 0
        info.hasX2APIC = leaf1.ecx & (1 << 21) != 0
        info.leaf1EDX = leaf1.edx
        if leaf0.eax >= 7 {
            let leaf7 = cpu_cpuid(7, 0)
            info.hasRdseed = leaf7.ebx & (1 << 18) != 0
            info.hasSmep = leaf7.ebx & (1 << 7) != 0
            info.hasSmap = leaf7.ebx & (1 << 20) != 0
        }
        let maxExtended = cpu_cpuid(0x8000_0000, 0).eax
        if maxExtended >= 0x8000_0001 {
            info.hasNX = cpu_cpuid(0x8000_0001, 0).edx & (1 << 20) != 0
        }
        if maxExtended >= 0x8000_0004 {
            var words: [UInt32] = []
            for leaf in UInt32(0x8000_0002)...0x8000_0004 {
                let r = cpu_cpuid(leaf, 0)
                words += [r.eax, r.ebx, r.ecx, r.edx]
            }
            info.brand = text(from: words)
        }
        if maxExtended >= 0x8000_0007 {
            info.hasInvariantTsc = cpu_cpuid(0x8000_0007, 0).edx & (1 << 8) != 0
        }
        current = info
    }

    /// ASCII packed little-endian in registers, trimmed of NULs and padding spaces.
    private static func text(from words: [UInt32]) -> String {
        var bytes: [UInt8] = []
        for word in words {
            for shift in stride(from: 0, to: 32, by: 8) {
                let byte = UInt8(truncatingIfNeeded: word >> UInt32(shift))
                if byte != 0 { bytes.append(byte) }
            }
        }
        while bytes.first == UInt8(ascii: " ") { bytes.removeFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    var featureSummary: String {
        var parts: [String] = []
        if hasNX { parts.append("nx") }
        if hasSmep { parts.append("smep") }
        if hasSmap { parts.append("smap") }
        if hasRdrand { parts.append("rdrand") }
        if hasRdseed { parts.append("rdseed") }
        if hasInvariantTsc { parts.append("invariant-tsc") }
        if hasX2APIC { parts.append("x2apic") }
        var joined = ""
        for part in parts { joined += (joined.isEmpty ? "" : " ") + part }
        return joined
    }
}
