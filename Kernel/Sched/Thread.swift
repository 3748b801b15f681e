// A thread of execution: its kernel stack, the saved stack pointer while it is switched
// out, its FPU/SSE state, and its place in the scheduler's queues. Scheduler.swift moves
// threads between states; Process (user-mode issue) owns user threads.
import KernelSupport

final class Thread {
    enum State: Equatable { case runnable, blocked, dead }

    /// Linux: a thread id (`gettid`); the first thread of a process has tid == pid.
    let id: Int
    let name: String
    /// Guarded by Scheduler.lock.
    var state: State = .runnable
    /// True while some CPU runs this thread (guarded by Scheduler.lock).
    var onCPU = false
    /// The current or last block was one no signal ends (WaitQueue.wait(until:)): /proc
    /// shows such a sleep as D, Linux's TASK_UNINTERRUPTIBLE (guarded by Scheduler.lock).
    var sleepsUninterruptibly = false
    /// Where context_switch stores rsp while the thread is switched out: a fixed address,
    /// because Swift may pass `&property` through a temporary.
    let contextSlot: UnsafeMutablePointer<UInt64>
    var savedStackPointer: UInt64 {
        get { contextSlot.pointee }
        set { contextSlot.pointee = newValue }
    }
    let stack: KernelStack?
    /// Run queue / wait queue link (guarded by the lock of the queue it is on).
    var next: Thread? = nil
    var queued = false
    /// Deadline for a timed sleep, in Clock nanoseconds; 0 = none.
    var wakeDeadline: UInt64 = 0
    /// 512-byte fxsave area, 16-byte aligned.
    let fpuState: UnsafeMutableRawPointer
    /// What the thread runs when first switched to.
    let body: (() -> Void)?
    /// The process a user thread belongs to (nil for kernel threads). Cleared on exit to
    /// break the Process ↔ Thread cycle.
    var process: Process? = nil
    /// FS base (TLS pointer, arch_prctl ARCH_SET_FS); restored on every switch to the thread.
    var fsBase: UInt64 = 0
    /// A signal the thread can take is pending: interruptible waits end early
    /// (WaitQueue.waitInterruptible). Set by whoever queues the signal, before it wakes
    /// the thread; cleared by signal delivery.
    var signalPending = false
    /// Blocked mask, thread-directed pending signals, alternate stack (Signals/ThreadSignals.swift).
    var signals = ThreadSignals()
    /// The last user page fault (address, #PF error code) and how many times in a row it
    /// came back: the thread dump shows it, and a fault that paging "resolves" yet keeps
    /// coming is a kernel bug that would otherwise look like a silent hang.
    var lastFaultAddress: UInt64 = 0
    var lastFaultError: UInt64 = 0
    var faultRepeats = 0

    private static let fxsaveSize = 512
    /// FCW and MXCSR defaults (SDM Vol. 1 §8.1.5, §10.2.3): all exceptions masked.
    private static let defaultFCW: UInt16 = 0x037F, defaultMXCSR: UInt32 = 0x1F80

    init(id: Int, name: String, stack: KernelStack?, body: (() -> Void)?) {
        self.id = id
        self.name = name
        self.stack = stack
        self.body = body
        contextSlot = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        contextSlot.initialize(to: 0)
        fpuState = UnsafeMutableRawPointer.allocate(byteCount: Self.fxsaveSize, alignment: 16)
        fpuState.initializeMemory(as: UInt8.self, repeating: 0, count: Self.fxsaveSize)
        fpuState.storeBytes(of: Self.defaultFCW, toByteOffset: 0, as: UInt16.self)
        fpuState.storeBytes(of: Self.defaultMXCSR, toByteOffset: 24, as: UInt32.self)
    }

    deinit {
        fpuState.deallocate()
        contextSlot.deallocate()
        if let stack { KernelStacks.free(stack) }
    }

    /// Lays out the first frame context_switch pops: six callee-saved registers (r12 = this
    /// thread, for thread_start_swift) and the trampoline as the return address, below
    /// `reserve` bytes kept free at the top (a user thread's TrapFrame lives there).
    func prepareStack(reserve: UInt64 = 0) {
        guard let stack else { return }
        var sp = stack.top - reserve
        func push(_ value: UInt64) {
            sp -= 8
            UnsafeMutablePointer<UInt64>(bitPattern: UInt(sp))!.pointee = value
        }
        push(0)                                  // keeps the frame 16-byte aligned
        push(ksym_thread_trampoline())
        push(0)                                  // rbp
        push(0)                                  // rbx
        push(UInt64(UInt(bitPattern: Unmanaged.passUnretained(self).toOpaque())))  // r12
        push(0); push(0); push(0)                // r13, r14, r15
        savedStackPointer = sp
    }
}

@_cdecl("thread_start_swift")
func threadStartSwift(_ raw: UnsafeMutableRawPointer) -> Never {
    Scheduler.finishSwitch()
    // A user thread's body only prepares its frame: entering user mode from inside it would
    // keep the body's references (the thread itself among them) forever.
    if let userFrame = runThreadBody(raw) { enter_user_mode(userFrame) }
    Scheduler.exitCurrent()
}

/// Runs the body in its own frame so every reference it took is released before the thread
/// exits (exitCurrent never returns, so nothing in its caller's frame would be). Returns the
/// TrapFrame at the top of the stack for a user thread, which then enters user mode.
@inline(never)
private func runThreadBody(_ raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<TrapFrame>? {
    let thread = Unmanaged<Thread>.fromOpaque(raw).takeUnretainedValue()
    thread.body?()
    guard thread.process != nil, let stack = thread.stack else { return nil }
    return UnsafeMutablePointer<TrapFrame>(bitPattern: UInt(stack.top - UInt64(MemoryLayout<TrapFrame>.size)))
}
