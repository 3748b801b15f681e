// The console as a controlling terminal (Linux drivers/tty/tty_jobctrl.c): which session holds
// it and its foreground group, acquisition on open and by TIOCSCTTY, TIOCNOTTY, TIOCGSID,
// TIOCGPGRP/TIOCSPGRP, the background checks of reads, writes and termios changes (SIGTTIN,
// SIGTTOU), and the hang-up when the session leader exits. The rules are
// KernelCore.TTYJobControl; this file gathers the facts. Lock order: ProcessTable.lock →
// ConsoleTTY.lock (a leaf), so the console's session is changed inside the table's lock.
import KernelCore
import LinuxABI

extension ConsoleTTY {
    /// Makes the console `process`'s controlling terminal (Linux __proc_set_tty): the
    /// session is the caller's and the foreground group its group. Caller holds
    /// ProcessTable.lock.
    private func attachLocked(_ process: Process) {
        process.hasControllingTTY = true
        lock.withLock {
            session = process.sid
            foregroundGroup = process.pgid
        }
    }

    /// open(2) without O_NOCTTY by a session leader that has no terminal, of a console no
    /// session holds (Linux tty_open → tty_open_proc_set_tty).
    func acquireOnOpen(_ process: Process, noctty: Bool) {
        ProcessTable.lock.withLock {
            let held = lock.withLock { session != nil }
            if TTYJobControl.acquiresOnOpen(noctty: noctty, isSessionLeader: process.pid == process.sid,
                                            hasControllingTTY: process.hasControllingTTY, terminalHasSession: held) {
                attachLocked(process)
            }
        }
    }

    /// Whether the console is `process`'s controlling terminal.
    func isControlling(_ process: Process) -> Bool {
        ProcessTable.lock.withLock { process.hasControllingTTY }
    }

    /// TIOCSCTTY (Linux tiocsctty): `steal` is arg 1; root may take the console from the
    /// session holding it, whose members then lose it.
    func setControlling(_ process: Process, steal: Bool, openForReading: Bool) throws(Errno) {
        let privileged = process.credentials.euid == 0
        let verdict: Errno? = ProcessTable.lock.withLock {
            let holder = lock.withLock { session }
            let outcome = TTYJobControl.tiocsctty(
                isSessionLeader: process.pid == process.sid, terminalSessionIsCallers: holder == process.sid,
                hasControllingTTY: process.hasControllingTTY, terminalHasSession: holder != nil,
                stealRequested: steal, privileged: privileged, openForReading: openForReading)
            switch outcome {
            case .alreadyOurs: return nil
            case .fail(let error): return error
            case .steal:
                if let holder { for member in ProcessTable.allLocked where member.sid == holder { member.hasControllingTTY = false } }
                attachLocked(process)
            case .acquire:
                attachLocked(process)
            }
            return nil
        }
        if let verdict { throw verdict }
    }

    /// TIOCNOTTY (Linux no_tty): ENOTTY unless it is the caller's terminal; a session leader
    /// gives it up for the whole session (SIGHUP and SIGCONT to the foreground group), any
    /// other process only for itself.
    func dropControlling(_ process: Process) throws(Errno) {
        let leader: Bool? = ProcessTable.lock.withLock {
            guard process.hasControllingTTY else { return nil }
            process.hasControllingTTY = false
            return process.pid == process.sid
        }
        guard let leader else { throw .ENOTTY }
        if leader { disassociate(session: process.sid) }
    }

    /// The session loses the console (Linux disassociate_ctty): its members' link is cut,
    /// the console is free again, and the foreground group gets SIGHUP then SIGCONT.
    func disassociate(session sid: Int) {
        let group: Int? = ProcessTable.lock.withLock {
            for member in ProcessTable.allLocked where member.sid == sid { member.hasControllingTTY = false }
            return lock.withLock { () -> Int? in
                guard session == sid else { return nil }
                let group = foregroundGroup
                session = nil
                foregroundGroup = nil
                return group
            }
        }
        if let group {
            Signals.sendToGroup(.SIGHUP, pgid: group)
            Signals.sendToGroup(.SIGCONT, pgid: group)
        }
    }

    /// Exit of `process`: a session leader takes the console away from its session (Linux
    /// do_exit → disassociate_ctty(1)).
    static func sessionLeaderExiting(_ process: Process) {
        guard let tty = console else { return }
        let holds = ProcessTable.lock.withLock { process.pid == process.sid && process.hasControllingTTY }
        if holds { tty.disassociate(session: process.sid) }
    }

    /// TIOCGSID (Linux tiocgsid): the session, ENOTTY unless it is the caller's terminal.
    func sessionID(for process: Process) throws(Errno) -> Int {
        guard isControlling(process), let sid = lock.withLock({ session }) else { throw .ENOTTY }
        return sid
    }

    /// TIOCGPGRP (Linux tiocgpgrp): ENOTTY unless it is the caller's terminal; 0 when there
    /// is no foreground group.
    func foregroundGroup(for process: Process) throws(Errno) -> Int {
        guard isControlling(process) else { throw .ENOTTY }
        return foreground ?? 0
    }

    /// TIOCSPGRP (Linux tiocspgrp): a background caller gets SIGTTOU first (an orphaned one
    /// ENOTTY), then TTYJobControl.tiocspgrp decides.
    func setForeground(_ group: Int, by process: Process) throws(Errno) {
        do {
            try checkAccess(.SIGTTOU, by: process)
        } catch .EIO {
            throw .ENOTTY
        }
        let verdict: Errno? = ProcessTable.lock.withLock {
            let all = ProcessTable.allLocked
            let holder = lock.withLock { session }
            if let error = TTYJobControl.tiocspgrp(
                isControllingTTY: process.hasControllingTTY, terminalSessionIsCallers: holder == process.sid,
                group: group, groupExists: all.contains(where: { $0.pgid == group }),
                groupInCallerSession: all.contains(where: { $0.pgid == group && $0.sid == process.sid })) {
                return error
            }
            lock.withLock { foregroundGroup = group }
            return nil
        }
        if let verdict { throw verdict }
    }

    /// The background check of a read (SIGTTIN), of a write with TOSTOP and of a termios
    /// change (SIGTTOU) (Linux __tty_check_change): the signal goes to the caller's group and
    /// the call restarts once the group is back in the foreground.
    func checkAccess(_ signal: Signal, by process: Process) throws(Errno) {
        let (controlling, group) = ProcessTable.lock.withLock { (process.hasControllingTTY, process.pgid) }
        guard controlling, let foreground = self.foreground, foreground != group else { return }
        let thread = Scheduler.current
        let ignored = Signals.lock.withLock {
            process.signals.actions[signal].sa_handler == SignalHandler.SIG_IGN || thread.signals.blocked.contains(signal)
        }
        let orphaned = ProcessTable.lock.withLock { Signals.groupIsOrphanedLocked(group) }
        switch TTYJobControl.checkAccess(isControllingTTY: true, callerGroup: group, foregroundGroup: foreground,
                                         readSide: signal == .SIGTTIN, ignored: ignored, orphaned: orphaned) {
        case .proceed: return
        case .fail(let error): throw error
        case .signalGroup:
            Signals.sendToGroup(signal, pgid: group)
            throw .ERESTARTSYS
        }
    }

    /// TOSTOP: background writes stop too.
    var stopsBackgroundWrites: Bool { termios.c_lflag.contains(.TOSTOP) }
}
