// The physical frame allocator: KernelCore.FrameBitmap (host-tested bookkeeping) over
// storage carved out of usable RAM, behind one spinlock. Usable RAM is free from the
// start; firmware boot-services and loader memory join once nothing needs them
// (reclaimBootMemory, called after the kernel runs on its own page tables).
import KernelCore

enum FrameAllocator {
    private static let lock = Spinlock()
    nonisolated(unsafe) private static var bitmap: FrameBitmap? = nil
    /// Frames the bitmap covers: [0, frameCount).
    nonisolated(unsafe) private(set) static var frameCount = 0
    nonisolated(unsafe) private(set) static var reclaimedBytes: UInt64 = 0

    /// Sets up the bitmap from the normalised map and frees every usable region.
    static func initialise(_ regions: UnsafeBufferPointer<MemoryRegion>) {
        var end: UInt64 = 0
        for region in regions where region.kind == .usable || region.kind == .reclaimable {
            end = max(end, region.base.value + region.pages * PageSize.small)
        }
        frameCount = Int(end / PageSize.small)
        let words = FrameBitmap.wordsNeeded(frameCount: frameCount)
        let storagePages = UInt64((words * 8 + Int(PageSize.small) - 1) / Int(PageSize.small))
        guard let home = regions.first(where: { $0.kind == .usable && $0.pages >= storagePages && $0.base.value != 0 }) else {
            panic("no usable region can hold the frame bitmap (" + String(storagePages) + " pages)")
        }
        let storage = DirectMap.pointer(home.base).bindMemory(to: UInt64.self, capacity: words)
        var map = FrameBitmap(storage: UnsafeMutableBufferPointer(start: storage, count: words),
                              base: PhysAddr(truncating: 0), frameCount: frameCount)
        for region in regions where region.kind == .usable {
            map.markFree(region.base, pages: Int(region.pages))
        }
        map.markUsed(home.base, pages: Int(storagePages))
        bitmap = map
    }

    /// Adds firmware boot-services, loader and handoff memory to the free pool. Call only
    /// when nothing points into it any more: the kernel's own GDT/IDT/stacks/page tables
    /// are live and the BootInfo has been copied.
    static func reclaimBootMemory(_ regions: UnsafeBufferPointer<MemoryRegion>) {
        lock.withLock {
            for region in regions where region.kind == .reclaimable {
                bitmap!.markFree(region.base, pages: Int(region.pages))
                reclaimedBytes += region.pages * PageSize.small
            }
        }
    }

    /// Adds the initrd's frames to the free pool once the ramfs holds its contents; returns
    /// the bytes freed. Linux: free_initrd_mem.
    static func releaseInitrd(_ regions: UnsafeBufferPointer<MemoryRegion>) -> UInt64 {
        lock.withLock {
            var freed: UInt64 = 0
            for region in regions where region.kind == .initrd {
                let first = region.base.frameNumber
                let last = min(first + region.pages, UInt64(frameCount))
                guard last > first else { continue }
                bitmap!.markFree(region.base, pages: Int(last - first))
                freed += (last - first) * PageSize.small
            }
            return freed
        }
    }

    static func allocate() -> PhysAddr? {
        lock.withLock { bitmap!.allocate() }
    }

    /// A frame filled with zeros.
    static func allocateZeroed() -> PhysAddr? {
        guard let frame = allocate() else { return nil }
        DirectMap.pointer(frame).initializeMemory(as: UInt8.self, repeating: 0, count: Int(PageSize.small))
        return frame
    }

    /// `pages` physically contiguous frames aligned to `alignment` pages (a power of two).
    static func allocateContiguous(pages: Int, alignment: Int = 1) -> PhysAddr? {
        lock.withLock { bitmap!.allocateContiguous(pages: pages, alignment: alignment) }
    }

    /// Returns frames; freeing a frame twice or one the allocator never managed is a kernel
    /// bug and panics with the address.
    static func free(_ frame: PhysAddr, pages: Int = 1) {
        let result: Result<Void, FrameError> = lock.withLock {
            do throws(FrameError) {
                try bitmap!.free(frame, pages: pages)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure = result {
            panic("bad frame free " + Format.hex(frame.value) + " (" + String(pages) + " pages)")
        }
    }

    static var freeFrames: Int { lock.withLock { bitmap!.freeCount } }
    static var managedFrames: Int { lock.withLock { bitmap!.totalManaged } }
}
