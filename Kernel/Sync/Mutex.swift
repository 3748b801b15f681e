// A sleeping mutex: waiters block on a wait queue instead of spinning, so it may be held
// across operations that sleep. The process big lock is one (Process.bigLock).
import Synchronization

final class Mutex {
    private let held = Atomic<Bool>(false)
    private let waiters = WaitQueue()
    /// The holder thread's identity (0 = none): written only by the holder, so a thread
    /// reading it learns reliably whether it is the holder itself.
    private var ownerTag: UInt = 0
    private static var currentTag: UInt { UInt(bitPattern: Unmanaged.passUnretained(Scheduler.current).toOpaque()) }

    func lock() {
        while !held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            waiters.wait { !held.load(ordering: .relaxed) }
        }
        ownerTag = Mutex.currentTag
    }

    func unlock() {
        ownerTag = 0
        held.store(false, ordering: .releasing)
        waiters.wakeAll()
    }

    var isLocked: Bool { held.load(ordering: .relaxed) }

    /// True when the calling thread holds the mutex.
    var isHeldByCurrentThread: Bool { isLocked && ownerTag == Mutex.currentTag }
}
