// A process: an address space, its threads, its place in the process tree, its exit status.
// Every syscall of a process runs under its big lock (ARCHITECTURE.md §5, SerenityOS's
// Process::big_lock); a syscall that sleeps drops it while it sleeps.
import KernelCore
import LinuxABI

final class Process {
    enum State: Equatable { case running, zombie }

    let pid: Int
    /// Guarded by ProcessTable.lock.
    var parentPID: Int
    var name: String
    /// Its pages and VMAs, the break and the mmap base (AddressSpace.map; guarded by bigLock).
    var addressSpace: AddressSpace?
    /// The threads of this process (guarded by bigLock).
    var threads: [Thread] = []
    /// Guarded by ProcessTable.lock.
    var state: State = .running
    /// Linux wait status (WaitStatus encoding), valid when a zombie.
    var waitStatus: Int32 = 0
    /// Children, live or zombie (guarded by ProcessTable.lock).
    var children: [Process] = []
    /// Where this process's wait4 sleeps; exiting children wake it.
    let childEvents = WaitQueue()
    let bigLock = Mutex()
    /// Process group and session ids (guarded by ProcessTable.lock). Linux's init starts in
    /// group 0 and session 0, like the kernel threads it came from; children inherit both.
    var pgid = 0
    var sid = 0
    /// Whether the console is this process's controlling terminal (Linux signal->tty; guarded
    /// by ProcessTable.lock): inherited by fork, cleared by setsid and TIOCNOTTY (ConsoleTTY+Session).
    var hasControllingTTY = false
    /// Set by execve (setpgid on a child that has exec'd is EACCES; guarded by ProcessTable.lock).
    var didExec = false
    /// Signal actions, process-wide pending signals, job-control state, timers (Signals/).
    let signals = ProcessSignals()
    /// User and group ids (guarded by bigLock; copied by fork, changed by setuid & co. and
    /// by execve of set-user-ID files). Permission checks use `credentials.filesystem`.
    var credentials = Credentials()
    /// Resource limits (guarded by bigLock; inherited by fork, kept by exec).
    var limits = ResourceLimits()
    /// Open file descriptors (guarded by bigLock). Fork copies the table, sharing every
    /// OpenFile; exec drops the close-on-exec ones; exit drops all.
    var files = FileDescriptorTable<OpenFile>()
    /// Working directory and umask (guarded by bigLock; fork copies, exec keeps).
    var fsContext = FileSystemContext()

    /// The signal this process's exit sends its parent (clone's CSIGNAL; SIGCHLD for fork).
    var exitSignal: Int32 = Signal.SIGCHLD.rawValue
    /// vfork: the parent sleeps on `vforkDone` until this child execs or exits (Linux:
    /// vfork_done). Guarded by ProcessTable.lock's callers' ordering: set before the child runs.
    var vforkPending = false
    let vforkDone = WaitQueue()

    /// Lets a vfork parent go on (the child exec'ed or is exiting).
    func releaseVforkParent() {
        guard vforkPending else { return }
        vforkPending = false
        vforkDone.wakeAll()
    }

    /// The process of the running thread; nil on a kernel thread.
    static var current: Process? { Scheduler.current.process }

    /// Runs `body`, which sleeps, without the big lock, so the process's other threads and
    /// the syscalls that would wake it can run (ARCHITECTURE.md §5). Called from the
    /// blocking paths of pipes, the TTY and wait4; a no-op wrapper on kernel threads.
    static func whileBlocked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let process = current, process.bigLock.isHeldByCurrentThread else { return try body() }
        process.bigLock.unlock()
        defer { process.bigLock.lock() }
        return try body()
    }

    init(pid: Int, parentPID: Int, name: String, addressSpace: AddressSpace?) {
        self.pid = pid
        self.parentPID = parentPID
        self.name = name
        self.addressSpace = addressSpace
    }
}

/// The pid namespace: allocation, lookup, parent links, reparenting to init.
enum ProcessTable {
    static let lock = Spinlock()
    nonisolated(unsafe) private static var processes: [Process] = []
    nonisolated(unsafe) private static var nextPID = 1
    /// Linux's default pid_max.
    static let maxPID = 32_768
    /// Processes the table holds without allocating: reserved at boot, and the floor it
    /// shrinks back to after a burst of forks, so the steady state is the boot state.
    static let reservedProcesses = 64

    static func initialise() {
        lock.withLock { processes.reserveCapacity(reservedProcesses) }
    }

    /// Allocates a pid and enters a new process under it, linked to its parent; nil when
    /// every pid is taken (fork's EAGAIN).
    static func create(parent: Process?, name: String, addressSpace: AddressSpace?) -> Process? {
        lock.withLock { () -> Process? in
            for _ in 0..<maxPID {
                let candidate = nextPID
                nextPID = nextPID >= maxPID ? 2 : nextPID + 1
                if processes.contains(where: { $0.pid == candidate }) { continue }
                let process = Process(pid: candidate, parentPID: parent?.pid ?? 0, name: name, addressSpace: addressSpace)
                process.pgid = parent?.pgid ?? 0
                process.sid = parent?.sid ?? 0
                process.hasControllingTTY = parent?.hasControllingTTY ?? false
                processes.append(process)
                parent?.children.append(process)
                return process
            }
            return nil
        }
    }

    /// Gives `orphans` to init (pid 1), as Linux reparents to the child reaper.
    static func reparentToInit(_ orphans: [Process]) {
        guard let initProcess = processes.first(where: { $0.pid == 1 }) else { return }
        for orphan in orphans where orphan !== initProcess {
            orphan.parentPID = 1
            initProcess.children.append(orphan)
        }
    }

    static func find(_ pid: Int) -> Process? {
        lock.withLock { processes.first(where: { $0.pid == pid }) }
    }

    /// Drops a reaped zombie from the table and from its parent's children.
    static func remove(_ process: Process) {
        lock.withLock {
            removeLocked(process)
        }
    }

    /// Drops a reaped zombie; caller holds lock.
    static func removeLocked(_ process: Process) {
        processes.removeAllReleasing(minimumCapacity: reservedProcesses, where: { $0 === process })
        if let parent = processes.first(where: { $0.pid == process.parentPID }) {
            parent.children.removeAllReleasing(where: { $0 === process })
        }
    }

    /// Every process, live or zombie; caller holds lock.
    static var allLocked: [Process] { processes }

    /// Caller holds lock.
    static func findLocked(_ pid: Int) -> Process? { processes.first(where: { $0.pid == pid }) }

    static var count: Int { lock.withLock { processes.count } }
}
