// Process system calls: fork, execve, wait4, exit, kill, pids. Buffered standard output
// (Output.swift) is flushed before fork and execve so no line is lost or printed twice.
import CRuntime
import LinuxABI

/// How a child changed state, as wait4(2) encodes it in its `int *wstatus`.
/// Linux: the `W*` macros of wait(2).
public struct WaitStatus: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
    /// `WIFEXITED`: the child called exit.
    public var exited: Bool { rawValue & 0x7f == 0 }
    /// `WEXITSTATUS`: its exit code (valid when `exited`).
    public var exitCode: Int32 { (rawValue >> 8) & 0xff }
    /// `WIFSIGNALED`: a signal killed the child.
    public var signaled: Bool { rawValue & 0x7f != 0 && rawValue & 0x7f != 0x7f }
    /// `WTERMSIG`: the signal that killed it (valid when `signaled`).
    public var terminationSignal: Int32 { rawValue & 0x7f }
    /// `WCOREDUMP`.
    public var coreDumped: Bool { rawValue & 0x80 != 0 }
    /// `WIFSTOPPED`.
    public var stopped: Bool { rawValue & 0xff == 0x7f }

    /// "exit 3", "signal 11", "stopped" — for messages.
    public var description: String {
        if exited { return "exit " + String(exitCode) }
        if signaled { return "signal " + String(terminationSignal) }
        if stopped { return "stopped" }
        return "status " + String(rawValue)
    }
}

/// Linux: fork(2). Returns the child's pid in the parent and `Pid(0)` in the child.
public func fork() throws(Errno) -> Pid {
    flushStandardOutput()
    return Pid(rawValue: Int32(try syscall(SyscallNumber.fork)))
}

/// Linux: execve(2). Returns only by throwing why the kernel refused.
public func execve(_ path: String, _ arguments: [String], _ environment: [String]) throws(Errno) -> Never {
    flushStandardOutput()
    let argv = CStringArray(arguments)
    let envp = CStringArray(environment)
    let r = path.withNulTerminatedBytes { rawSyscall(SyscallNumber.execve, arg($0), arg(argv.pointers), arg(envp.pointers)) }
    withExtendedLifetime(argv) {}
    withExtendedLifetime(envp) {}
    throw Errno(rawValue: Int32(truncatingIfNeeded: -r))
}

/// Linux: wait4(2) without resource usage. With `.noHang` and no child ready it returns
/// pid 0.
public func wait4(_ pid: Pid, options: WaitOptions = []) throws(Errno) -> (pid: Pid, status: WaitStatus) {
    var status: Int32 = 0
    let r = withUnsafeMutablePointer(to: &status) {
        rawSyscall(SyscallNumber.wait4, Int(pid.rawValue), arg($0), Int(options.rawValue), 0)
    }
    let child = try checked(r)
    return (Pid(rawValue: Int32(child)), WaitStatus(rawValue: status))
}

/// wait4 that retries when a signal interrupts it.
public func waitForChild(_ pid: Pid, options: WaitOptions = []) throws(Errno) -> (pid: Pid, status: WaitStatus) {
    while true {
        do { return try wait4(pid, options: options) } catch {
            if error != .EINTR { throw error }
        }
    }
}

/// Linux: exit_group(2), after flushing standard output. Ends every thread of the process.
public func exit(_ code: Int32) -> Never {
    flushStandardOutput()
    exitImmediately(code)
}

/// Linux: exit_group(2) without flushing anything (as `_exit(2)`).
public func exitImmediately(_ code: Int32) -> Never {
    while true { _ = rawSyscall(SyscallNumber.exit_group, Int(code)) }
}

/// Linux: kill(2).
public func kill(_ pid: Pid, _ signal: Signal) throws(Errno) {
    _ = try syscall(SyscallNumber.kill, Int(pid.rawValue), Int(signal.rawValue))
}

/// Linux: getpid(2).
public func getpid() -> Pid { Pid(rawValue: Int32(rawSyscall(SyscallNumber.getpid))) }

/// Linux: getppid(2).
public func getppid() -> Pid { Pid(rawValue: Int32(rawSyscall(SyscallNumber.getppid))) }

/// Linux: sched_yield(2).
public func schedYield() { _ = rawSyscall(SyscallNumber.sched_yield) }
