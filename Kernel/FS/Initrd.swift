// The initrd as the loader left it (a cpio newc archive in APUS_MEM_INITRD pages, reached
// through the direct map). FIXME(issue 3, §5): the ramfs is filled from it and becomes the
// only way to files; until then exec reads regular files straight from the archive.
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

    /// A file of the archive by absolute path ("/sbin/init"), with its attributes.
    static func lookup(_ path: [UInt8]) throws(Errno) -> (data: UnsafeRawBufferPointer, mode: FileMode, uid: UInt32, gid: UInt32) {
        guard path.first == UInt8(ascii: "/") else { throw .ENOENT }
        let relative = path.dropFirst()
        var reader = CpioReader(archive)
        while true {
            let entry: CpioEntry?
            do throws(CpioError) { entry = try reader.next() } catch { throw .EIO }
            guard let entry else { throw .ENOENT }
            var name = Array(entry.nameBytes)
            if name.starts(with: [UInt8(ascii: "."), UInt8(ascii: "/")]) { name.removeFirst(2) }
            if name.elementsEqual(relative) { return (entry.data, entry.mode, entry.uid, entry.gid) }
        }
    }
}
