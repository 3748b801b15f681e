// A sleeping mutex: waiters block on a wait queue instead of spinning, so it may be held
// across operations that sleep. The process big lock is one (Process.bigLock).
import Synchronization

final class Mutex {
    private let held = Atomic<Bool>(false)
    private let waiters = WaitQueue()

    func lock() {
        while !held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            waiters.wait { !held.load(ordering: .relaxed) }
        }
    }

    func unlock() {
        held.store(false, ordering: .releasing)
        waiters.wakeAll()
    }

    var isLocked: Bool { held.load(ordering: .relaxed) }
}
