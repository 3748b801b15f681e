// The loop that watches one QEMU run: reads the serial pipe as data arrives (so QEMU
// never blocks on a full pipe, however much it prints), hands out clean lines, and
// enforces the total and silence limits and the user's Ctrl-C.
import Glibc
import RunnerKit

/// What the line handler wants next.
enum LineDecision {
    case keepGoing
    /// Stop QEMU now (the boot-time marker was seen).
    case stop
}

/// How a watched run ended.
enum SessionOutcome {
    case ended(RunEnd)
    /// The line handler asked to stop.
    case stopped
}

/// Watches `child` until it exits, a limit runs out, or `onLine` says stop.
/// `started` is when QEMU was launched (monotonic seconds).
/// `onPoll`, if given, sees the unfinished last line after every read and at least every
/// 100 ms (for a console session's prompt and timers).
func watch(_ child: ChildProcess, started: Double, timeout: Double, silence: Double,
           onLine: (String) -> LineDecision, onPoll: ((String) -> LineDecision)? = nil) -> SessionOutcome {
    var splitter = SerialLineSplitter()
    var lastOutput = started
    var buffer = [UInt8](repeating: 0, count: 65536)
    var outputOpen = true

    /// Reads what is there now: `open` is false at end of file, `stop` if `onLine` said so.
    func readAvailable() -> (open: Bool, stop: Bool) {
        let count = buffer.withUnsafeMutableBytes { read(child.output, $0.baseAddress, $0.count) }
        if count < 0 { return (errno == EINTR || errno == EAGAIN, false) }
        if count == 0 { return (false, false) }
        lastOutput = monotonicSeconds()
        for line in splitter.feed(buffer[0..<count]) where onLine(line) == .stop {
            return (true, true)
        }
        if let onPoll, onPoll(splitter.partialLine) == .stop { return (true, true) }
        return (true, false)
    }

    /// Passes on a last line without LF, once the stream is over.
    func finish() -> SessionOutcome? {
        for line in splitter.finish() where onLine(line) == .stop { return .stopped }
        return nil
    }

    while true {
        if let onPoll, onPoll(splitter.partialLine) == .stop {
            child.terminate(grace: 0)
            return .stopped
        }
        let signalNumber = pendingSignal.load(ordering: .relaxed)
        if signalNumber != 0 {
            child.terminate()
            return .ended(.interrupted(signalNumber))
        }
        let now = monotonicSeconds()
        if now - started >= timeout {
            child.terminate()
            return finish() ?? .ended(.totalTimeout(timeout))
        }
        if outputOpen && now - lastOutput >= silence {
            child.terminate()
            return finish() ?? .ended(.silenceTimeout(silence))
        }
        if child.poll() {
            // QEMU is gone: everything it wrote is in the pipe. Sweep its process group
            // first, so no leftover writer keeps the pipe open, then take the rest.
            child.terminate()
            while outputOpen && isReadable(child.output, waitSeconds: 0) {
                let (open, stop) = readAvailable()
                if stop { return .stopped }
                outputOpen = open
            }
            if let stopped = finish() { return stopped }
            let end = child.end!
            return .ended(end.signal.map(RunEnd.signaled) ?? .exited(end.exitStatus ?? 0))
        }
        // Wake at least every 100 ms: for the limits, for a signal that arrived just
        // before poll(2), and to notice the exit of a child that closed its stdout.
        let wait = min(0.1, timeout - (now - started), outputOpen ? silence - (now - lastOutput) : 0.1)
        if outputOpen && isReadable(child.output, waitSeconds: max(0, wait)) {
            let (open, stop) = readAvailable()
            if stop { child.terminate(grace: 0); return .stopped }
            outputOpen = open
        } else if !outputOpen {
            usleep(UInt32(max(0, wait) * 1e6))
        }
    }
}

/// True if `fd` has data or end of file within `waitSeconds`.
private func isReadable(_ fd: Int32, waitSeconds: Double) -> Bool {
    var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    let result = Glibc.poll(&descriptor, 1, Int32(waitSeconds * 1000))
    return result > 0 && descriptor.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0
}
