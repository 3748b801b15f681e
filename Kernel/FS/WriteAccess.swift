// Writers and running programs exclude each other (Linux: ETXTBSY; the rule itself is
// KernelCore's RamInode+WriteAccess). Regular files opened for writing hold write access
// until they close; a program's address space holds an ExecutableHold on its file until
// it is torn down (exit, or the next exec), and fork gives the child one of its own.
// One leaf spinlock guards every count, so a hold may end anywhere (an address space can
// be freed with any mutex held).
import KernelCore
import LinuxABI

enum WriteAccess {
    static let lock = Spinlock()

    /// Linux get_write_access: ETXTBSY while a program runs from `inode`.
    static func get(_ inode: RamInode) throws(Errno) {
        guard lock.withLock({ inode.getWriteAccess() }) else { throw .ETXTBSY }
    }

    static func put(_ inode: RamInode) {
        lock.withLock { inode.putWriteAccess() }
    }
}

/// A running program's claim on its file (Linux: mm->exe_file with write access denied).
final class ExecutableHold {
    let inode: RamInode

    private init(_ inode: RamInode) {
        self.inode = inode
    }

    /// ETXTBSY while `inode` is open for writing.
    static func take(_ inode: RamInode) throws(Errno) -> ExecutableHold {
        guard WriteAccess.lock.withLock({ inode.denyWriteAccess() }) else { throw .ETXTBSY }
        return ExecutableHold(inode)
    }

    /// fork: the child runs the same program (cannot fail: writers are already kept out).
    func duplicate() -> ExecutableHold {
        WriteAccess.lock.withLock { _ = inode.denyWriteAccess() }
        return ExecutableHold(inode)
    }

    deinit {
        WriteAccess.lock.withLock { inode.allowWriteAccess() }
    }
}
