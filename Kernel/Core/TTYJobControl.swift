// The controlling-terminal and job-control rules of a terminal (Linux drivers/tty/tty_jobctrl.c:
// __tty_check_change, tiocsctty, tiocspgrp, tty_open's acquisition): pure decisions over facts
// the kernel's ConsoleTTY gathers from the process table and the signal state.
import LinuxABI

/// Job-control decisions for one terminal.
public enum TTYJobControl {
    /// What a background access (read: SIGTTIN; write with TOSTOP, termios changes: SIGTTOU)
    /// leads to.
    public enum Access: Equatable, Sendable {
        /// Go on: not the caller's controlling terminal, or the caller is in the foreground.
        case proceed
        /// Send the signal to the caller's process group and restart the call (ERESTARTSYS).
        case signalGroup
        /// Fail with this errno (EIO).
        case fail(Errno)
    }

    /// Linux __tty_check_change. `ignored`: the signal is blocked or SIG_IGN for the caller;
    /// an ignored SIGTTOU lets the access proceed, an ignored SIGTTIN fails with EIO, and an
    /// orphaned group gets EIO instead of a stop it would never recover from.
    public static func checkAccess(isControllingTTY: Bool, callerGroup: Int, foregroundGroup: Int?,
                                   readSide: Bool, ignored: Bool, orphaned: Bool) -> Access {
        guard isControllingTTY, let foregroundGroup, foregroundGroup != callerGroup else { return .proceed }
        if ignored { return readSide ? .fail(.EIO) : .proceed }
        if orphaned { return .fail(.EIO) }
        return .signalGroup
    }

    /// Linux tty_open: a session leader with no controlling terminal acquires a terminal no
    /// session holds when it opens it without O_NOCTTY.
    public static func acquiresOnOpen(noctty: Bool, isSessionLeader: Bool, hasControllingTTY: Bool,
                                      terminalHasSession: Bool) -> Bool {
        !noctty && isSessionLeader && !hasControllingTTY && !terminalHasSession
    }

    /// The outcome of TIOCSCTTY.
    public enum Acquire: Equatable, Sendable {
        /// The caller's session already holds it: nothing to do.
        case alreadyOurs
        /// Becomes the caller's controlling terminal.
        case acquire
        /// Taken away from the session holding it (arg 1 with CAP_SYS_ADMIN), then acquired.
        case steal
        case fail(Errno)
    }

    /// Linux tiocsctty: EPERM unless a session leader without a controlling terminal; a
    /// terminal another session holds only with arg 1 and privilege; a terminal not open for
    /// reading only with privilege.
    public static func tiocsctty(isSessionLeader: Bool, terminalSessionIsCallers: Bool, hasControllingTTY: Bool,
                                 terminalHasSession: Bool, stealRequested: Bool, privileged: Bool,
                                 openForReading: Bool) -> Acquire {
        if isSessionLeader && terminalSessionIsCallers { return .alreadyOurs }
        guard isSessionLeader && !hasControllingTTY else { return .fail(.EPERM) }
        var steal = false
        if terminalHasSession {
            guard stealRequested && privileged else { return .fail(.EPERM) }
            steal = true
        }
        guard openForReading || privileged else { return .fail(.EPERM) }
        return steal ? .steal : .acquire
    }

    /// Linux tiocspgrp after its __tty_check_change: ENOTTY unless this is the caller's
    /// controlling terminal and its session is the terminal's; EINVAL for a negative group;
    /// ESRCH for a group that does not exist; EPERM for a group of another session.
    public static func tiocspgrp(isControllingTTY: Bool, terminalSessionIsCallers: Bool, group: Int,
                                 groupExists: Bool, groupInCallerSession: Bool) -> Errno? {
        guard isControllingTTY && terminalSessionIsCallers else { return .ENOTTY }
        guard group >= 0 else { return .EINVAL }
        guard groupExists else { return .ESRCH }
        guard groupInCallerSession else { return .EPERM }
        return nil
    }
}
