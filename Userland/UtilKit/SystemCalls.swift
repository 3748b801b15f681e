// System calls the utilities and init need that the Runtime does not wrap (yet): sessions,
// sigsuspend, sync, symlink-free stat helpers. Thin, typed, Linux-named; kept in UtilKit so
// the Runtime stays as the shell helper extends it.
import Runtime

/// Linux: setsid(2). Returns the new session id.
@discardableResult
public func setsid() throws(Errno) -> Int32 { Int32(try syscall(SyscallNumber.setsid)) }

/// Linux: getsid(2) (0: the caller).
public func getsid(_ pid: Int32 = 0) throws(Errno) -> Int32 { Int32(try syscall(SyscallNumber.getsid, Int(pid))) }

/// Linux: rt_sigsuspend(2): waits with `mask` as the blocked set until a handler runs.
public func sigsuspend(_ mask: SignalSet) {
    var raw = mask.rawValue
    _ = withUnsafeMutablePointer(to: &raw) { rawSyscall(SyscallNumber.rt_sigsuspend, Int(bitPattern: UInt(bitPattern: $0)), 8) }
}

/// Linux: sync(2).
public func sync() { _ = rawSyscall(SyscallNumber.sync) }

/// Linux: kill(2) with a raw pid (0, -1 and -pgid included) and a raw signal number (0: check only).
public func killRaw(_ pid: Int32, _ signal: Int32) throws(Errno) {
    _ = try syscall(SyscallNumber.kill, Int(pid), Int(signal))
}

/// Linux: readlink(2).
public func readlink(_ path: String) throws(Errno) -> String {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let r = path.withNulTerminatedBytes { p in
        buffer.withUnsafeMutableBufferPointer {
            rawSyscall(SyscallNumber.readlink, Int(bitPattern: UInt(bitPattern: p)),
                       Int(bitPattern: UInt(bitPattern: $0.baseAddress)), $0.count)
        }
    }
    let count = try checkedResult(r)
    return String(decoding: buffer[0..<count], as: UTF8.self)
}

/// A raw syscall result as a value, or the error it encodes.
public func checkedResult(_ r: Int) throws(Errno) -> Int {
    if r < 0 && r >= -4095 { throw Errno(rawValue: Int32(truncatingIfNeeded: -r)) }
    return r
}

/// Seconds and nanoseconds of CLOCK_MONOTONIC as one nanosecond count.
public func monotonicNanoseconds() -> Int64 {
    guard let ts = try? clockGettime(ClockID.CLOCK_MONOTONIC) else { return 0 }
    return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Sleeps `nanoseconds`, going back to sleep for the rest after a handled signal unless
/// `interruptible`.
public func sleepNanoseconds(_ nanoseconds: Int64, interruptible: Bool = false) throws(Errno) {
    let end = monotonicNanoseconds() + nanoseconds
    var left = nanoseconds
    while left > 0 {
        let ts = Timespec(tv_sec: left / 1_000_000_000, tv_nsec: left % 1_000_000_000)
        do { try nanosleep(ts) } catch {
            if error != .EINTR || interruptible { throw error }
        }
        left = end - monotonicNanoseconds()
    }
}

/// Reads the whole file at `path` (for /proc, /etc/passwd and cat).
public func readWholeFile(_ path: String) throws(Errno) -> [UInt8] {
    let fd = try open(path, [.O_RDONLY, .O_CLOEXEC])
    defer { try? close(fd) }
    return try readAll(fd)
}

/// Reads `fd` to its end.
public func readAll(_ fd: FD) throws(Errno) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let r = chunk.withUnsafeMutableBytes { b in
            rawSyscall(SyscallNumber.read, Int(fd.rawValue), Int(bitPattern: UInt(bitPattern: b.baseAddress)), b.count)
        }
        if r == -Int(Errno.EINTR.rawValue) { continue }
        let n = try checkedResult(r)
        if n == 0 { return result }
        result.append(contentsOf: chunk[0..<n])
    }
}

/// Writes all of `bytes` to `fd` (short writes and EINTR retried).
public func writeBytes(_ fd: FD, _ bytes: [UInt8]) throws(Errno) {
    flushStandardOutput()
    var done = 0
    while done < bytes.count {
        let r = bytes.withUnsafeBytes { b in
            rawSyscall(SyscallNumber.write, Int(fd.rawValue), Int(bitPattern: UInt(bitPattern: b.baseAddress)) + done,
                       b.count - done)
        }
        if r == -Int(Errno.EINTR.rawValue) { continue }
        done += try checkedResult(r)
    }
}

/// Linux: chmod(2).
public func chmod(_ path: String, mode: UInt32) throws(Errno) {
    _ = try checkedResult(path.withNulTerminatedBytes { rawSyscall(SyscallNumber.chmod, Int(bitPattern: UInt(bitPattern: $0)), Int(mode)) })
}
