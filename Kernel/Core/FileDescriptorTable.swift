// A process's file descriptors (Linux: struct files_struct / fdtable): numbers mapped to
// shared open file descriptions plus the per-descriptor close-on-exec flag. The kernel
// stores its OpenFile objects here; the rules (lowest free number, dup2/dup3, F_DUPFD's
// lower bound, RLIMIT_NOFILE, exec's close-on-exec sweep) are pure and host-tested.
import LinuxABI

/// Descriptor slots of one process. Copying the table (fork) shares the entries, as
/// Linux's dup_fd shares the struct file behind each descriptor.
public struct FileDescriptorTable<Entry> {
    /// One used slot.
    public struct Slot {
        public var entry: Entry
        public var closeOnExec: Bool
    }

    private var slots: [Slot?] = []
    /// RLIMIT_NOFILE's soft limit: descriptors are numbered below it. Linux's default is 1024.
    public var limit: Int

    /// Linux's default RLIMIT_NOFILE soft limit.
    public static var defaultLimit: Int { 1024 }

    public init(limit: Int = FileDescriptorTable.defaultLimit) {
        self.limit = limit
    }

    /// The entry behind `fd`; EBADF when it is not open.
    public func entry(_ fd: Int) throws(Errno) -> Entry {
        guard let slot = slot(fd) else { throw .EBADF }
        return slot.entry
    }

    /// The slot behind `fd`, or nil when it is not open (negative numbers included).
    public func slot(_ fd: Int) -> Slot? {
        guard fd >= 0, fd < slots.count else { return nil }
        return slots[fd]
    }

    /// Linux: F_GETFD's FD_CLOEXEC.
    public func closeOnExec(_ fd: Int) throws(Errno) -> Bool {
        guard let slot = slot(fd) else { throw .EBADF }
        return slot.closeOnExec
    }

    /// Linux: F_SETFD.
    public mutating func setCloseOnExec(_ fd: Int, _ value: Bool) throws(Errno) {
        guard slot(fd) != nil else { throw .EBADF }
        slots[fd]!.closeOnExec = value
    }

    /// Puts `entry` in the lowest free slot at or above `lowest` (open, dup, F_DUPFD).
    /// EINVAL when `lowest` is negative or not below the limit (F_DUPFD), EMFILE when every
    /// slot below the limit is taken.
    public mutating func allocate(_ entry: Entry, closeOnExec: Bool = false, lowest: Int = 0) throws(Errno) -> Int {
        guard lowest >= 0, lowest < limit else { throw .EINVAL }
        var fd = lowest
        while fd < slots.count, slots[fd] != nil { fd += 1 }
        guard fd < limit else { throw .EMFILE }
        if fd >= slots.count { slots.append(contentsOf: [Slot?](repeating: nil, count: fd - slots.count + 1)) }
        slots[fd] = Slot(entry: entry, closeOnExec: closeOnExec)
        return fd
    }

    /// Puts `entry` at `fd`, replacing what was there (dup2, dup3); returns the replaced
    /// entry so the caller can release it outside its locks. EBADF when `fd` is negative or
    /// not below the limit, as Linux's dup2.
    @discardableResult
    public mutating func install(_ entry: Entry, at fd: Int, closeOnExec: Bool = false) throws(Errno) -> Entry? {
        guard fd >= 0, fd < limit else { throw .EBADF }
        if fd >= slots.count { slots.append(contentsOf: [Slot?](repeating: nil, count: fd - slots.count + 1)) }
        let old = slots[fd]?.entry
        slots[fd] = Slot(entry: entry, closeOnExec: closeOnExec)
        return old
    }

    /// Frees `fd` and returns its entry (close). EBADF when it is not open.
    public mutating func remove(_ fd: Int) throws(Errno) -> Entry {
        guard let slot = slot(fd) else { throw .EBADF }
        slots[fd] = nil
        trimTail()
        return slot.entry
    }

    /// Frees every descriptor marked close-on-exec and returns their entries (execve).
    public mutating func removeCloseOnExec() -> [Entry] {
        var closed: [Entry] = []
        for fd in slots.indices {
            if let slot = slots[fd], slot.closeOnExec {
                closed.append(slot.entry)
                slots[fd] = nil
            }
        }
        trimTail()
        return closed
    }

    /// Frees every descriptor and returns the entries (exit).
    public mutating func removeAll() -> [Entry] {
        let all = slots.compactMap { $0?.entry }
        slots.removeAll()
        return all
    }

    /// How many descriptors are open.
    public var openCount: Int { slots.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// The open descriptor numbers, ascending.
    public var openDescriptors: [Int] { slots.indices.filter { slots[$0] != nil } }

    private mutating func trimTail() {
        while let last = slots.last, last == nil { slots.removeLast() }
    }
}
