// Recognises the text a dying kernel (or the firmware, for a crash before the kernel has
// its own IDT) prints. Any such line fails the run, whatever the exit status says.

/// Decides whether a line of serial output reports a panic or a CPU exception.
public enum PanicDetector {
    /// True if `line` (clean, from SerialLineSplitter) is a panic or exception report:
    /// `PANIC…` or `panic:` at the start of the line, an `EXCEPTION` dump header
    /// (Kernel/Arch/x86_64/ExceptionReport.swift), `Triple fault` anywhere (in any of three casings), or OVMF's
    /// own exception dump (`!!!! X64 Exception Type - …`). TAP test and comment lines
    /// are never panics, so a test may be *named* "triple fault" without failing.
    public static func isPanic(_ line: String) -> Bool {
        switch TAPLine.parse(line) {
        case .test, .comment: return false
        default: break
        }
        let text = line.drop { $0 == " " || $0 == "\t" }
        if text.hasPrefix("PANIC") || text.hasPrefix("panic:") || text.hasPrefix("EXCEPTION") {
            return true
        }
        return ["Triple fault", "triple fault", "TRIPLE FAULT", "X64 Exception Type"].contains {
            line.containsBytes(of: $0)
        }
    }
}
