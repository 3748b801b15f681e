// The GOP framebuffer the loader found (BootInfo.framebuffer): checked, mapped into a
// device window write-combining (PAT entry 1 reprogrammed from write-through to WC, as
// Linux's pat_init does for its WC slot) or uncached when the CPU has no PAT. Drawing is
// KernelCore.GlyphRenderer's; Boot/ScreenConsole.swift owns the text on it.
import KernelCore
import KernelSupport

enum Framebuffer {
    /// IA32_PAT (SDM Vol. 3A §11.12.2) and the memory type written to its entry 1.
    private static let patMSR: UInt32 = 0x277
    private static let patEntryBits: UInt64 = 8, writeCombining: UInt64 = 0x01
    /// CPUID.1:EDX bit 16: the PAT exists.
    private static let cpuidPATBit: UInt32 = 1 << 16
    /// GOP formats with memory behind them are 32 bits per pixel (UEFI 2.10 §12.9).
    static let bytesPerPixel = 4

    /// Why a BootInfo framebuffer is not used, or nil when it is fine.
    static func problem(_ fb: ApusFramebuffer) -> String? {
        if fb.base == 0 || fb.format == UInt32(APUS_FB_NONE) { return "none" }
        if fb.width == 0 || fb.height == 0 || fb.stride < fb.width { return "bad geometry" }
        let needed = UInt64(fb.stride) * UInt64(fb.height) * UInt64(bytesPerPixel)
        if fb.size != 0 && fb.size < needed { return "smaller than its geometry" }
        if fb.base & 3 != 0 { return "misaligned" }
        return nil
    }

    /// Maps the framebuffer and returns the drawing target, or nil (logged) if unusable.
    static func map(_ fb: ApusFramebuffer) -> PixelTarget? {
        if let problem = problem(fb) {
            Log.info("screen: no framebuffer (" + problem + "); serial only")
            return nil
        }
        guard let encoding = PixelEncoding(format: fb.format, red: fb.red_mask, green: fb.green_mask, blue: fb.blue_mask) else {
            Log.warn("screen: framebuffer pixel format " + String(fb.format) + " not usable; serial only")
            return nil
        }
        let bytes = Int(fb.stride) * Int(fb.height) * bytesPerPixel
        let combining = enableWriteCombining()
        let flags: PageFlags = combining ? [.writeThrough] : [.cacheDisable, .writeThrough]
        let window = KernelAddressSpace.mapDevice(PhysAddr(truncating: fb.base), bytes: bytes, cacheFlags: flags)
        let format = fb.format == UInt32(APUS_FB_RGBX) ? "RGB" : fb.format == UInt32(APUS_FB_BGRX) ? "BGR" : "bit mask"
        Log.info("screen: " + String(fb.width) + "x" + String(fb.height) + " stride " + String(fb.stride) + " " + format
                 + " at " + Format.hex(fb.base) + (combining ? ", write-combining" : ", uncached"))
        return PixelTarget(pixels: window.assumingMemoryBound(to: UInt32.self), width: Int(fb.width),
                           height: Int(fb.height), stride: Int(fb.stride), encoding: encoding)
    }

    /// Makes PAT entry 1 (PWT=1, PCD=0, PAT=0) write-combining; false without a PAT.
    /// Nothing else in Apus maps with PWT alone, so changing that entry affects no one.
    private static func enableWriteCombining() -> Bool {
        guard cpu_cpuid(1, 0).edx & cpuidPATBit != 0 else { return false }
        var pat = cpu_rdmsr(patMSR)
        pat &= ~(UInt64(0xFF) << patEntryBits)
        pat |= writeCombining << patEntryBits
        cpu_wrmsr(patMSR, pat)
        return true
    }
}
