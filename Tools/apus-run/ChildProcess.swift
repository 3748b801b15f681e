// Starting and stopping QEMU. QEMU gets /dev/null as stdin (never the terminal, which it
// would switch to raw mode) or, for `--send`, a pipe the runner types into; a pipe as stdout (the serial port), the runner's stderr (its
// own error messages), and a process group of its own so that a kill reaches everything
// it started.
import Glibc

/// A running child process whose stdout is a pipe.
final class ChildProcess {
    let pid: pid_t
    /// Read end of the child's stdout.
    let output: Int32
    /// Write end of the child's stdin when it was started with `input: true`, else -1.
    let input: Int32
    /// The raw wait status once the child has been reaped.
    private(set) var waitStatus: Int32?

    private init(pid: pid_t, output: Int32, input: Int32) {
        self.pid = pid
        self.output = output
        self.input = input
    }

    deinit {
        _ = close(output)
        if input >= 0 { _ = close(input) }
    }

    /// Writes `bytes` to the child's stdin (the guest's serial input); false if it is gone.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        guard input >= 0 else { return false }
        var done = 0
        while done < bytes.count {
            let wrote = bytes[done...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return false }
            done += wrote
        }
        return true
    }

    /// Starts `executable` (looked up in PATH if it has no slash) with `arguments`.
    /// With `input`, the child's stdin is a pipe written by `send`.
    static func spawn(_ executable: String, arguments: [String], input: Bool = false) throws(RunnerError) -> ChildProcess {
        var pipeFDs: [Int32] = [-1, -1]
        var inputFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0, !input || pipe(&inputFDs) == 0 else {
            throw RunnerError("pipe: \(String(cString: strerror(errno)))")
        }
        // No end may leak into a later child; the dup2s below give QEMU its own copies.
        for fd in pipeFDs + inputFDs where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input {
            posix_spawn_file_actions_adddup2(&actions, inputFDs[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group; an empty signal mask; default handling of the signals the
        // runner catches or ignores (an ignored SIGPIPE would survive exec).
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signalNumber) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, executable, &actions, &attributes, argv, environ)
        _ = close(pipeFDs[1])
        if input { _ = close(inputFDs[0]) }
        guard result == 0 else {
            _ = close(pipeFDs[0])
            if input { _ = close(inputFDs[1]) }
            throw RunnerError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return ChildProcess(pid: pid, output: pipeFDs[0], input: input ? inputFDs[1] : -1)
    }

    /// Reaps the child if it has exited; true once it has.
    func poll() -> Bool {
        if waitStatus != nil { return true }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid { waitStatus = status }
        return waitStatus != nil
    }

    /// How the child ended, once reaped: exit status or signal.
    var end: (exitStatus: Int32?, signal: Int32?)? {
        guard let status = waitStatus else { return nil }
        let low = status & 0x7F
        if low == 0 { return ((status >> 8) & 0xFF, nil) }
        return (nil, low)
    }

    /// Stops the whole process group: SIGTERM, then SIGKILL after `grace` seconds
    /// (`grace: 0` sends SIGKILL at once, for a run whose result is already known).
    /// Also sweeps up anything the child left behind in its group once it is gone.
    func terminate(grace: Double = 3) {
        if !poll() && grace > 0 {
            _ = kill(-pid, SIGTERM)
            let deadline = monotonicSeconds() + grace
            while !poll() && monotonicSeconds() < deadline { usleep(20_000) }
        }
        if !poll() {
            _ = kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            waitStatus = status
        }
        // The group id stays reserved while any member lives, so this reaches only ours.
        _ = kill(-pid, SIGKILL)
    }
}
