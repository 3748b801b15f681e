// The scheduler: one run queue under one spinlock (SMP-safe from the start), round-robin
// with a time slice enforced by the timer tick, an idle thread per CPU that halts, and
// timed sleeps. The lock is held across a context switch and released by the thread that
// resumes (xv6's discipline), so no other CPU can pick a thread whose registers are not
// saved yet. Lock order: WaitQueue locks → Scheduler.lock → Heap.lock.
import KernelCore
import KernelSupport

enum Scheduler {
    static let lock = Spinlock()
    /// Ticks a thread runs before another runnable thread gets the CPU (20 ms at 100 Hz).
    static let timeSliceTicks: UInt64 = 2

    nonisolated(unsafe) private static var head: Thread? = nil
    nonisolated(unsafe) private static var tail: Thread? = nil
    /// Threads in a timed sleep (guarded by lock); scanned on each tick.
    nonisolated(unsafe) private static var sleepers: [Thread] = []
    /// Every live thread (guarded by lock): the strong references behind raw per-CPU pointers.
    nonisolated(unsafe) private static var threads: [Thread] = []
    nonisolated(unsafe) private static var nextThreadID = 1
    nonisolated(unsafe) private(set) static var contextSwitches: UInt64 = 0

    /// Threads the thread and sleeper lists hold without allocating: reserved at boot, so
    /// the timer interrupt rarely allocates, and the lists shrink back to it after a burst.
    static let reservedThreads = 64

    /// Adopts the running boot context as a thread and creates this CPU's idle thread.
    static func initialise() {
        lock.withLock {
            threads.reserveCapacity(reservedThreads)
            sleepers.reserveCapacity(reservedThreads)
        }
        let boot = Thread(id: 0, name: "boot", stack: nil, body: nil)
        boot.onCPU = true
        // The idle thread halts until an interrupt, then offers the CPU to whatever woke.
        let idle = makeThread(name: "idle", body: { while true { Scheduler.yield(); cpu_sti_hlt() } })
        lock.withLock { threads.append(boot); threads.append(idle!) }
        let cpu = percpu_current()
        cpu.pointee.current_thread = UInt64(UInt(bitPattern: Unmanaged.passUnretained(boot).toOpaque()))
        cpu.pointee.idle_thread = UInt64(UInt(bitPattern: Unmanaged.passUnretained(idle!).toOpaque()))
        cpu.pointee.slice_ticks = timeSliceTicks
    }

    static var current: Thread { thread(at: percpu_current().pointee.current_thread)! }

    private static func thread(at raw: UInt64) -> Thread? {
        guard raw != 0, let pointer = UnsafeMutableRawPointer(bitPattern: UInt(raw)) else { return nil }
        return Unmanaged<Thread>.fromOpaque(pointer).takeUnretainedValue()
    }

    private static func makeThread(name: String, body: @escaping () -> Void) -> Thread? {
        guard let stack = KernelStacks.allocate() else { return nil }
        let id = lock.withLock { () -> Int in nextThreadID += 1; return nextThreadID - 1 }
        let thread = Thread(id: id, name: name, stack: stack, body: body)
        thread.prepareStack()
        return thread
    }

    /// Starts a kernel thread running `body`; nil when out of memory.
    @discardableResult
    static func spawn(name: String, _ body: @escaping () -> Void) -> Thread? {
        guard let thread = makeThread(name: name, body: body) else { return nil }
        lock.withLock {
            threads.append(thread)
            enqueue(thread)
        }
        return thread
    }

    /// Starts a user thread of `process`; `body` gets the thread and must enter user mode.
    static func spawnUser(name: String, process: Process, _ body: @escaping (Thread) -> Void) -> Thread? {
        guard let stack = KernelStacks.allocate() else { return nil }
        // FIXME(issue 3, clone threads): only a process's first thread exists so far; its
        // tid is the pid, as in Linux.
        let thread = Thread(id: process.pid, name: name, stack: stack, body: {
            body(Scheduler.current)   // runs on the new thread, which is `current` then
        })
        thread.process = process
        thread.prepareStack(reserve: UInt64(MemoryLayout<TrapFrame>.size))
        process.threads.append(thread)
        lock.withLock {
            threads.append(thread)
            enqueue(thread)
        }
        return thread
    }

    /// Caller holds lock.
    private static func enqueue(_ thread: Thread) {
        guard !thread.queued else { return }
        thread.queued = true
        thread.next = nil
        if let last = tail { last.next = thread } else { head = thread }
        tail = thread
    }

    /// Caller holds lock.
    private static func dequeue() -> Thread? {
        guard let first = head else { return nil }
        head = first.next
        if head == nil { tail = nil }
        first.next = nil
        first.queued = false
        return first
    }

    /// Makes a blocked thread runnable. Safe from interrupt handlers.
    static func wake(_ thread: Thread) {
        lock.withLock { wakeLocked(thread) }
    }

    /// Caller holds lock.
    static func wakeLocked(_ thread: Thread) {
        guard thread.state == .blocked else { return }
        thread.state = .runnable
        thread.wakeDeadline = 0
        // Still on its CPU (about to switch away): schedule() queues it after saving it.
        if !thread.onCPU { enqueue(thread) }
    }

    /// Gives up the CPU; the thread stays runnable.
    static func yield() {
        let state = lock.acquire()
        switchAway(state)
    }

    /// Blocks the current thread, whose state the caller set to .blocked with lock held
    /// (`state` is what acquiring the lock returned). Returns once woken.
    static func blockLocked(_ state: InterruptState) {
        switchAway(state)
    }

    /// Sleeps at least `nanoseconds` (rounded up to the tick).
    static func sleep(nanoseconds: UInt64) {
        let me = current
        let state = lock.acquire()
        me.wakeDeadline = Clock.nanosecondsSinceBoot() + max(nanoseconds, 1)
        me.state = .blocked
        me.sleepsUninterruptibly = true
        sleepers.append(me)
        switchAway(state)
    }

    /// Sleeps until `deadline` (Clock nanoseconds), or until any wake; with `interruptible`
    /// it does not sleep at all when a signal is pending (checked under the lock the
    /// signal's sender wakes through, so the wake-up is not lost). Callers loop.
    static func sleep(until deadline: UInt64, interruptible: Bool) {
        let me = current
        let state = lock.acquire()
        if interruptible && me.signalPending {
            lock.release(state)
            return
        }
        me.wakeDeadline = max(deadline, 1)
        me.state = .blocked
        me.sleepsUninterruptibly = !interruptible
        sleepers.append(me)
        switchAway(state)
    }

    /// Arms `thread`'s timer for a timed wait: the tick wakes it at `deadline` unless another
    /// wake comes first. Caller holds lock and has just set the thread `.blocked`.
    static func armWakeLocked(_ thread: Thread, at deadline: UInt64) {
        thread.wakeDeadline = max(deadline, 1)
        sleepers.append(thread)
    }

    /// Ends the current thread; the next thread to run on this CPU frees it.
    static func exitCurrent() -> Never {
        let state = lock.acquire()
        unowned(unsafe) let me = current
        me.state = .dead
        switchAway(state)
        panic("a dead thread was scheduled")
    }

    /// Timer interrupt: wake expired sleepers, account the time slice.
    static func tick() {
        let now = Clock.nanosecondsSinceBoot()
        lock.withLock {
            var index = 0
            while index < sleepers.count {
                let sleeper = sleepers[index]
                if sleeper.state != .blocked || sleeper.wakeDeadline == 0 {
                    sleepers.removeReleasing(at: index, minimumCapacity: reservedThreads)
                } else if sleeper.wakeDeadline <= now {
                    sleepers.removeReleasing(at: index, minimumCapacity: reservedThreads)
                    wakeLocked(sleeper)
                } else {
                    index += 1
                }
            }
        }
        let cpu = percpu_current()
        if cpu.pointee.slice_ticks > 0 { cpu.pointee.slice_ticks -= 1 }
        if cpu.pointee.slice_ticks == 0 { cpu.pointee.need_resched = 1 }
    }

    /// From the end of an interrupt: switch if the slice is used up and no spinlock is held.
    static func preemptIfNeeded() {
        let cpu = percpu_current()
        guard cpu.pointee.need_resched != 0, cpu.pointee.preempt_disable == 0,
              cpu.pointee.current_thread != 0 else { return }
        yield()
    }

    /// Picks the next thread and switches to it; lock is held on entry and released when
    /// the current thread runs again.
    private static func switchAway(_ state: InterruptState) {
        let cpu = percpu_current()
        precondition(cpu.pointee.preempt_disable == 1, "context switch with a spinlock held")
        // Unretained on purpose: a dying thread never returns from context_switch, so any
        // retain held in this frame would leak it.
        unowned(unsafe) let me = current
        unowned(unsafe) let idle = thread(at: cpu.pointee.idle_thread)!
        if me.state == .runnable && me !== idle { enqueue(me) }
        unowned(unsafe) let next = dequeue() ?? idle
        cpu.pointee.need_resched = 0
        cpu.pointee.slice_ticks = timeSliceTicks
        if next !== me {
            contextSwitches += 1
            next.onCPU = true
            cpu.pointee.previous_thread = UInt64(UInt(bitPattern: Unmanaged.passUnretained(me).toOpaque()))
            cpu.pointee.current_thread = UInt64(UInt(bitPattern: Unmanaged.passUnretained(next).toOpaque()))
            if let stack = next.stack {
                cpu.pointee.kernel_stack_top = stack.top
                CPUSetup.bootTables?.setKernelStack(top: stack.top)
            }
            if let space = next.process?.addressSpace, cpu_read_cr3() != space.root.value {
                space.activate()
            }
            if me.process != nil { me.fsBase = cpu_rdmsr(MSR_FS_BASE) }
            if next.process != nil { cpu_wrmsr(MSR_FS_BASE, next.fsBase) }
            fpu_save(me.fpuState)
            context_switch(me.contextSlot, next.savedStackPointer)
            // Running again as `me`, on whichever CPU picked us.
            afterSwitch()
            fpu_restore(me.fpuState)
        }
        lock.release(state)
        reapDeadThreads()
    }

    /// The half of a switch the incoming thread does: the outgoing one is saved now.
    private static func afterSwitch() {
        let cpu = percpu_current()
        if let previous = thread(at: cpu.pointee.previous_thread) {
            previous.onCPU = false
            // Woken while it was still switching out: queue it now that it is saved.
            if previous.state == .runnable && previous !== thread(at: cpu.pointee.idle_thread) {
                enqueue(previous)
            }
        }
        cpu.pointee.previous_thread = 0
    }

    /// A new thread's first act (thread_start_swift): finish the switch, drop the lock.
    static func finishSwitch() {
        afterSwitch()
        fpu_restore(current.fpuState)
        lock.release(InterruptState(wasEnabled: true))
        reapDeadThreads()
    }

    /// Frees dead threads other than the current one (their stacks are no longer in use).
    private static func reapDeadThreads() {
        let dead: [Thread] = lock.withLock {
            var found: [Thread] = []
            var index = 0
            while index < threads.count {
                let thread = threads[index]
                if thread.state == .dead && !thread.onCPU {
                    found.append(thread)
                    threads.removeReleasing(at: index, minimumCapacity: reservedThreads)
                } else {
                    index += 1
                }
            }
            return found
        }
        _ = dead   // released here, outside the lock: deinit frees the stack
    }

    static var threadCount: Int { lock.withLock { threads.count } }

    /// Calls `body` for every live thread with the lock held (ThreadDump): quick, no blocking.
    static func forEachThread(_ body: (Thread) -> Void) {
        lock.withLock { for thread in threads { body(thread) } }
    }
}
