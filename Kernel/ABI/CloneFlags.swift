// clone(2)'s flags (include/uapi/linux/sched.h). The low byte (CSIGNAL) is the signal the
// child's exit sends its parent.

/// Linux: clone(2) flags.
public struct CloneFlags: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The exit signal's field (Linux `CSIGNAL`).
    @inlinable public static var CSIGNAL: CloneFlags { CloneFlags(rawValue: 0xFF) }
    @inlinable public static var CLONE_VM: CloneFlags { CloneFlags(rawValue: 0x100) }
    @inlinable public static var CLONE_FS: CloneFlags { CloneFlags(rawValue: 0x200) }
    @inlinable public static var CLONE_FILES: CloneFlags { CloneFlags(rawValue: 0x400) }
    @inlinable public static var CLONE_SIGHAND: CloneFlags { CloneFlags(rawValue: 0x800) }
    @inlinable public static var CLONE_PIDFD: CloneFlags { CloneFlags(rawValue: 0x1000) }
    @inlinable public static var CLONE_PTRACE: CloneFlags { CloneFlags(rawValue: 0x2000) }
    @inlinable public static var CLONE_VFORK: CloneFlags { CloneFlags(rawValue: 0x4000) }
    @inlinable public static var CLONE_PARENT: CloneFlags { CloneFlags(rawValue: 0x8000) }
    @inlinable public static var CLONE_THREAD: CloneFlags { CloneFlags(rawValue: 0x10000) }
    @inlinable public static var CLONE_NEWNS: CloneFlags { CloneFlags(rawValue: 0x20000) }
    @inlinable public static var CLONE_SYSVSEM: CloneFlags { CloneFlags(rawValue: 0x40000) }
    @inlinable public static var CLONE_SETTLS: CloneFlags { CloneFlags(rawValue: 0x80000) }
    @inlinable public static var CLONE_PARENT_SETTID: CloneFlags { CloneFlags(rawValue: 0x100000) }
    @inlinable public static var CLONE_CHILD_CLEARTID: CloneFlags { CloneFlags(rawValue: 0x200000) }
    @inlinable public static var CLONE_DETACHED: CloneFlags { CloneFlags(rawValue: 0x400000) }
    @inlinable public static var CLONE_UNTRACED: CloneFlags { CloneFlags(rawValue: 0x800000) }
    @inlinable public static var CLONE_CHILD_SETTID: CloneFlags { CloneFlags(rawValue: 0x1000000) }

    /// The exit signal in the low byte.
    @inlinable public var exitSignal: Int32 { Int32(rawValue & 0xFF) }
}
