// One descriptor per physical frame (like Linux's struct page, but 16 bytes): what the
// frame is used for. The heap keeps its slab state here; reference counts for copy-on-write
// join in the user-mode issue. Lives in frames taken from the allocator at boot.
import KernelCore

struct PageInfo {
    /// 0: not described; 1...8: heap slab of that size class; `largeTag`: first frame of a
    /// large heap block (`next` holds its page count).
    var tag: UInt16
    /// Heap slab: objects handed out.
    var inUse: UInt16
    /// Heap slab: first free object as (offset / 16) + 1; 0 when full.
    var freeHead: UInt16
    var reserved: UInt16
    /// Heap slab: neighbours in the size class's partial list (frame numbers; 0 = none,
    /// frame 0 is never handed out).
    var next: UInt32
    var prev: UInt32

    static let largeTag: UInt16 = 0x100
}

enum PageInfoTable {
    nonisolated(unsafe) private static var base: UnsafeMutablePointer<PageInfo>? = nil
    nonisolated(unsafe) private static var count = 0

    /// Allocates and zeroes the table for every frame the allocator manages.
    static func initialise(frameCount: Int) {
        let bytes = frameCount * MemoryLayout<PageInfo>.stride
        let pages = (bytes + Int(PageSize.small) - 1) / Int(PageSize.small)
        guard let frames = FrameAllocator.allocateContiguous(pages: pages) else {
            panic("no room for the page descriptor table (" + String(pages) + " pages)")
        }
        let pointer = DirectMap.pointer(frames)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: pages * Int(PageSize.small))
        base = pointer.bindMemory(to: PageInfo.self, capacity: frameCount)
        count = frameCount
    }

    static var isReady: Bool { base != nil }

    static func info(frameNumber: Int) -> UnsafeMutablePointer<PageInfo> {
        precondition(frameNumber > 0 && frameNumber < count, "page info out of range")
        return base! + frameNumber
    }
}
