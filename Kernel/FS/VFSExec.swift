// What execve(2) needs from the VFS: the program file's bytes and attributes, with the
// lookup errors and Linux's exec permission rules (do_open_execat, may_open with
// MAY_EXEC: a regular file, and execute permission — root too needs one x bit).
import KernelCore
import LinuxABI

/// A program file as execve reads it: a private copy of its contents (freed with the
/// object) and the attributes that decide set-user-ID / set-group-ID.
final class VFSProgramFile {
    private let storage: UnsafeMutableRawBufferPointer
    let mode: FileMode
    let owner: UInt32
    let group: UInt32

    /// The file's contents.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(storage) }

    /// The frames holding the file's pages, in order (nil for a hole), each retained for as
    /// long as this lives: exec maps them read-only instead of copying (ExecLoader).
    let pageFrames: [PhysAddr?]

    init(storage: UnsafeMutableRawBufferPointer, mode: FileMode, owner: UInt32, group: UInt32, pageFrames: [PhysAddr?]) {
        self.storage = storage
        self.mode = mode
        self.owner = owner
        self.group = group
        self.pageFrames = pageFrames
    }

    deinit {
        storage.deallocate()
        for case let frame? in pageFrames { UserFrames.release(frame) }
    }
}

extension VFS {
    /// Reads the program at `path` (relative paths from `process`'s working directory, or
    /// the root when `process` is nil, as for init), checked with `process`'s filesystem
    /// ids (root when nil). Errors: ENOENT, ENOTDIR, ENAMETOOLONG, ELOOP, EACCES from the
    /// lookup; EACCES for anything but a regular file or without execute permission.
    /// Linux: do_open_execat.
    static func openForExec(path: [UInt8], process: Process?) throws(Errno) -> VFSProgramFile {
        let start = process?.fsContext.workingDirectory ?? root
        let credentials = process?.fsCredentials ?? .root
        return try withLock { fs throws(Errno) -> VFSProgramFile in
            let inode = try fs.lookup(path, from: start, credentials: credentials)
            try FilePermissions.checkExecutable(mode: inode.mode, owner: inode.uid, group: inode.gid,
                                                credentials: credentials)
            let size = Int(inode.size)
            let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
            let copied: Int
            do throws(Errno) { copied = try fs.read(inode, at: 0, into: storage) } catch {
                storage.deallocate()
                throw error
            }
            // Held under the lock, so a write or truncate after this point copies the page.
            let frames = fs.dataPages(inode).map { page -> PhysAddr? in
                guard let page, let frame = DirectMap.physical(page) else { return nil }
                UserFrames.retain(frame)
                return frame
            }
            let file = VFSProgramFile(storage: storage, mode: inode.mode, owner: inode.uid, group: inode.gid,
                                      pageFrames: frames)
            guard copied == size else { throw .EIO }
            return file
        }
    }
}
