// The byte ring inside a pipe (Linux: the pipe_buffer array of fs/pipe.c, here one flat
// ring of bytes) and the decision how much of a pending write may go in now, which is
// where PIPE_BUF atomicity lives. Pure: the kernel's Kernel/FS/Pipe.swift adds the locking,
// blocking and wake-ups; Tests/KernelCoreTests/PipeRingTests.swift tests the edges.

/// A fixed-capacity FIFO of bytes. Not thread-safe: the owner locks around it.
public struct PipeRing {
    /// Linux's default pipe capacity: 16 pages (PIPE_DEF_BUFFERS × PAGE_SIZE).
    public static let defaultCapacity = 16 * 4096
    /// Linux's PIPE_BUF: writes of at most this many bytes are atomic (pipe(7)).
    public static let atomicLimit = 4096

    private var storage: [UInt8]
    /// Index of the oldest byte.
    private var head = 0
    /// Bytes held.
    public private(set) var count = 0

    public init(capacity: Int = PipeRing.defaultCapacity) {
        precondition(capacity > 0, "a pipe ring needs room")
        storage = [UInt8](repeating: 0, count: capacity)
    }

    public var capacity: Int { storage.count }
    /// Bytes that can be written without blocking.
    public var free: Int { storage.count - count }
    public var isEmpty: Bool { count == 0 }
    public var isFull: Bool { count == storage.count }

    /// How many of `pending` bytes a write may put in now, with `free` bytes of room
    /// (pipe(7)): a write of at most PIPE_BUF bytes goes in whole or not at all, a larger
    /// one takes whatever room there is. 0 means "wait" (or EAGAIN when non-blocking).
    public static func writableNow(pending: Int, free: Int) -> Int {
        guard pending > 0, free > 0 else { return 0 }
        if pending <= atomicLimit { return pending <= free ? pending : 0 }
        return min(pending, free)
    }

    /// Appends up to `free` bytes of `bytes`; returns how many went in.
    @discardableResult
    public mutating func write(_ bytes: UnsafeRawBufferPointer) -> Int {
        let total = min(bytes.count, free)
        guard total > 0, let source = bytes.baseAddress else { return 0 }
        let tail = (head + count) % storage.count
        let first = min(total, storage.count - tail)
        storage.withUnsafeMutableBytes { ring in
            ring.baseAddress!.advanced(by: tail).copyMemory(from: source, byteCount: first)
            if total > first {
                ring.baseAddress!.copyMemory(from: source.advanced(by: first), byteCount: total - first)
            }
        }
        count += total
        return total
    }

    /// Removes up to `buffer.count` of the oldest bytes into `buffer`; returns how many.
    @discardableResult
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let total = min(buffer.count, count)
        guard total > 0, let target = buffer.baseAddress else { return 0 }
        let first = min(total, storage.count - head)
        storage.withUnsafeBytes { ring in
            target.copyMemory(from: ring.baseAddress!.advanced(by: head), byteCount: first)
            if total > first {
                target.advanced(by: first).copyMemory(from: ring.baseAddress!, byteCount: total - first)
            }
        }
        head = (head + total) % storage.count
        count -= total
        if count == 0 { head = 0 }   // keeps later writes contiguous
        return total
    }

    /// Drops everything held.
    public mutating func removeAll() {
        head = 0
        count = 0
    }
}
