// The lines a person reads after boot: the memory map summary and how long booting took.
import KernelCore
import KernelSupport

enum BootReport {
    static func memory(_ boot: BootParameters) {
        for region in boot.regions {
            Log.debug("memory map: " + Format.hex(region.base.value) + "-" + Format.hex(region.end - 1) + " "
                      + name(region.kind) + " (" + Format.mebibytes(region.bytes) + ")")
        }
        let summary = MemoryMap.summary(UnsafeBufferPointer(boot.regions))
        Log.info("memory: " + Format.mebibytes(summary.usableBytes) + " usable, "
                 + Format.mebibytes(summary.reservedBytes) + " reserved, "
                 + Format.mebibytes(FrameAllocator.reclaimedBytes) + " reclaimed from firmware and loader")
        Log.info("memory: " + String(FrameAllocator.freeFrames) + " of " + String(FrameAllocator.managedFrames)
                 + " frames free, kernel image " + Format.mebibytes(boot.kernelPhysSize)
                 + ", initrd " + Format.mebibytes(boot.initrdSize))
    }

    private static func name(_ kind: MemoryKind) -> String {
        switch kind {
        case .usable: return "usable"
        case .reclaimable: return "reclaimable"
        case .kernelImage: return "kernel"
        case .initrd: return "initrd"
        case .acpiReclaimable: return "acpi"
        case .acpiNVS: return "acpi-nvs"
        case .reserved: return "reserved"
        case .mmio: return "mmio"
        }
    }

    static func time(_ boot: BootParameters) {
        let now = cpu_rdtsc()
        let sinceLoader = Clock.nanoseconds(fromTsc: now &- boot.loaderStartTsc)
        let inKernel = Clock.nanoseconds(fromTsc: now &- Clock.bootTsc)
        let tscMHz = Clock.tscPerSecond / 1_000_000
        Log.info("time: tsc " + String(tscMHz) + " MHz, tick " + String(Clock.tickHz) + " Hz, lapic timer "
                 + String(LocalAPIC.timerFrequency / 1000) + " kHz")
        Log.info("boot: " + Format.decimal(sinceLoader, over: 1_000_000, fractionDigits: 3) + " ms since the loader started, "
                 + Format.decimal(inKernel, over: 1_000_000, fractionDigits: 3) + " ms in the kernel")
    }
}
