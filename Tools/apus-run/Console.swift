// apus-run's own output: whole lines written straight to a file descriptor, so the
// serial stream reaches the terminal (or a pipe) as it arrives, not when a stdio buffer
// fills.
import Glibc

/// Unbuffered line output to stdout, stderr or a log file.
struct LineWriter {
    let fd: Int32

    static let standardOutput = LineWriter(fd: 1)
    static let standardError = LineWriter(fd: 2)

    /// Writes `text` and a newline. Errors (a closed pipe, a full disk) are ignored: the
    /// verdict must not depend on whether someone still reads the output.
    func line(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Opens (creates, truncates) a log file.
    static func create(path: String) throws(RunnerError) -> LineWriter {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunnerError("cannot create log file \(path): \(String(cString: strerror(errno)))") }
        return LineWriter(fd: fd)
    }

    func close() {
        _ = Glibc.close(fd)
    }
}

/// Something that keeps apus-run from booting at all (no image, no QEMU, mcopy failed).
struct RunnerError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// Seconds on the monotonic clock (not affected by changes to the wall clock).
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
