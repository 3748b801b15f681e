// The initrd as the loader left it (a cpio newc archive in APUS_MEM_INITRD pages, reached
// through the direct map) until VFS.mountRoot has unpacked it into the ramfs; then its
// frames are freed.
import KernelCore
import LinuxABI

enum Initrd {
    nonisolated(unsafe) private static var archive = UnsafeRawBufferPointer(start: nil, count: 0)

    static func adopt(base: UInt64, size: UInt64) {
        guard base != 0, size != 0 else { return }
        archive = UnsafeRawBufferPointer(start: DirectMap.pointer(PhysAddr(truncating: base)), count: Int(size))
    }

    /// The whole archive (empty when the loader passed none), for VFS.mountRoot.
    static var bytes: UnsafeRawBufferPointer { archive }

    /// Forgets the archive and frees its frames: after VFS.mountRoot the ramfs holds every
    /// file, so the initrd's memory goes back to the pool.
    static func release(_ regions: UnsafeBufferPointer<MemoryRegion>) {
        archive = UnsafeRawBufferPointer(start: nil, count: 0)
        let freed = FrameAllocator.releaseInitrd(regions)
        Log.info("initrd: unpacked into the ramfs; " + Format.mebibytes(freed) + " freed")
    }
}
