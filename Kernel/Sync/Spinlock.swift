// Interrupt-safe spinlock and the `Locked<T>` wrapper built on it (ARCHITECTURE.md §5).
// Holding a spinlock disables interrupts on this CPU; PerCPU.preempt_disable counts held
// locks so the scheduler can assert none is held across a context switch.
import KernelSupport
import Synchronization

/// Whether interrupts were enabled before a lock turned them off.
struct InterruptState {
    /// RFLAGS.IF, SDM Vol. 1 §3.4.3.
    static let interruptFlag: UInt64 = 1 << 9
    let wasEnabled: Bool

    /// Turns interrupts off and remembers whether they were on.
    static func disable() -> InterruptState {
        let enabled = cpu_read_rflags() & interruptFlag != 0
        cpu_cli()
        return InterruptState(wasEnabled: enabled)
    }

    func restore() {
        if wasEnabled { cpu_sti() }
    }
}

/// A test-and-test-and-set lock that keeps interrupts off while held.
struct Spinlock: ~Copyable {
    private let held = Atomic<Bool>(false)

    init() {}

    func acquire() -> InterruptState {
        let state = InterruptState.disable()
        while !held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            while held.load(ordering: .relaxed) { cpu_pause() }
        }
        percpu_current().pointee.preempt_disable += 1
        return state
    }

    func release(_ state: InterruptState) {
        percpu_current().pointee.preempt_disable -= 1
        held.store(false, ordering: .releasing)
        state.restore()
    }

    /// Whether some CPU holds the lock (for assertions only).
    var isHeld: Bool { held.load(ordering: .relaxed) }

    func withLock<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        let state = acquire()
        defer { release(state) }
        return try body()
    }
}

/// A value that is only reachable while its spinlock is held.
final class Locked<Value> {
    private let lock = Spinlock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R, E: Error>(_ body: (inout Value) throws(E) -> R) throws(E) -> R {
        let state = lock.acquire()
        defer { lock.release(state) }
        return try body(&value)
    }
}
