// The open files that stand for a ramfs inode: the common base (the inode, fstat), and
// the O_PATH kind that only names a location. Regular files: RamRegularFile.swift;
// directories: RamDirectoryFile.swift; device nodes: DeviceFiles.swift.
import KernelCore
import LinuxABI

/// An open file for an inode of the root filesystem. Linux: a `struct file` whose
/// f_inode is a tmpfs inode.
class InodeFile: OpenFile {
    let node: RamInode

    init(node: RamInode, flags: OpenFlags) {
        self.node = node
        super.init(flags: flags)
    }

    override var inode: RamInode? { node }

    /// Linux: vfs_fstat → generic_fillattr.
    override func stat() throws(Errno) -> Stat { VFS.stat(node) }
}

/// An O_PATH descriptor: fstat, fchdir and use as a dirfd work; anything that would touch
/// the file's contents is EBADF. Linux: open(2) O_PATH, the FMODE_PATH file.
final class PathFile: InodeFile {
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { throw .EBADF }
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int { throw .EBADF }
    override func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int { throw .EBADF }
    override func write(from buffer: UnsafeRawBufferPointer, at offset: Int64) throws(Errno) -> Int { throw .EBADF }
    override func seek(_ offset: Int64, whence: Int32) throws(Errno) -> Int64 { throw .EBADF }
    override func ioctl(_ request: UInt64, _ argument: UInt64) throws(Errno) -> Int64 { throw .EBADF }
    override func readDirectory(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { throw .EBADF }
}
