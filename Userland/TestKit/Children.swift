// Child processes for the Swift test programs: run a closure in a forked child, or run a
// program whose TAP lines become checks of the parent (so a re-executed child's checks
// count in the one summary the driver reads).
import LinuxABI
import Runtime

extension TestRun {
    /// Forks; the child runs `body` and exits with what it returns (nothing it prints is
    /// counted). Returns the child's wait status, or nil if fork or wait4 failed.
    public func inChild(_ body: () -> Int32) -> WaitStatus? {
        guard let pid = try? fork() else { return nil }
        if pid.rawValue == 0 { exit(body()) }
        return try? waitForChild(pid).status
    }

    /// Runs `path` (fork + execve) with its standard output piped back; each `ok` or
    /// `not ok` line it prints becomes a check here named `prefix + description`.
    /// Returns the child's wait status, or nil if it could not be started.
    @discardableResult
    public func absorbChild(_ path: String, _ arguments: [String], _ environment: [String],
                            prefix: String) -> WaitStatus? {
        guard let pipe = try? pipe2([.O_CLOEXEC]) else { return nil }
        guard let pid = try? fork() else { return nil }
        if pid.rawValue == 0 {
            _ = try? dup2(pipe.write, .standardOutput)
            do { try execve(path, arguments, environment) } catch {
                writeError("execve " + path + ": " + errnoText(error) + "\n")
            }
            exitImmediately(127)
        }
        try? close(pipe.write)
        var output: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1024, alignment: 1)
        while let count = try? read(pipe.read, buffer), count > 0 {
            output.append(contentsOf: buffer[0..<count])
        }
        buffer.deallocate()
        try? close(pipe.read)
        let status = try? waitForChild(pid).status
        for line in output.split(separator: UInt8(ascii: "\n")) {
            let text = String(decoding: line, as: UTF8.self)
            var passed: Bool
            var rest: Substring
            if text.hasPrefix("ok ") { passed = true; rest = text.dropFirst(3) }
            else if text.hasPrefix("not ok ") { passed = false; rest = text.dropFirst(7) }
            else { note("child: " + text); continue }
            if let dash = rest.firstIndex(of: "-") { rest = rest[rest.index(after: dash)...].dropFirst() }
            check(passed, prefix + String(rest))
        }
        return status
    }
}
