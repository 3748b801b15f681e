// QEMU's isa-debug-exit device (-device isa-debug-exit,iobase=0xf4,iosize=0x04): writing v
// makes QEMU exit with status (v << 1) | 1. The test runner (Tools/apus-run) treats only
// the pass code as success. Used only when the command line asks for a test run.
import KernelSupport

enum DebugExit {
    static let port: UInt16 = 0xF4
    /// QEMU exits 33.
    static let passCode: UInt32 = 0x10
    /// QEMU exits 35.
    static let failCode: UInt32 = 0x11

    /// Set from the command line (`selftest`): this boot runs under the test runner.
    nonisolated(unsafe) static var enabled = false

    static func exit(passed: Bool) {
        guard enabled else { return }
        cpu_outl(port, passed ? passCode : failCode)
    }
}
