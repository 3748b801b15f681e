// Frames that back user pages, with reference counts in their PageInfo so copy-on-write
// fork can share them: a frame is freed when the last address space mapping it lets go.
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

    static func retain(_ frame: PhysAddr) {
        lock.withLock {
            let info = PageInfoTable.info(frameNumber: Int(frame.frameNumber))
            precondition(info.pointee.tag == userTag, "retain of a non-user frame")
            info.pointee.refCount += 1
        }
    }

    /// Drops one reference; frees the frame with the last one.
    static func release(_ frame: PhysAddr) {
        let last: Bool = lock.withLock {
            let info = PageInfoTable.info(frameNumber: Int(frame.frameNumber))
            precondition(info.pointee.tag == userTag && info.pointee.refCount > 0, "release of a non-user frame")
            info.pointee.refCount -= 1
            if info.pointee.refCount == 0 {
                info.pointee.tag = 0
                return true
            }
            return false
        }
        if last { FrameAllocator.free(frame) }
    }

    static func referenceCount(_ frame: PhysAddr) -> UInt32 {
        lock.withLock { PageInfoTable.info(frameNumber: Int(frame.frameNumber)).pointee.refCount }
    }
}
