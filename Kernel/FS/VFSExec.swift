// What execve(2) needs from the VFS: the program file's pages and attributes, with the
// lookup errors and Linux's exec permission rules (do_open_execat, may_open with
// MAY_EXEC: a regular file, and execute permission — root too needs one x bit).
import KernelCore
import LinuxABI

/// A program file as execve reads it: the frames of its pages, held (retained) for as long
/// as this lives, so what exec reads and maps is the file as it was at open even if it is
/// written meanwhile (the file then writes to copies); and the attributes that decide
/// set-user-ID / set-group-ID. Nothing is copied up front: `start` is the first page.
final class VFSProgramFile {
    let mode: FileMode
    let owner: UInt32
    let group: UInt32
    /// The file's length in bytes.
    let size: Int
    /// The frames holding the file's pages, in order (nil for a hole): exec maps them
    /// read-only instead of copying (ExecLoader).
    let pageFrames: [PhysAddr?]
    /// The first page of the file (or all of it when shorter): #! lines and ELF headers.
    let start: UnsafeRawBufferPointer

    /// Writers are kept out while exec reads the file; the new image keeps this.
    let hold: ExecutableHold

    init(mode: FileMode, owner: UInt32, group: UInt32, size: Int, pageFrames: [PhysAddr?], hold: ExecutableHold) {
        self.hold = hold
        self.mode = mode
        self.owner = owner
        self.group = group
        self.size = size
        self.pageFrames = pageFrames
        let first = min(size, Int(PageSize.small))
        if let frame = pageFrames.first ?? nil, first > 0 {
            start = UnsafeRawBufferPointer(start: DirectMap.pointer(frame), count: first)
        } else {
            // A hole, or an empty file: the bytes read as zeros.
            let zeros = UnsafeMutableRawBufferPointer.allocate(byteCount: max(first, 1), alignment: 16)
            zeros.initializeMemory(as: UInt8.self, repeating: 0)
            start = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(zeros)[0..<first])
            ownsStart = true
        }
    }

    private var ownsStart = false

    deinit {
        if ownsStart { UnsafeMutableRawPointer(mutating: start.baseAddress)?.deallocate() }
        for case let frame? in pageFrames { UserFrames.release(frame) }
    }

    /// Copies `buffer.count` bytes from file offset `offset` (holes read as zeros); the
    /// caller keeps within the file.
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) {
        var done = 0
        while done < buffer.count {
            let at = offset + UInt64(done)
            let index = Int(at / PageSize.small), inPage = Int(at % PageSize.small)
            let chunk = min(buffer.count - done, Int(PageSize.small) - inPage)
            let destination = UnsafeMutableRawBufferPointer(rebasing: buffer[done..<(done + chunk)])
            if index < pageFrames.count, let frame = pageFrames[index] {
                destination.copyMemory(from: UnsafeRawBufferPointer(start: DirectMap.pointer(frame) + inPage, count: chunk))
            } else {
                _ = destination.initializeMemory(as: UInt8.self, repeating: 0)
            }
            done += chunk
        }
    }

    /// The whole file in one buffer, for the rare image whose headers are not all in the
    /// first page; the caller deallocates it.
    func wholeCopy() -> UnsafeMutableRawBufferPointer {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 16)
        read(at: 0, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<size]))
        return UnsafeMutableRawBufferPointer(rebasing: buffer[0..<size])
    }
}

extension VFS {
    /// The program at `path` (relative paths from `process`'s working directory, or the
    /// root when `process` is nil, as for init), checked with `process`'s filesystem ids
    /// (root when nil). Errors: ENOENT, ENOTDIR, ENAMETOOLONG, ELOOP, EACCES from the
    /// lookup; EACCES for anything but a regular file or without execute permission;
    /// ETXTBSY while the file is open for writing. Linux: do_open_execat.
    static func openForExec(path: [UInt8], process: Process?) throws(Errno) -> VFSProgramFile {
        let start = process?.fsContext.workingDirectory ?? root
        let credentials = process?.fsCredentials ?? .root
        return try withLock { fs throws(Errno) -> VFSProgramFile in
            let inode = try fs.lookup(path, from: start, credentials: credentials)
            try FilePermissions.checkExecutable(mode: inode.mode, owner: inode.uid, group: inode.gid,
                                                credentials: credentials)
            // ETXTBSY while it is open for writing (Linux do_open_execat).
            let hold = try ExecutableHold.take(inode)
            // Held under the lock, so a write or truncate after this point copies the page.
            let frames = fs.dataPages(inode).map { page -> PhysAddr? in
                guard let page, let frame = DirectMap.physical(page) else { return nil }
                UserFrames.retain(frame)
                return frame
            }
            return VFSProgramFile(mode: inode.mode, owner: inode.uid, group: inode.gid, size: Int(inode.size),
                                  pageFrames: frames, hold: hold)
        }
    }
}
