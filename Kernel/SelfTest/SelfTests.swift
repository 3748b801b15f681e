// The in-kernel self-tests (`selftest` on the command line): a table of named checks run
// after boot, TAP on the console, then `N passed, M failed` and an isa-debug-exit status
// for the runner. `selftest-fail` adds a check that fails on purpose, to prove the runner
// notices. The checks themselves live in the neighbouring *Tests.swift files.
import KernelCore

/// Collects the outcome of one check: every `expect` that fails is reported.
struct TestContext {
    var failures: [String] = []

    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { failures.append(message()) }
    }
}

enum SelfTests {
    typealias Check = (inout TestContext) -> Void

    static let checks: [(StaticString, Check)] = [
        ("frames: allocate, free and reuse", FrameTests.allocateFreeReuse),
        ("frames: contiguous runs are aligned and distinct", FrameTests.contiguous),
        ("paging: map, write, read back, unmap", PagingTests.mapUnmap),
        ("paging: guard page below the boot stack is unmapped", PagingTests.guardPage),
        ("paging: text RX, rodata R, data RW+NX; NXE, WP, SMEP/SMAP on", PagingTests.sectionRights),
        ("heap: many sizes and alignments keep their contents", HeapTests.manySizes),
        ("heap: freed memory goes back to the frame allocator", HeapTests.returnsMemory),
        ("swift: object at a kernel heap address survives in a two-payload enum", SwiftRuntimeTests.enumPayload),
        ("swift: objects are released (retain/release see kernel pointers)", SwiftRuntimeTests.release),
        ("timer: ticks and the monotonic clock advance", TimerTests.advances),
        ("sched: two threads alternate through wait queues", SchedulerTests.pingPong),
        ("sched: a thread that never yields is preempted by the tick", SchedulerTests.preemption),
        ("sched: kernel stacks have an unmapped guard page", SchedulerTests.stackGuard),
        ("sched: exited threads are reaped, their memory returned", SchedulerTests.reaping),
        ("fault: a page fault is caught by the probe hook", FaultTests.probeCatchesFault),
        ("random: arc4random_buf gives fresh bytes", MiscTests.random),
        ("spinlock: interrupts are off while held and restored after", MiscTests.spinlock),
        ("cmdline: options parsed from the boot command line", MiscTests.commandLine),
    ]

    static func run(_ options: KernelCommandLine) -> Never {
        var all = checks
        if options.has("selftest-fail") {
            all.append(("deliberate failure (selftest-fail)", { context in context.expect(false, "failing on purpose") }))
        }
        Console.write("TAP version 13\n1.." + String(all.count) + "\n")
        var passed = 0, failed = 0
        for (index, (name, check)) in all.enumerated() {
            var context = TestContext()
            check(&context)
            let title = String(index + 1) + " - " + String(describingStatic: name)
            if context.failures.isEmpty {
                passed += 1
                Console.write("ok " + title + "\n")
            } else {
                failed += 1
                Console.write("not ok " + title + "\n")
                for failure in context.failures { Console.write("# " + failure + "\n") }
            }
        }
        Console.write(String(passed) + " passed, " + String(failed) + " failed\n")
        Machine.stop(passed: failed == 0)
    }
}
