// The typed ids the syscall wrappers take: FD and Pid. Linux's flag sets and structures
// (OpenFlags, MapFlags, WaitOptions, Signal, Stat, Timespec, …) come from LinuxABI.

import LinuxABI

/// A file descriptor. Linux: an `int` index into the process's file table.
public struct FD: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
    /// Descriptor 0.
    public static var standardInput: FD { FD(rawValue: 0) }
    /// Descriptor 1.
    public static var standardOutput: FD { FD(rawValue: 1) }
    /// Descriptor 2.
    public static var standardError: FD { FD(rawValue: 2) }
    /// `AT_FDCWD` for the *at() calls: paths relative to the working directory.
    public static var currentDirectory: FD { FD(rawValue: AtFlags.AT_FDCWD) }
}

/// A process id. Linux: `pid_t`.
public struct Pid: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
    /// For wait4: any child (`-1`).
    public static var anyChild: Pid { Pid(rawValue: -1) }
}
