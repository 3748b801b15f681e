// Kernel-internal error numbers that never reach user space (Linux include/linux/errno.h):
// a blocking syscall interrupted by a signal throws one, and signal delivery turns it into
// EINTR or restarts the syscall (SA_RESTART), as Linux does.

extension Errno {
    /// Restart if the handler has SA_RESTART (or no handler runs), else EINTR (Linux `ERESTARTSYS`, 512).
    @inlinable public static var ERESTARTSYS: Errno { Errno(rawValue: 512) }
    /// Restart only if no handler runs, else EINTR (Linux `ERESTARTNOHAND`, 514).
    @inlinable public static var ERESTARTNOHAND: Errno { Errno(rawValue: 514) }

    /// True for the restart codes above, which must not reach user space.
    @inlinable public var isRestart: Bool { rawValue == 512 || rawValue == 514 }
}
