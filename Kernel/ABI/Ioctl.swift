// ioctl(2) request numbers Apus implements, for terminals (include/uapi/asm-generic/
// ioctls.h; x86 uses the generic numbers). The structures they move: Termios.swift.

/// ioctl request numbers. Linux: include/uapi/asm-generic/ioctls.h, ioctl_tty(2).
public enum IoctlRequest {
    /// Read the terminal settings into a `Termios` (Linux `TCGETS`).
    @inlinable public static var TCGETS: UInt32 { 0x5401 }
    /// Set the terminal settings now (Linux `TCSETS`).
    @inlinable public static var TCSETS: UInt32 { 0x5402 }
    /// Set after output drains (Linux `TCSETSW`).
    @inlinable public static var TCSETSW: UInt32 { 0x5403 }
    /// Set after output drains, discarding pending input (Linux `TCSETSF`).
    @inlinable public static var TCSETSF: UInt32 { 0x5404 }
    /// Discard queued input and/or output, argument TCIFLUSH/TCOFLUSH/TCIOFLUSH (Linux
    /// `TCFLSH`).
    @inlinable public static var TCFLSH: UInt32 { 0x540B }
    /// TCFLSH's argument: discard received, unread input (Linux `TCIFLUSH`).
    @inlinable public static var TCIFLUSH: UInt64 { 0 }
    /// TCFLSH's argument: discard written, untransmitted output (Linux `TCOFLUSH`).
    @inlinable public static var TCOFLUSH: UInt64 { 1 }
    /// TCFLSH's argument: both (Linux `TCIOFLUSH`).
    @inlinable public static var TCIOFLUSH: UInt64 { 2 }
    /// Make the terminal the controlling terminal (Linux `TIOCSCTTY`).
    @inlinable public static var TIOCSCTTY: UInt32 { 0x540E }
    /// Read the foreground process group (Linux `TIOCGPGRP`).
    @inlinable public static var TIOCGPGRP: UInt32 { 0x540F }
    /// Set the foreground process group (Linux `TIOCSPGRP`).
    @inlinable public static var TIOCSPGRP: UInt32 { 0x5410 }
    /// Read the window size into a `WinSize` (Linux `TIOCGWINSZ`).
    @inlinable public static var TIOCGWINSZ: UInt32 { 0x5413 }
    /// Set the window size; sends SIGWINCH to the foreground group on change
    /// (Linux `TIOCSWINSZ`).
    @inlinable public static var TIOCSWINSZ: UInt32 { 0x5414 }
    /// Bytes available to read (Linux `FIONREAD`).
    @inlinable public static var FIONREAD: UInt32 { 0x541B }
    /// Set or clear non-blocking mode (Linux `FIONBIO`).
    @inlinable public static var FIONBIO: UInt32 { 0x5421 }
    /// Give up the controlling terminal (Linux `TIOCNOTTY`).
    @inlinable public static var TIOCNOTTY: UInt32 { 0x5422 }
    /// Read the session id of the terminal (Linux `TIOCGSID`).
    @inlinable public static var TIOCGSID: UInt32 { 0x5429 }
    /// Set close-on-exec on the descriptor (Linux `FIOCLEX`).
    @inlinable public static var FIOCLEX: UInt32 { 0x5451 }
    /// Clear close-on-exec on the descriptor (Linux `FIONCLEX`).
    @inlinable public static var FIONCLEX: UInt32 { 0x5450 }
}
