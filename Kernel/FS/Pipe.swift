// Pipes (Linux: fs/pipe.c): one shared Pipe holds the 64 KiB ring (KernelCore.PipeRing) and
// counts its open ends; PipeEnd.swift has the two OpenFiles that read and write it, and
// Syscalls/PipeSyscalls.swift creates them. Blocking is on two wait queues, with the big
// lock dropped while asleep (Process.whileBlocked).
import KernelCore
import LinuxABI

final class Pipe {
    /// Guards `ring`, `readers` and `writers`. A leaf spinlock: the wait-queue conditions
    /// take it (queue lock → pipe lock), so nothing is taken while it is held.
    let lock = Spinlock()
    /// The bytes in flight (guarded by `lock`).
    private var ring = PipeRing()
    /// Open read and write ends: OpenFiles, not descriptors, since dup and fork share one
    /// OpenFile (guarded by `lock`).
    private var readers = 0
    private var writers = 0
    /// Readers sleep here until there is data or no writer is left.
    let readable = WaitQueue()
    /// Writers sleep here until there is room or no reader is left.
    let writable = WaitQueue()
    /// Unique inode number for fstat (Linux: pipefs inodes).
    let inode: UInt64
    /// The inode's owner and times, for fstat and futimens (guarded by `lock`).
    private var times: AnonymousInodeTimes

    nonisolated(unsafe) private static var nextInode: UInt64 = 1
    private static let inodeLock = Spinlock()

    /// A pipe made at `created` by a process with `owner`'s filesystem identity.
    init(owner: FSCredentials, created: RamTimestamp) {
        inode = Pipe.inodeLock.withLock { () -> UInt64 in
            let value = Pipe.nextInode
            Pipe.nextInode += 1
            return value
        }
        times = AnonymousInodeTimes(created: created, owner: owner)
    }

    /// The owner and times as fstat shows them.
    var inodeTimes: AnonymousInodeTimes { lock.withLock { times } }

    /// futimens on either end (Linux: utimensat on the pipefs inode).
    func changeTimes(access: RamTimeChange, modification: RamTimeChange, credentials: FSCredentials,
                     now: RamTimestamp) throws(Errno) {
        try lock.withLock { () throws(Errno) in
            try times.change(access: access, modification: modification, credentials: credentials, now: now)
        }
    }

    func endOpened(writing: Bool) {
        lock.withLock { if writing { writers += 1 } else { readers += 1 } }
    }

    /// The last descriptor of an end went away: its peers must notice (EOF or EPIPE).
    func endClosed(writing: Bool) {
        lock.withLock { if writing { writers -= 1 } else { readers -= 1 } }
        if writing { readable.wakeAll() } else { writable.wakeAll() }
    }

    enum ReadResult { case bytes(Int), endOfFile, empty }

    /// Takes what is there into `buffer`.
    func tryRead(into buffer: UnsafeMutableRawBufferPointer) -> ReadResult {
        let result: ReadResult = lock.withLock {
            let got = ring.read(into: buffer)
            if got > 0 { return .bytes(got) }
            return writers == 0 ? .endOfFile : .empty
        }
        if case .bytes = result { writable.wakeAll() }
        return result
    }

    enum WriteResult { case bytes(Int), noReaders, full }

    /// Puts in as much of `buffer` as the atomicity rule allows now (PipeRing.writableNow).
    func tryWrite(from buffer: UnsafeRawBufferPointer) -> WriteResult {
        let result: WriteResult = lock.withLock {
            guard readers > 0 else { return .noReaders }
            let now = PipeRing.writableNow(pending: buffer.count, free: ring.free)
            guard now > 0 else { return .full }
            return .bytes(ring.write(UnsafeRawBufferPointer(rebasing: buffer[0..<now])))
        }
        if case .bytes = result { readable.wakeAll() }
        return result
    }

    /// For the wait conditions: a read would not block.
    var readReady: Bool { lock.withLock { !ring.isEmpty || writers == 0 } }

    /// A write of `pending` bytes would not block.
    func writeReady(pending: Int) -> Bool {
        lock.withLock { readers == 0 || PipeRing.writableNow(pending: pending, free: ring.free) > 0 }
    }

    /// poll(2) for one end (Linux: pipe_poll): the read end is readable with data and hung
    /// up once every writer is gone; the write end is writable with room for a PIPE_BUF
    /// write and in error once every reader is gone.
    func pollEvents(writing: Bool) -> Int16 {
        lock.withLock {
            var events: Int16 = 0
            if writing {
                if ring.free >= PipeRing.atomicLimit { events |= PollEvents.POLLOUT | PollEvents.POLLWRNORM }
                if readers == 0 { events |= PollEvents.POLLERR }
            } else {
                if !ring.isEmpty { events |= PollEvents.POLLIN | PollEvents.POLLRDNORM }
                if writers == 0 { events |= PollEvents.POLLHUP }
            }
            return events
        }
    }

    /// Bytes waiting to be read (FIONREAD).
    var available: Int { lock.withLock { ring.count } }
}
