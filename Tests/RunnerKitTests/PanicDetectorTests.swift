// PanicDetector: the kernel's and the firmware's crash reports, and look-alikes.
import Testing
@testable import RunnerKit

struct PanicDetectorTests {
    @Test(arguments: [
        "PANIC: deliberate panic (Kernel/Boot/Panic.swift:16)",
        "PANIC (nested): again",
        "panic: out of frames",
        "EXCEPTION #PF page fault (vector 14) on CPU 0",
        "  EXCEPTION #DF double fault",
        "Triple fault, CPU reset",
        "cpu0: triple fault",
        "!!!! X64 Exception Type - 0E(#PF - Page-Fault)  CPU Apic ID - 00000000 !!!!",
    ])
    func panics(line: String) {
        #expect(PanicDetector.isPanic(line))
    }

    @Test(arguments: [
        "", "ok 5 - triple fault handler is installed", "# PANIC is tested later",
        "not ok 3 - EXCEPTION vectors", "the kernel did not panic: fine", "Panic button",
        "no exceptions here", "14 passed, 0 failed",
    ])
    func notPanics(line: String) {
        #expect(!PanicDetector.isPanic(line))
    }
}
