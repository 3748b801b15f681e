// The options of wait4(2) and waitid(2) (include/uapi/linux/wait.h). The status word they
// report is encoded by Kernel/Core/WaitStatus.swift.

/// The `options` of wait4(2)/waitpid(2)/waitid(2). Linux: include/uapi/linux/wait.h.
public struct WaitOptions: OptionSet, Hashable, Sendable, BitwiseCopyable {
    public let rawValue: Int32
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Return 0 at once if no child has changed state (Linux `WNOHANG`).
    @inlinable public static var WNOHANG: WaitOptions { WaitOptions(rawValue: 0x1) }
    /// Also report stopped children (Linux `WUNTRACED`; waitid calls it `WSTOPPED`).
    @inlinable public static var WUNTRACED: WaitOptions { WaitOptions(rawValue: 0x2) }
    /// waitid: report stopped children (Linux `WSTOPPED`, the same bit as `WUNTRACED`).
    @inlinable public static var WSTOPPED: WaitOptions { WaitOptions(rawValue: 0x2) }
    /// waitid: report terminated children (Linux `WEXITED`).
    @inlinable public static var WEXITED: WaitOptions { WaitOptions(rawValue: 0x4) }
    /// Also report children continued by SIGCONT (Linux `WCONTINUED`).
    @inlinable public static var WCONTINUED: WaitOptions { WaitOptions(rawValue: 0x8) }
    /// waitid: leave the child waitable (Linux `WNOWAIT`).
    @inlinable public static var WNOWAIT: WaitOptions { WaitOptions(rawValue: 0x0100_0000) }
    /// Wait only for this thread's children (Linux `__WNOTHREAD`).
    @inlinable public static var __WNOTHREAD: WaitOptions { WaitOptions(rawValue: 0x2000_0000) }
    /// Wait for all children, clone or not (Linux `__WALL`).
    @inlinable public static var __WALL: WaitOptions { WaitOptions(rawValue: 0x4000_0000) }
    /// Wait only for "clone" children (Linux `__WCLONE`).
    @inlinable public static var __WCLONE: WaitOptions { WaitOptions(rawValue: Int32(bitPattern: 0x8000_0000)) }

    /// The options wait4(2) accepts; any other bit is EINVAL (Linux kernel/exit.c).
    @inlinable public static var validForWait4: WaitOptions {
        [.WNOHANG, .WUNTRACED, .WCONTINUED, .__WNOTHREAD, .__WCLONE, .__WALL]
    }
}
