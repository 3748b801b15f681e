// The two open files of a pipe (Linux: the read and write struct file of pipe(2), both
// with pipefifo_fops): reads block until data or end of file, writes until everything is
// written; O_NONBLOCK turns a wait into EAGAIN; a write with no reader left is EPIPE and
// SIGPIPE. Each end counts itself open in `init` and closed in `deinit`, which runs when the
// last descriptor (after dup/fork) and the last syscall using it let go.
import KernelCore
import LinuxABI

final class PipeEnd: OpenFile {
    let pipe: Pipe
    let writing: Bool

    init(pipe: Pipe, writing: Bool, nonblocking: Bool) {
        self.pipe = pipe
        self.writing = writing
        var flags: OpenFlags = writing ? .O_WRONLY : .O_RDONLY
        if nonblocking { flags.insert(.O_NONBLOCK) }
        super.init(flags: flags)
        pipe.endOpened(writing: writing)
    }

    deinit {
        pipe.endClosed(writing: writing)
    }

    /// Linux: pipe_read. Returns what is there (at least one byte), 0 once every writer is
    /// gone and the pipe is drained.
    override func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            switch pipe.tryRead(into: buffer) {
            case .bytes(let got): return got
            case .endOfFile: return 0
            case .empty:
                guard !isNonblocking else { throw .EAGAIN }
                let pipe = self.pipe
                try Process.whileBlocked { () throws(Errno) in
                    try pipe.readable.waitInterruptible { pipe.readReady }
                }
            }
        }
    }

    /// Linux: pipe_write. Blocks until all of `buffer` is in; at most PIPE_BUF bytes go in
    /// at once or not at all. A non-blocking write returns what fitted (EAGAIN if nothing).
    override func write(from buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        var done = 0
        while done < buffer.count {
            let rest = UnsafeRawBufferPointer(rebasing: buffer[done...])
            switch pipe.tryWrite(from: rest) {
            case .bytes(let wrote):
                done += wrote
            case .noReaders:
                raiseBrokenPipe()
                if done > 0 { return done }
                throw .EPIPE
            case .full:
                if isNonblocking {
                    if done > 0 { return done }
                    throw .EAGAIN
                }
                let pipe = self.pipe
                let pending = rest.count
                do throws(Errno) {
                    try Process.whileBlocked { () throws(Errno) in
                        try pipe.writable.waitInterruptible { pipe.writeReady(pending: pending) }
                    }
                } catch {
                    if done > 0 { return done }   // Linux reports the bytes already written
                    throw error
                }
            }
        }
        return done
    }

    /// Linux sends SIGPIPE to the writer on every write to a pipe without readers.
    private func raiseBrokenPipe() {
        guard let process = Process.current else { return }
        Signals.send(.SIGPIPE, to: process)
    }

    override func pollEvents() -> Int16 { pipe.pollEvents(writing: writing) }

    /// The read end changes on writes and on the last writer's close (readable); the write
    /// end on reads and on the last reader's close (writable).
    override func pollRegister(_ waiter: PollWaiter) { waiter.register(writing ? pipe.writable : pipe.readable) }

    /// FIONREAD: bytes waiting in the pipe (Linux: pipe_ioctl). Anything else is ENOTTY.
    override func ioctl(_ request: UInt64, _ argument: UInt64) throws(Errno) -> Int64 {
        guard request == UInt64(IoctlRequest.FIONREAD) else { throw .ENOTTY }
        try UserMemory.write(Int32(clamping: pipe.available), to: argument)
        return 0
    }

    /// A FIFO owned by its creator, mode 0600 as Linux's pipefs gives it.
    override func stat() throws(Errno) -> Stat {
        var info = Stat()
        info.mode = FileMode(rawValue: FileMode.S_IFIFO | 0o600)
        info.st_ino = pipe.inode
        info.st_nlink = 1
        info.st_blksize = Int64(PipeRing.atomicLimit)
        pipe.inodeTimes.fill(&info)
        return info
    }
}
