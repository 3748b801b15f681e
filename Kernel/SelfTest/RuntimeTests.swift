// Self-tests of what the Swift runtime relies on (ARCHITECTURE.md §2), the timer, fault
// recovery, randomness, locks and the command line.
import KernelCore
import KernelSupport
import Synchronization

final class Probe {
    let value: Int
    static let deinitCount = Atomic<Int>(0)
    init(_ value: Int) { self.value = value }
    deinit { Probe.deinitCount.add(1, ordering: .relaxed) }
}

/// Two payload cases: Swift keeps the case tag in spare pointer bits (bits 62–63 of a class
/// reference). A kernel pointer with bits set up there would come back as the wrong case.
enum TwoPayloads {
    case left(Probe)
    case right(Probe)
}

enum SwiftRuntimeTests {
    @inline(never) static func make(_ right: Bool, _ probe: Probe) -> TwoPayloads { right ? .right(probe) : .left(probe) }

    static func enumPayload(_ t: inout TestContext) {
        let probe = Probe(42)
        let address = UInt64(UInt(bitPattern: ObjectIdentifier(probe)))
        t.expect(DirectMap.physical(UnsafeRawPointer(bitPattern: UInt(address))!) != nil
                 || EarlyHeap.contains(UnsafeRawPointer(bitPattern: UInt(address))!), "object is not in kernel heap memory")
        t.expect(address >> 56 == 0, "object address has a nonzero top byte")
        switch make(true, probe) {
        case .right(let p): t.expect(p.value == 42 && p === probe, "payload changed")
        case .left: t.expect(false, ".right came back as .left")
        }
        switch make(false, probe) {
        case .left(let p): t.expect(p.value == 42, "payload changed")
        case .right: t.expect(false, ".left came back as .right")
        }
    }

    static func release(_ t: inout TestContext) {
        let before = Probe.deinitCount.load(ordering: .relaxed)
        let inUse = Heap.bytesInUse
        for i in 0..<100 { _ = make(i % 2 == 0, Probe(i)) }
        t.expect(Probe.deinitCount.load(ordering: .relaxed) == before + 100, "objects were not deinitialised")
        t.expect(Heap.bytesInUse == inUse, "object memory was not freed")
    }
}

enum TimerTests {
    static func advances(_ t: inout TestContext) {
        let ticks = Clock.ticks
        let start = Clock.nanosecondsSinceBoot()
        // Wait for three ticks; the bound (in halts) keeps a dead timer from hanging the run.
        var halts = 0
        while Clock.ticks < ticks + 3 && halts < 10_000 { cpu_sti_hlt(); halts += 1 }
        let elapsed = Clock.nanosecondsSinceBoot() - start
        t.expect(Clock.ticks >= ticks + 3, "timer ticks did not advance")
        t.expect(elapsed > 0, "monotonic clock did not advance")
        // Three ticks at 100 Hz are ≥ 20 ms; allow generous slack for TCG.
        t.expect(elapsed >= 15_000_000, "clock advanced only " + String(elapsed) + " ns over 3 ticks")
    }
}

enum FaultTests {
    static func probeCatchesFault(_ t: inout TestContext) {
        let unmapped: UInt64 = 0x0000_6500_0000_1000
        t.expect(FaultProbe.read64(unmapped) == nil, "read of an unmapped address did not fault")
        t.expect(percpu_current().pointee.fault_address == unmapped, "CR2 not recorded by the hook")
        t.expect(FaultProbe.read64(ksym___kernel_start()) != nil, "read of kernel text faulted")
    }
}

enum MiscTests {
    static func random(_ t: inout TestContext) {
        var a: (UInt64, UInt64) = (0, 0), b: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &a) { arc4random_buf($0.baseAddress!, 16) }
        withUnsafeMutableBytes(of: &b) { arc4random_buf($0.baseAddress!, 16) }
        t.expect(a != (0, 0) && b != (0, 0), "random bytes are zero")
        t.expect(a != b, "two draws gave the same 16 bytes")
    }

    static func spinlock(_ t: inout TestContext) {
        let lock = Spinlock()
        let interruptsOn = cpu_read_rflags() & InterruptState.interruptFlag != 0
        lock.withLock {
            t.expect(cpu_read_rflags() & InterruptState.interruptFlag == 0, "interrupts on while a spinlock is held")
            t.expect(lock.isHeld, "lock not held inside withLock")
            t.expect(percpu_current().pointee.preempt_disable == 1, "held-lock count not raised")
        }
        t.expect(!lock.isHeld, "lock still held")
        t.expect((cpu_read_rflags() & InterruptState.interruptFlag != 0) == interruptsOn, "interrupt state not restored")
    }

    static func commandLine(_ t: inout TestContext) {
        let line = KernelCommandLine("selftest init=/bin/x loglevel=debug name=\"a b\"")
        t.expect(line.selftest, "selftest flag missing")
        t.expect(line.initPath == "/bin/x", "init= not parsed")
        t.expect(line.logLevel == .debug, "loglevel not parsed")
        t.expect(line.value("name") == "a b", "quoted value not parsed")
    }
}

enum KernelAddressSpaceInspector {
    static func flags(_ address: UInt64) -> PageFlags? {
        KernelAddressSpace.translateWithFlags(VirtAddr(truncating: address))?.1
    }
}
