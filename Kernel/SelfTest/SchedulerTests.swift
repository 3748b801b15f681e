// Self-tests of kernel threads, the scheduler, wait queues and kernel stacks.
import KernelCore
import KernelSupport
import Synchronization

/// An atomic integer that escaping closures can capture (Atomic itself cannot be).
final class SharedCounter {
    private let storage = Atomic<Int>(0)
    var value: Int { storage.load(ordering: .acquiring) }
    func store(_ value: Int) { storage.store(value, ordering: .releasing) }
    func increment() { storage.add(1, ordering: .acquiringAndReleasing) }
}

enum SchedulerTests {
    /// Two threads hand a token back and forth through wait queues.
    static func pingPong(_ t: inout TestContext) {
        let rounds = 50
        let turn = SharedCounter()          // even: ping's turn, odd: pong's
        let pingQueue = WaitQueue(), pongQueue = WaitQueue(), doneQueue = WaitQueue()
        let finished = SharedCounter()
        let ping = Scheduler.spawn(name: "ping") {
            for round in 0..<rounds {
                pingQueue.wait { turn.value == 2 * round }
                turn.store(2 * round + 1)
                pongQueue.wakeAll()
            }
            finished.increment()
            doneQueue.wakeAll()
        }
        let pong = Scheduler.spawn(name: "pong") {
            for round in 0..<rounds {
                pongQueue.wait { turn.value == 2 * round + 1 }
                turn.store(2 * round + 2)
                pingQueue.wakeAll()
            }
            finished.increment()
            doneQueue.wakeAll()
        }
        t.expect(ping != nil && pong != nil, "could not spawn threads")
        doneQueue.wait { finished.value == 2 }
        t.expect(turn.value == 2 * rounds, "token passed " + String(turn.value) + " times")
    }

    /// A thread that never blocks must still lose the CPU to the tick.
    static func preemption(_ t: inout TestContext) {
        let stop = SharedCounter(), spins = SharedCounter(), exited = SharedCounter()
        let done = WaitQueue()
        Scheduler.spawn(name: "spinner") {
            while stop.value == 0 { spins.increment() }
            exited.store(1)
            done.wakeAll()
        }
        let switchesBefore = Scheduler.contextSwitches
        Scheduler.sleep(nanoseconds: 50_000_000)
        // We only get here if the spinner was preempted (it never yields).
        t.expect(spins.value > 0, "spinner never ran")
        stop.store(1)
        done.wait { exited.value == 1 }
        t.expect(Scheduler.contextSwitches > switchesBefore + 1, "no context switches counted")
    }

    /// Kernel threads run on their own stacks with an unmapped guard page below.
    static func stackGuard(_ t: inout TestContext) {
        guard let stack = KernelStacks.allocate() else { t.expect(false, "no stack"); return }
        let guardPage = stack.bottom - PageSize.small
        t.expect(KernelStacks.isGuardPage(guardPage), "guard page not recognised")
        t.expect(FaultProbe.read64(guardPage) == nil, "guard page is mapped")
        t.expect(FaultProbe.read64(stack.bottom) != nil, "stack bottom not mapped")
        t.expect(FaultProbe.read64(stack.top - 8) != nil, "stack top not mapped")
        KernelStacks.free(stack)
        t.expect(FaultProbe.read64(stack.bottom) == nil, "freed stack still mapped")
    }

    /// Threads that exit give back their stacks and objects.
    static func reaping(_ t: inout TestContext) {
        let exited = SharedCounter()
        let done = WaitQueue()
        func round() {
            let target = exited.value + 8
            for _ in 0..<8 {
                Scheduler.spawn(name: "short") { exited.increment(); done.wakeAll() }
            }
            done.wait { exited.value >= target }
            // Let the last exiter be switched away from and reaped.
            for _ in 0..<4 { Scheduler.yield() }
            Scheduler.sleep(nanoseconds: 20_000_000)
        }
        round()   // warm-up: slab pages, stack slots
        let frames = FrameAllocator.freeFrames
        let threads = Scheduler.threadCount
        round()
        t.expect(Scheduler.threadCount == threads, "threads not reaped: " + String(Scheduler.threadCount - threads) + " left")
        t.expect(FrameAllocator.freeFrames == frames, "frames leaked: " + String(frames - FrameAllocator.freeFrames))
    }
}
