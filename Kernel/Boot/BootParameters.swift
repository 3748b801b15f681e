// Accepting the loader's BootInfo (include/apus/bootinfo.h): check magic, version and size,
// then copy everything the kernel keeps into kernel memory, because the BootInfo itself
// lives in loader memory that FrameAllocator.reclaimBootMemory gives away.
import KernelCore
import KernelSupport

struct BootParameters {
    /// The normalised memory map (KernelCore.MemoryMap).
    var regions: UnsafeMutableBufferPointer<MemoryRegion>
    var commandLine: String
    var framebuffer: ApusFramebuffer
    var acpiRSDP: UInt64
    var initrdBase: UInt64
    var initrdSize: UInt64
    var kernelPhysBase: UInt64
    var kernelPhysSize: UInt64
    var loaderStartTsc: UInt64
    var exitBootTsc: UInt64

    /// The loader's BootInfo, or a message and a halt: a kernel cannot guess at a layout
    /// it does not know.
    static func accept(_ pointer: UnsafePointer<ApusBootInfo>) -> BootParameters {
        let info = pointer.pointee
        guard info.magic == APUS_BOOTINFO_MAGIC else {
            Console.write("apus: BootInfo has a bad magic " + Format.hex(info.magic) + "; was this kernel started by the Apus loader?\n")
            Machine.halt()
        }
        guard info.version == APUS_BOOTINFO_VERSION, info.size == UInt32(MemoryLayout<ApusBootInfo>.size) else {
            Console.write("apus: BootInfo version " + String(info.version) + " size " + String(info.size)
                          + " not understood (kernel expects version " + String(APUS_BOOTINFO_VERSION)
                          + "); rebuild the loader and the kernel together\n")
            Machine.halt()
        }
        let count = Int(info.memory_map_count)
        // Room to split regions while resolving overlaps.
        let capacity = count * 2 + 16
        let regions = UnsafeMutablePointer<MemoryRegion>.allocate(capacity: capacity)
        let firmware = UnsafePointer<ApusMemoryRegion>(bitPattern: UInt(DirectMap.base + info.memory_map))!
        for index in 0..<count {
            let entry = firmware[index]
            (regions + index).initialize(to: MemoryRegion(base: PhysAddr(truncating: entry.base), pages: entry.pages,
                                                          kind: MemoryMap.kind(forFirmwareType: entry.type, attributes: entry.attributes)))
        }
        let normalised = MemoryMap.normalise(UnsafeMutableBufferPointer(start: regions, count: capacity), count: count)

        var cmdline = info.cmdline
        let text = withUnsafeBytes(of: &cmdline) { raw -> String in
            let length = raw.firstIndex(of: 0) ?? raw.count
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<length]), as: UTF8.self)
        }
        return BootParameters(regions: UnsafeMutableBufferPointer(start: regions, count: normalised),
                              commandLine: text, framebuffer: info.framebuffer, acpiRSDP: info.acpi_rsdp,
                              initrdBase: info.initrd_base, initrdSize: info.initrd_size,
                              kernelPhysBase: info.kernel_phys_base, kernelPhysSize: info.kernel_phys_size,
                              loaderStartTsc: info.loader_start_tsc, exitBootTsc: info.exit_boot_tsc)
    }
}
