// Kernel-internal error numbers that never reach user space (Linux include/linux/errno.h):
// a blocking syscall interrupted by a signal throws one, and signal delivery turns it into
// EINTR or restarts the syscall (SA_RESTART), as Linux does.

extension Errno {
    /// Restart if the handler has SA_RESTART (or no handler runs), else EINTR (Linux `ERESTARTSYS`, 512).
    @inlinable public static var ERESTARTSYS: Errno { Errno(rawValue: 512) }
    /// Restart only if no handler runs, else EINTR (Linux `ERESTARTNOHAND`, 514).
    @inlinable public static var ERESTARTNOHAND: Errno { Errno(rawValue: 514) }

    /// EINTR after a handler, else the syscall continues through restart_syscall(2) with
    /// its saved state, e.g. a relative nanosleep's deadline (Linux `ERESTART_RESTARTBLOCK`, 516).
    @inlinable public static var ERESTART_RESTARTBLOCK: Errno { Errno(rawValue: 516) }

    /// True for the restart codes above, which must not reach user space.
    @inlinable public var isRestart: Bool { rawValue == 512 || rawValue == 514 || rawValue == 516 }
}
