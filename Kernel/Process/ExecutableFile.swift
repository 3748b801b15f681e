// The file execve runs: its bytes and the attributes exec checks (mode, owner), opened with
// Linux's rules — lookup errors from the path walk, EACCES unless it is a regular file the
// caller may execute. FIXME(issue 3, §5): read through the VFS (relative paths, symlinks);
// until it lands, program files come straight from the initrd archive by absolute path.
import KernelCore
import LinuxABI

final class ExecutableFile {
    let bytes: UnsafeRawBufferPointer
    let mode: FileMode
    let owner: UInt32
    let group: UInt32

    init(bytes: UnsafeRawBufferPointer, mode: FileMode, owner: UInt32, group: UInt32) {
        self.bytes = bytes
        self.mode = mode
        self.owner = owner
        self.group = group
    }

    /// Opens `path` for `process` to execute. Linux: do_open_execat.
    static func open(_ path: [UInt8], for process: Process) throws(Errno) -> ExecutableFile {
        guard path.count < ExecSyscalls.pathMax else { throw .ENAMETOOLONG }
        let entry = try Initrd.lookup(path)
        try FilePermissions.checkExecutable(mode: entry.mode, owner: entry.uid, group: entry.gid,
                                            credentials: process.credentials.filesystem)
        return ExecutableFile(bytes: entry.data, mode: entry.mode, owner: entry.uid, group: entry.gid)
    }
}
