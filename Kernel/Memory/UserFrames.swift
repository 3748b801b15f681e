// Frames that back user pages, with reference counts in their PageInfo so copy-on-write
// fork can share them: a frame is freed when the last address space mapping it lets go.
// Whole page tables are retained or released under one lock hold (fork and exit are hot).
import KernelCore

extension PageInfo {
    static let userTag: UInt16 = 0x200
    /// For user frames `next` holds the reference count (the slab fields are unused).
    var refCount: UInt32 {
        get { next }
        set { next = newValue }
    }
}

enum UserFrames {
    private static let lock = Spinlock()
    private static let present: UInt64 = 1, protNone: UInt64 = 1 << 10

    /// A zero-filled frame with one reference.
    static func allocate() -> PhysAddr? {
        guard let frame = FrameAllocator.allocateZeroed() else { return nil }
        lock.withLock {
            let info = PageInfoTable.info(frameNumber: Int(frame.frameNumber))
            info.pointee = PageInfo(tag: userTag, inUse: 0, freeHead: 0, reserved: 0, next: 1, prev: 0)
        }
        return frame
    }

    private static var userTag: UInt16 { PageInfo.userTag }

    private static func retainLocked(_ frame: PhysAddr) {
        let info = PageInfoTable.info(frameNumber: Int(frame.frameNumber))
        precondition(info.pointee.tag == userTag, "retain of a non-user frame")
        info.pointee.refCount += 1
    }

    /// Drops one reference with the lock held; true when it was the last.
    private static func releaseLocked(_ frame: PhysAddr) -> Bool {
        let info = PageInfoTable.info(frameNumber: Int(frame.frameNumber))
        precondition(info.pointee.tag == userTag && info.pointee.refCount > 0, "release of a non-user frame")
        info.pointee.refCount -= 1
        guard info.pointee.refCount == 0 else { return false }
        info.pointee.tag = 0
        return true
    }

    static func retain(_ frame: PhysAddr) {
        lock.withLock { retainLocked(frame) }
    }

    /// Drops one reference; frees the frame with the last one.
    static func release(_ frame: PhysAddr) {
        if lock.withLock({ releaseLocked(frame) }) { FrameAllocator.free(frame) }
    }

    /// fork's copy of one page table (Linux: copy_pte_range): every leaf that holds a frame
    /// goes to the zeroed `child` without the `writable` bit, the parent's loses it too, and
    /// the frame gains a reference — one pass, one lock hold.
    static func shareLeaves(from parent: UnsafeMutablePointer<UInt64>, to child: UnsafeMutablePointer<UInt64>,
                            writable: UInt64) {
        lock.withLock {
            for index in 0..<512 {
                var entry = parent[index]
                guard entry & (present | protNone) != 0 else { continue }
                if entry & writable != 0 {
                    entry &= ~writable
                    parent[index] = entry
                }
                child[index] = entry
                retainLocked(PhysAddr(truncating: entry & PageTableEntry.addressMask))
            }
        }
    }

    /// Drops the reference of every leaf in `table` that holds one, freeing last ones.
    static func releaseAll(inTable table: UnsafeMutablePointer<UInt64>) {
        for index in 0..<512 where table[index] & (present | protNone) != 0 {
            release(PhysAddr(truncating: table[index] & PageTableEntry.addressMask))
        }
    }

    static func referenceCount(_ frame: PhysAddr) -> UInt32 {
        lock.withLock { PageInfoTable.info(frameNumber: Int(frame.frameNumber)).pointee.refCount }
    }
}
