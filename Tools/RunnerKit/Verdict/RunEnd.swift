// How a QEMU process ended, as the runner saw it. Produced by the process loop in
// Tools/apus-run, judged in Verdict.swift.

/// The end of one QEMU run.
public enum RunEnd: Equatable, Sendable {
    /// QEMU exited by itself with this status (isa-debug-exit: `(value << 1) | 1`).
    case exited(Int32)
    /// QEMU died from a signal the runner did not send.
    case signaled(Int32)
    /// The total time limit (`--timeout`, seconds) ran out; the runner killed QEMU.
    case totalTimeout(Double)
    /// No serial output for `--silence` seconds; the runner killed QEMU.
    case silenceTimeout(Double)
    /// The runner itself got this signal (Ctrl-C, SIGTERM) and stopped QEMU.
    case interrupted(Int32)
}

/// The exit statuses the kernel produces through isa-debug-exit
/// (`-device isa-debug-exit,iobase=0xf4,iosize=0x04`: writing v exits with `(v << 1) | 1`).
public enum DebugExitStatus {
    /// The kernel writes 0x10 when every test passed.
    public static let pass: Int32 = (0x10 << 1) | 1
    /// The kernel writes 0x11 on failure or panic.
    public static let fail: Int32 = (0x11 << 1) | 1
}
