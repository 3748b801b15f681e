// File and directory system calls as typed Swift functions (Linux names, `throws(Errno)`).
// Raw calls: Syscall.swift; flags and struct layouts (Stat, OpenFlags, …): LinuxABI.
import CRuntime
import LinuxABI

/// Linux: read(2). Returns the number of bytes read; 0 at end of file.
@inlinable public func read(_ fd: FD, _ buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
    try syscall(SyscallNumber.read, Int(fd.rawValue), arg(buffer.baseAddress), buffer.count)
}

/// Linux: write(2). Returns the number of bytes written, which may be fewer than asked.
@inlinable public func write(_ fd: FD, _ buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
    try syscall(SyscallNumber.write, Int(fd.rawValue), arg(buffer.baseAddress), buffer.count)
}

/// Writes every byte of `buffer`, retrying short writes and EINTR.
public func writeAll(_ fd: FD, _ buffer: UnsafeRawBufferPointer) throws(Errno) {
    var done = 0
    while done < buffer.count {
        do {
            done += try write(fd, UnsafeRawBufferPointer(rebasing: buffer[done...]))
        } catch {
            if error != .EINTR { throw error }
        }
    }
}

/// Writes the UTF-8 of `text` completely.
public func writeAll(_ fd: FD, _ text: String) throws(Errno) {
    var copy = text
    let result: Errno? = copy.withUTF8 { bytes -> Errno? in
        do throws(Errno) { try writeAll(fd, UnsafeRawBufferPointer(bytes)); return nil } catch { return error }
    }
    if let result { throw result }
}

/// Linux: open(2). `mode` is used when `flags` has `.create`.
public func open(_ path: String, _ flags: OpenFlags, mode: UInt32 = 0o644) throws(Errno) -> FD {
    let r = path.withNulTerminatedBytes { rawSyscall(SyscallNumber.open, arg($0), Int(flags.rawValue), Int(mode)) }
    return FD(rawValue: Int32(try checked(r)))
}

/// Linux: openat(2), relative to `directory` (or `.currentDirectory`).
public func openat(_ directory: FD, _ path: String, _ flags: OpenFlags, mode: UInt32 = 0o644) throws(Errno) -> FD {
    let r = path.withNulTerminatedBytes {
        rawSyscall(SyscallNumber.openat, Int(directory.rawValue), arg($0), Int(flags.rawValue), Int(mode))
    }
    return FD(rawValue: Int32(try checked(r)))
}

/// Linux: close(2).
public func close(_ fd: FD) throws(Errno) {
    _ = try syscall(SyscallNumber.close, Int(fd.rawValue))
}

/// Linux: lseek(2). Returns the new offset.
/// `whence` is `Whence.SEEK_SET`, `SEEK_CUR` or `SEEK_END`.
public func lseek(_ fd: FD, _ offset: Int64, _ whence: Int32) throws(Errno) -> Int64 {
    Int64(try syscall(SyscallNumber.lseek, Int(fd.rawValue), Int(offset), Int(whence)))
}

/// Linux: stat(2), following symbolic links.
public func stat(_ path: String) throws(Errno) -> Stat {
    var result = Stat()
    let r = path.withNulTerminatedBytes { p in
        withUnsafeMutablePointer(to: &result) { rawSyscall(SyscallNumber.stat, arg(p), arg($0)) }
    }
    _ = try checked(r)
    return result
}

/// Linux: lstat(2), not following a final symbolic link.
public func lstat(_ path: String) throws(Errno) -> Stat {
    var result = Stat()
    let r = path.withNulTerminatedBytes { p in
        withUnsafeMutablePointer(to: &result) { rawSyscall(SyscallNumber.lstat, arg(p), arg($0)) }
    }
    _ = try checked(r)
    return result
}

/// Linux: fstat(2).
public func fstat(_ fd: FD) throws(Errno) -> Stat {
    var result = Stat()
    let r = withUnsafeMutablePointer(to: &result) { rawSyscall(SyscallNumber.fstat, Int(fd.rawValue), arg($0)) }
    _ = try checked(r)
    return result
}

/// Linux: access(2); an empty `mode` is `F_OK` (exists).
public func access(_ path: String, _ mode: AccessMode) throws(Errno) {
    _ = try checked(path.withNulTerminatedBytes { rawSyscall(SyscallNumber.access, arg($0), Int(mode.rawValue)) })
}

/// Linux: getcwd(2). Returns the working directory's absolute path.
public func getcwd() throws(Errno) -> String {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let r = buffer.withUnsafeMutableBufferPointer { rawSyscall(SyscallNumber.getcwd, arg($0.baseAddress), $0.count) }
    _ = try checked(r)
    return buffer.withUnsafeBufferPointer { String(nulTerminated: $0.baseAddress!) }
}

/// Linux: chdir(2).
public func chdir(_ path: String) throws(Errno) {
    _ = try checked(path.withNulTerminatedBytes { rawSyscall(SyscallNumber.chdir, arg($0)) })
}

/// Linux: mkdir(2).
public func mkdir(_ path: String, mode: UInt32 = 0o755) throws(Errno) {
    _ = try checked(path.withNulTerminatedBytes { rawSyscall(SyscallNumber.mkdir, arg($0), Int(mode)) })
}

/// Linux: rmdir(2).
public func rmdir(_ path: String) throws(Errno) {
    _ = try checked(path.withNulTerminatedBytes { rawSyscall(SyscallNumber.rmdir, arg($0)) })
}

/// Linux: unlink(2).
public func unlink(_ path: String) throws(Errno) {
    _ = try checked(path.withNulTerminatedBytes { rawSyscall(SyscallNumber.unlink, arg($0)) })
}

/// Linux: rename(2).
public func rename(_ from: String, _ to: String) throws(Errno) {
    let r = from.withNulTerminatedBytes { f in to.withNulTerminatedBytes { rawSyscall(SyscallNumber.rename, arg(f), arg($0)) } }
    _ = try checked(r)
}

/// Linux: dup(2).
public func dup(_ fd: FD) throws(Errno) -> FD {
    FD(rawValue: Int32(try syscall(SyscallNumber.dup, Int(fd.rawValue))))
}

/// Linux: dup2(2). Returns `new`.
@discardableResult
public func dup2(_ old: FD, _ new: FD) throws(Errno) -> FD {
    FD(rawValue: Int32(try syscall(SyscallNumber.dup2, Int(old.rawValue), Int(new.rawValue))))
}

/// Linux: dup3(2) (`flags` may hold `.closeOnExec`).
@discardableResult
public func dup3(_ old: FD, _ new: FD, _ flags: OpenFlags) throws(Errno) -> FD {
    FD(rawValue: Int32(try syscall(SyscallNumber.dup3, Int(old.rawValue), Int(new.rawValue), Int(flags.rawValue))))
}

/// Linux: fcntl(2) with an integer argument (`Fcntl.F_GETFD`, `F_SETFD`, `F_GETFL`, …).
public func fcntl(_ fd: FD, _ command: Int32, _ argument: Int = 0) throws(Errno) -> Int {
    try syscall(SyscallNumber.fcntl, Int(fd.rawValue), Int(command), argument)
}

/// Linux: pipe2(2). Returns the read end and the write end.
public func pipe2(_ flags: OpenFlags = []) throws(Errno) -> (read: FD, write: FD) {
    var fds: (Int32, Int32) = (-1, -1)
    let r = withUnsafeMutablePointer(to: &fds) { rawSyscall(SyscallNumber.pipe2, arg($0), Int(flags.rawValue)) }
    _ = try checked(r)
    return (FD(rawValue: fds.0), FD(rawValue: fds.1))
}

/// Linux: ioctl(2) with an integer or pointer argument.
public func ioctl(_ fd: FD, _ request: UInt, _ argument: Int = 0) throws(Errno) -> Int {
    try syscall(SyscallNumber.ioctl, Int(fd.rawValue), Int(bitPattern: request), argument)
}

/// Linux: getdents64(2): fills `buffer` with `linux_dirent64` records; 0 at the end.
public func getdents64(_ fd: FD, _ buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
    try syscall(SyscallNumber.getdents64, Int(fd.rawValue), arg(buffer.baseAddress), buffer.count)
}
