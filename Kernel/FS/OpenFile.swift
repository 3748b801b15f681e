// An open file description (Linux: struct file): what read, write, lseek, fstat and ioctl
// act on. Every descriptor dup'ed from one open, or inherited through fork, shares one
// OpenFile and so its offset and status flags. Subclasses are the kinds of file: ramfs
// files and directories (VFS), pipe ends, the console TTY, /dev/null and /dev/zero. An
// OpenFile goes away when the last descriptor (and the last syscall using it) lets go:
// a subclass that must notice (a pipe end waking its peer) does it in deinit.
import KernelCore
import LinuxABI

class OpenFile {
    /// Access mode and status flags (O_APPEND, O_NONBLOCK, ...) from open(2) and F_SETFL.
    /// Guarded by `lock`.
    var flags: OpenFlags
    /// The file position for read/write/lseek (guarded by `lock`).
    var offset: Int64 = 0
    /// Serialises position updates between processes sharing the description (Linux:
    /// f_pos_lock). A sleeping lock: a read may block while holding it.
    let lock = Mutex()

    init(flags: OpenFlags) {
        self.flags = flags
    }

    var isReadable: Bool { flags.isReadable && !flags.contains(.O_PATH) }
    var isWritable: Bool { flags.isWritable && !flags.contains(.O_PATH) }
    var isNonblocking: Bool { flags.contains(.O_NONBLOCK) }
    /// True when a read never blocks and returns less only at end of file (regular files,
    /// /dev/zero): the read syscall then fills the whole request in chunks.
    var readsFully: Bool { false }
    /// The ramfs inode this file was opened from (fchdir, fchmod, a dirfd…); nil for
    /// files that have none (pipes, the console opened by the kernel).
    var inode: RamInode? { nil }

    /// Reads at the file position into a kernel buffer and advances it; 0 at end of file.
    /// May block (dropping the caller's big lock, see Process.whileBlocked). Linux: f_op->read.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { throw .EINVAL }

    /// Moves the position back over `count` bytes just read that could not be delivered
    /// (the user buffer faulted): Linux only advances over bytes copied. Default: nothing.
    func unread(_ count: Int) {}

    /// Writes from a kernel buffer at the file position (or the end with O_APPEND).
    func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int { throw .EINVAL }

    /// pread64: reads at `offset` without moving the position. ESPIPE for unseekable files.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int { throw .ESPIPE }

    /// pwrite64: writes at `offset` without moving the position.
    func write(from buffer: UnsafeRawBufferPointer, at offset: Int64) throws(Errno) -> Int { throw .ESPIPE }

    /// lseek(2): the new position. ESPIPE for pipes and terminals.
    func seek(_ offset: Int64, whence: Int32) throws(Errno) -> Int64 { throw .ESPIPE }

    /// fstat(2).
    func stat() throws(Errno) -> Stat { throw .EBADF }

    /// ioctl(2); ENOTTY for anything that is not a terminal.
    func ioctl(_ request: UInt64, _ argument: UInt64) throws(Errno) -> Int64 { throw .ENOTTY }

    /// getdents64(2): appends linux_dirent64 records to `buffer` from the position on;
    /// returns the bytes used. ENOTDIR for anything that is not a directory.
    func readDirectory(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int { throw .ENOTDIR }

    /// poll(2): the events the file is ready for now (Linux: f_op->poll). Files whose
    /// reads and writes never block are always ready, as Linux's DEFAULT_POLLMASK.
    func pollEvents() -> Int16 { PollEvents.defaultMask }

    /// poll(2): registers `waiter` on the wait queue(s) whose wakes can change pollEvents
    /// (Linux: poll_wait inside f_op->poll). Files that are always ready have none.
    func pollRegister(_ waiter: PollWaiter) {}

    /// F_SETFL: only the settable status flags change (Linux: setfl).
    func setStatusFlags(_ new: OpenFlags) {
        lock.lock()
        flags = flags.subtracting(OpenFlags.settableByFcntl).union(new.intersection(OpenFlags.settableByFcntl))
        lock.unlock()
    }
}
