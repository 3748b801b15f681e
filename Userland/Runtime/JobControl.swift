// Process groups and the terminal's foreground group, as a job-control shell uses them,
// plus geteuid and isatty. Linux: setpgid(2), getpgrp(2), tcsetpgrp(3) (TIOCSPGRP),
// tcgetpgrp(3) (TIOCGPGRP), geteuid(2), isatty(3) (TCGETS succeeds).
import CRuntime
import LinuxABI

/// Linux: setpgid(2); `pid` 0 is the caller, `group` 0 makes a group led by `pid`.
public func setpgid(_ pid: Pid, _ group: Pid) throws(Errno) {
    _ = try syscall(SyscallNumber.setpgid, Int(pid.rawValue), Int(group.rawValue))
}

/// Linux: getpgrp(2).
public func getpgrp() -> Pid { Pid(rawValue: Int32(rawSyscall(SyscallNumber.getpgrp))) }

/// Linux: geteuid(2).
public func geteuid() -> UInt32 { UInt32(truncatingIfNeeded: rawSyscall(SyscallNumber.geteuid)) }

/// tcsetpgrp(3): makes `group` the terminal's foreground process group (TIOCSPGRP).
public func tcsetpgrp(_ fd: FD, _ group: Pid) throws(Errno) {
    var value = group.rawValue
    let r = withUnsafeMutablePointer(to: &value) {
        rawSyscall(SyscallNumber.ioctl, Int(fd.rawValue), Int(IoctlRequest.TIOCSPGRP), arg($0))
    }
    _ = try checked(r)
}

/// tcgetpgrp(3): the terminal's foreground process group (TIOCGPGRP).
public func tcgetpgrp(_ fd: FD) throws(Errno) -> Pid {
    var value: Int32 = 0
    let r = withUnsafeMutablePointer(to: &value) {
        rawSyscall(SyscallNumber.ioctl, Int(fd.rawValue), Int(IoctlRequest.TIOCGPGRP), arg($0))
    }
    _ = try checked(r)
    return Pid(rawValue: value)
}

/// isatty(3): whether `fd` is a terminal (TCGETS succeeds on it).
public func isatty(_ fd: FD) -> Bool {
    var termios = Termios()
    let r = withUnsafeMutablePointer(to: &termios) {
        rawSyscall(SyscallNumber.ioctl, Int(fd.rawValue), Int(IoctlRequest.TCGETS), arg($0))
    }
    return r == 0
}
