// The kernel heap behind the Swift runtime: power-of-two size classes from 16 to 2048
// bytes in one-frame slabs, larger blocks as contiguous frames, all reached through the
// direct map. Slab state lives in PageInfo, so objects carry no headers and every object
// is aligned to its class size. Empty slabs go back to the frame allocator (one per class
// is kept to avoid churn). One spinlock: callers include interrupt handlers.
import KernelCore
import KernelSupport

enum Heap {
    static let minimumClassShift = 4
    static let classCount = 8
    static let largestClass = 1 << (minimumClassShift + classCount - 1)   // 2048
    private static let pageSize = Int(PageSize.small)

    static let lock = Spinlock()
    nonisolated(unsafe) private static var ready = false
    /// Head of each class's list of slabs with free objects (frame numbers).
    nonisolated(unsafe) private static var partial: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0, 0, 0)
    nonisolated(unsafe) private(set) static var bytesInUse = 0
    /// Slab frames the heap holds (guarded by lock).
    nonisolated(unsafe) private static var slabFrames = 0

    /// Bytes in slab frames that no object uses: memory the heap holds but would give
    /// back if its objects were packed. sysinfo counts it as free, so its freeram depends
    /// on what is allocated, not on where (Linux's MemAvailable counts reclaimable slab).
    static var slackBytes: Int {
        lock.withLock {
            let smallInUse = bytesInUse - largeBytes
            return slabFrames * pageSize - smallInUse
        }
    }
    /// Bytes of large (page-granular) allocations (guarded by lock).
    nonisolated(unsafe) private static var largeBytes = 0

    /// Switches the runtime from the early arena to frames (needs FrameAllocator + PageInfo).
    static func enable() { ready = true }

    static func allocate(size: Int, alignment: Int) -> UnsafeMutableRawPointer? {
        // A panic may have interrupted the heap with its lock held: print from the arena.
        if percpu_current().pointee.in_panic != 0 {
            return EarlyHeap.allocate(size: size, alignment: alignment)
        }
        let state = lock.acquire()
        defer { lock.release(state) }
        guard ready else { return EarlyHeap.allocate(size: size, alignment: alignment) }
        let needed = max(max(size, 1), alignment)
        if needed <= largestClass {
            return allocateSmall(classIndex: classIndex(for: needed))
        }
        return allocateLarge(size: size, alignment: alignment)
    }

    static func free(_ pointer: UnsafeMutableRawPointer) {
        if percpu_current().pointee.in_panic != 0 { return }
        let state = lock.acquire()
        defer { lock.release(state) }
        if EarlyHeap.contains(pointer) { return }
        guard ready, let phys = DirectMap.physical(pointer) else {
            panic("heap: free of foreign pointer " + Format.hex(UInt64(UInt(bitPattern: pointer))))
        }
        let frame = Int(phys.value >> 12)
        let info = PageInfoTable.info(frameNumber: frame)
        switch info.pointee.tag {
        case PageInfo.largeTag:
            let pages = Int(info.pointee.next)
            guard phys.value & UInt64(pageSize - 1) == 0 else { panic("heap: bad large free") }
            info.pointee.tag = 0
            info.pointee.next = 0
            bytesInUse -= pages * pageSize
            largeBytes -= pages * pageSize
            FrameAllocator.free(phys, pages: pages)
        case 1...UInt16(classCount):
            freeSmall(pointer, frame: frame, info: info)
        default:
            panic("heap: free of pointer the heap never handed out " + Format.hex(UInt64(UInt(bitPattern: pointer))))
        }
    }

    /// Smallest class holding `size` bytes: 16 → 0, 17 → 1, 2048 → 7.
    static func classIndex(for size: Int) -> Int {
        let rounded = max(size, 1 << minimumClassShift)
        return (Int.bitWidth - (rounded - 1).leadingZeroBitCount) - minimumClassShift
    }

    private static func classSize(_ index: Int) -> Int { 1 << (index + minimumClassShift) }

    private static func head(_ index: Int) -> UInt32 {
        withUnsafeBytes(of: &partial) { $0.load(fromByteOffset: index * 4, as: UInt32.self) }
    }

    private static func setHead(_ index: Int, _ frame: UInt32) {
        withUnsafeMutableBytes(of: &partial) { $0.storeBytes(of: frame, toByteOffset: index * 4, as: UInt32.self) }
    }

    private static func slabPointer(_ frame: UInt32) -> UnsafeMutableRawPointer {
        DirectMap.pointer(PhysAddr(truncating: UInt64(frame) << 12))
    }

    private static func allocateSmall(classIndex index: Int) -> UnsafeMutableRawPointer? {
        var frame = head(index)
        if frame == 0 {
            guard let fresh = newSlab(classIndex: index) else { return nil }
            frame = fresh
        }
        let info = PageInfoTable.info(frameNumber: Int(frame))
        let offset = (Int(info.pointee.freeHead) - 1) << minimumClassShift
        let object = slabPointer(frame) + offset
        info.pointee.freeHead = object.load(as: UInt16.self)
        info.pointee.inUse += 1
        if info.pointee.freeHead == 0 { unlink(frame, classIndex: index) }
        bytesInUse += classSize(index)
        return object
    }

    /// A frame carved into objects; each free object's first two bytes name the next one.
    private static func newSlab(classIndex index: Int) -> UInt32? {
        guard let phys = FrameAllocator.allocate() else { return nil }
        let frame = UInt32(phys.value >> 12)
        let size = classSize(index)
        let objects = pageSize / size
        let base = slabPointer(frame)
        for slot in 0..<objects {
            let next = slot + 1 < objects ? UInt16(((slot + 1) * size) >> minimumClassShift) + 1 : 0
            (base + slot * size).storeBytes(of: next, as: UInt16.self)
        }
        let info = PageInfoTable.info(frameNumber: Int(frame))
        info.pointee = PageInfo(tag: UInt16(index + 1), inUse: 0, freeHead: 1, reserved: 0, next: 0, prev: 0)
        push(frame, classIndex: index)
        slabFrames += 1
        return frame
    }

    private static func freeSmall(_ pointer: UnsafeMutableRawPointer, frame: Int, info: UnsafeMutablePointer<PageInfo>) {
        let index = Int(info.pointee.tag) - 1
        let offset = Int(UInt(bitPattern: pointer) & UInt(pageSize - 1))
        guard offset & (classSize(index) - 1) == 0, info.pointee.inUse > 0 else {
            panic("heap: bad free " + Format.hex(UInt64(UInt(bitPattern: pointer))))
        }
        let wasFull = info.pointee.freeHead == 0
        pointer.storeBytes(of: info.pointee.freeHead, as: UInt16.self)
        info.pointee.freeHead = UInt16(offset >> minimumClassShift) + 1
        info.pointee.inUse -= 1
        bytesInUse -= classSize(index)
        if wasFull { push(UInt32(frame), classIndex: index) }
        let isOnlySlab = head(index) == UInt32(frame) && info.pointee.next == 0
        if info.pointee.inUse == 0 && !isOnlySlab {
            unlink(UInt32(frame), classIndex: index)
            info.pointee.tag = 0
            slabFrames -= 1
            FrameAllocator.free(PhysAddr(truncating: UInt64(frame) << 12))
        }
    }

    private static func push(_ frame: UInt32, classIndex index: Int) {
        let info = PageInfoTable.info(frameNumber: Int(frame))
        let old = head(index)
        info.pointee.next = old
        info.pointee.prev = 0
        if old != 0 { PageInfoTable.info(frameNumber: Int(old)).pointee.prev = frame }
        setHead(index, frame)
    }

    private static func unlink(_ frame: UInt32, classIndex index: Int) {
        let info = PageInfoTable.info(frameNumber: Int(frame))
        let (next, prev) = (info.pointee.next, info.pointee.prev)
        if prev != 0 { PageInfoTable.info(frameNumber: Int(prev)).pointee.next = next } else { setHead(index, next) }
        if next != 0 { PageInfoTable.info(frameNumber: Int(next)).pointee.prev = prev }
        info.pointee.next = 0
        info.pointee.prev = 0
    }

    private static func allocateLarge(size: Int, alignment: Int) -> UnsafeMutableRawPointer? {
        let pages = (size + pageSize - 1) / pageSize
        let alignPages = max(1, alignment / pageSize)
        guard alignPages & (alignPages - 1) == 0,
              let phys = FrameAllocator.allocateContiguous(pages: pages, alignment: alignPages) else { return nil }
        let info = PageInfoTable.info(frameNumber: Int(phys.value >> 12))
        info.pointee.tag = PageInfo.largeTag
        info.pointee.next = UInt32(pages)
        bytesInUse += pages * pageSize
        largeBytes += pages * pageSize
        return DirectMap.pointer(phys)
    }
}
