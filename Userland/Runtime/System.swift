// Whole-system calls: uname, reboot, getrandom (and arc4random_buf on it, which Swift's
// hashing and random numbers call).
import CRuntime
import LinuxABI

/// The kernel's identity, decoded from `UTSName`. Linux: uname(2).
public struct SystemName: Sendable {
    /// `sysname`: "Linux" on the host, "Apus" in the guest.
    public var sysname: String
    /// `nodename`.
    public var nodename: String
    /// `release`.
    public var release: String
    /// `version`.
    public var version: String
    /// `machine`: "x86_64".
    public var machine: String
}

/// The text of one NUL-padded utsname field.
private func fieldText(_ field: InlineArray<65, UInt8>) -> String {
    var bytes: [UInt8] = []
    for i in 0..<65 {
        if field[i] == 0 { break }
        bytes.append(field[i])
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Linux: uname(2).
public func uname() throws(Errno) -> SystemName {
    var raw = UTSName()
    let r = withUnsafeMutablePointer(to: &raw) { rawSyscall(SyscallNumber.uname, arg($0)) }
    _ = try checked(r)
    return SystemName(sysname: fieldText(raw.sysname), nodename: fieldText(raw.nodename),
                      release: fieldText(raw.release), version: fieldText(raw.version),
                      machine: fieldText(raw.machine))
}

/// Linux: reboot(2) with the two magic numbers; `command` is `Reboot.LINUX_REBOOT_CMD_*`.
/// Needs CAP_SYS_BOOT; returns only on error.
public func reboot(_ command: UInt32) throws(Errno) {
    _ = try syscall(SyscallNumber.reboot, Int(Reboot.LINUX_REBOOT_MAGIC1), Int(Reboot.LINUX_REBOOT_MAGIC2), Int(command))
}

/// Linux: getrandom(2). Returns how many bytes were written.
public func getrandom(_ buffer: UnsafeMutableRawBufferPointer, flags: UInt32 = 0) throws(Errno) -> Int {
    try syscall(SyscallNumber.getrandom, arg(buffer.baseAddress), buffer.count, Int(flags))
}

/// The Swift runtime's source of randomness (hash seeds, `SystemRandomNumberGenerator`).
/// Fills the whole buffer from getrandom(2); if the kernel cannot, the process ends —
/// constant "randomness" would be worse.
@_cdecl("arc4random_buf")
public func arc4random_buf(_ buffer: UnsafeMutableRawPointer, _ count: Int) {
    var done = 0
    while done < count {
        do {
            done += try getrandom(UnsafeMutableRawBufferPointer(start: buffer + done, count: count - done))
        } catch {
            if error == .EINTR { continue }
            writeError("runtime: getrandom failed: " + errnoText(error) + "\n")
            exitImmediately(127)
        }
    }
}

/// Memory and process statistics. Linux: sysinfo(2).
public func sysinfo() throws(Errno) -> SysInfo {
    var info = SysInfo()
    try withUnsafeMutablePointer(to: &info) { (pointer) throws(Errno) in
        _ = try syscall(SyscallNumber.sysinfo, arg(pointer))
    }
    return info
}
