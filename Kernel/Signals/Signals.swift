// Sending signals (Linux kernel/signal.c send_signal, prepare_signal, complete_signal):
// queue the siginfo on the process or a thread, apply SIGCONT/stop/SIGKILL side effects at
// once, mark a thread that can take the signal (Thread.signalPending) and wake it so an
// interruptible sleep ends. Delivery happens on the way back to user mode
// (SignalDelivery.swift). Callable from any kernel context, interrupts on or off: only
// spinlocks are taken.
//
// Lock order: ProcessTable.lock → Signals.lock → WaitQueue locks → Scheduler.lock.
// Parents are notified (SIGCHLD, childEvents) with no lock held.
import KernelCore
import LinuxABI

enum Signals {
    static let lock = Spinlock()

    /// Sends `signal` from the kernel (si_code SI_KERNEL), e.g. SIGPIPE or the TTY's SIGINT.
    static func send(_ signal: Signal, to process: Process) {
        _ = send(SigInfo(signo: signal.rawValue, code: SigInfoCode.SI_KERNEL), to: process)
    }

    /// Sends `signal` to every process of group `pgid` (the TTY's SIGINT/SIGTSTP). Returns
    /// false when the group is empty.
    @discardableResult
    static func sendToGroup(_ signal: Signal, pgid: Int) -> Bool {
        sendToGroup(SigInfo(signo: signal.rawValue, code: SigInfoCode.SI_KERNEL), pgid: pgid)
    }

    static func sendToGroup(_ info: SigInfo, pgid: Int) -> Bool {
        let members = ProcessTable.lock.withLock { ProcessTable.allLocked.filter { $0.pgid == pgid } }
        for member in members { _ = send(info, to: member) }
        return !members.isEmpty
    }

    /// A siginfo for kill(2) from `sender`: SI_USER, the sender's pid, uid 0.
    static func userInfo(_ signal: Signal, from sender: Process, code: Int32 = SigInfoCode.SI_USER) -> SigInfo {
        var info = SigInfo(signo: signal.rawValue, code: code)
        info.si_pid = Int32(truncatingIfNeeded: sender.pid)
        info.si_uid = 0
        return info
    }

    /// Queues `info` for `process` (or only for `thread`, tkill-style). `forced`: a fault
    /// the process may not block or ignore (Linux force_sig_info). Returns false only when
    /// a real-time queue is full (EAGAIN).
    static func send(_ info: SigInfo, to process: Process, thread: Thread? = nil, forced: Bool = false) -> Bool {
        let signal = Signal(rawValue: info.si_signo)
        var continuedNow = false
        let queued: Bool = lock.withLock {
            let state = process.signals
            if state.exiting { return true }
            if forced {
                if let thread {
                    let blocked = thread.signals.blocked.contains(signal)
                    if blocked || state.actions[signal].sa_handler == SignalHandler.SIG_IGN {
                        state.actions[signal].sa_handler = SignalHandler.SIG_DFL
                    }
                    thread.signals.blocked.remove(signal)
                }
                state.unkillable = false
            }
            // Job control acts when the signal is sent, not when it is delivered.
            if SignalSet.stopSignals.contains(signal) {
                removeEverywhere(SignalSet([.SIGCONT]), process)
            } else if signal == .SIGCONT {
                removeEverywhere(.stopSignals, process)
                state.continueCount &+= 1
                if state.stopped {
                    state.stopped = false
                    continuedNow = true
                    state.continued.wakeAll()
                }
            } else if signal == .SIGKILL && state.stopped {
                state.stopped = false
                state.continued.wakeAll()
            }
            let target = thread ?? process.threads.first(where: { !$0.signals.blocked.contains(signal) })
                ?? process.threads.first
            let blockedEverywhere = target.map { $0.signals.blocked.contains(signal) } ?? true
            if SignalDisposition.discardsAtSend(signal, action: state.actions[signal], blocked: blockedEverywhere,
                                                isInit: state.unkillable) {
                return true
            }
            let added = thread != nil ? thread!.signals.pending.add(info) : state.pending.add(info)
            if let target, !target.signals.blocked.contains(signal) || SignalSet.unblockable.contains(signal) {
                target.signalPending = true
                Scheduler.wake(target)
            }
            return added
        }
        if continuedNow {
            ProcessTable.lock.withLock {
                process.signals.unreportedContinue = true
                process.signals.unreportedStop = nil
            }
            notifyParent(of: process, code: SigInfoCode.CLD_CONTINUED, status: Signal.SIGCONT.rawValue)
        }
        return queued
    }

    /// Caller holds lock.
    private static func removeEverywhere(_ signals: SignalSet, _ process: Process) {
        process.signals.pending.remove(signals)
        for thread in process.threads { thread.signals.pending.remove(signals) }
    }

    /// rt_sigaction setting SIG_IGN (or a default of ignore) discards what is pending
    /// (Linux do_sigaction). Caller holds lock.
    static func flushIfIgnoredLocked(_ signal: Signal, _ process: Process) {
        let state = process.signals
        if SignalDisposition.decide(signal, action: state.actions[signal]) == .ignore {
            removeEverywhere(SignalSet([signal]), process)
        }
    }

    /// Whether `thread` has a signal it can take now; caller holds lock.
    static func hasDeliverableLocked(_ thread: Thread, _ process: Process) -> Bool {
        let blocked = thread.signals.blocked
        return thread.signals.pending.next(blocked: blocked) != nil || process.signals.pending.next(blocked: blocked) != nil
    }

    /// Recomputes Thread.signalPending after the mask or the queues changed (Linux
    /// recalc_sigpending).
    static func recalculate(_ thread: Thread) {
        guard let process = thread.process else { return }
        lock.withLock { thread.signalPending = hasDeliverableLocked(thread, process) }
    }

    /// SIGCHLD to the parent of `child` for a stop or a continue (Linux
    /// do_notify_parent_cldstop): not sent when the parent ignores SIGCHLD or asked for
    /// SA_NOCLDSTOP; the parent's wait4 is woken either way.
    static func notifyParent(of child: Process, code: Int32, status: Int32) {
        guard let parent = ProcessTable.lock.withLock({ ProcessTable.findLocked(child.parentPID) }) else { return }
        let action = lock.withLock { parent.signals.actions[.SIGCHLD] }
        if !action.sa_flags.contains(.SA_NOCLDSTOP) && action.sa_handler != SignalHandler.SIG_IGN {
            _ = send(childInfo(child, code: code, status: status), to: parent)
        }
        parent.childEvents.wakeAll()
    }

    static func childInfo(_ child: Process, code: Int32, status: Int32) -> SigInfo {
        var info = SigInfo(signo: Signal.SIGCHLD.rawValue, code: code)
        info.si_pid = Int32(truncatingIfNeeded: child.pid)
        info.si_uid = 0
        info.si_status = status
        return info
    }

    /// Exit: decides under ProcessTable.lock (held by the caller) whether the parent reaps
    /// the child at once (SIGCHLD ignored or SA_NOCLDWAIT, Linux do_notify_parent), and
    /// stops all further queuing. Returns (reap now, send SIGCHLD).
    static func exitingLocked(_ child: Process, parent: Process?) -> (reap: Bool, notify: Bool) {
        lock.withLock {
            child.signals.exiting = true
            child.signals.pending.remove(SignalSet(rawValue: UInt64.max))
            guard let parent else { return (false, false) }
            let actions = parent.signals.actions
            // Only a child that reports with SIGCHLD is reaped for its parent (Linux do_notify_parent).
            let reap = actions.reapsChildrenAutomatically && child.exitSignal == Signal.SIGCHLD.rawValue
            return (reap, actions[.SIGCHLD].sa_handler != SignalHandler.SIG_IGN)
        }
    }

    /// The process groups `exiting` leaves orphaned that have a stopped member (Linux
    /// kill_orphaned_pgrp, for its own group and for each child's): it was their last link
    /// to a parent in another group of the same session. Caller holds ProcessTable.lock,
    /// after reparenting the children.
    static func groupsOrphanedLocked(by exiting: Process, parent: Process?, children: [Process]) -> [Int] {
        var candidates: [Int] = []
        if let parent, parent.pgid != exiting.pgid, parent.sid == exiting.sid { candidates.append(exiting.pgid) }
        for child in children where child.pgid != exiting.pgid && child.sid == exiting.sid && !candidates.contains(child.pgid) {
            candidates.append(child.pgid)
        }
        let all = ProcessTable.allLocked
        return candidates.filter { pgid in
            // `stopped` is read without Signals.lock (lock order): a Bool, set under it.
            all.contains(where: { $0.pgid == pgid && $0.state != .zombie && $0.signals.stopped })
                && groupIsOrphanedLocked(pgid)
        }
    }

    /// Whether group `pgid` is orphaned (ProcessGroupRules.isOrphaned over the table);
    /// caller holds ProcessTable.lock.
    static func groupIsOrphanedLocked(_ pgid: Int) -> Bool {
        let members = ProcessTable.allLocked.filter { $0.pgid == pgid }.map { member -> GroupMember in
            let parent = ProcessTable.findLocked(member.parentPID)
            return GroupMember(sid: member.sid, isZombie: member.state == .zombie, parentPgid: parent?.pgid ?? -1,
                               parentSid: parent?.sid ?? -1, parentIsInit: member.parentPID == 1)
        }
        return ProcessGroupRules.isOrphaned(pgid: pgid, members: members)
    }

    /// SIGHUP then SIGCONT to each newly orphaned group (POSIX: a stopped orphaned group
    /// would otherwise never continue).
    static func hangUp(groups: [Int]) {
        for pgid in groups {
            sendToGroup(.SIGHUP, pgid: pgid)
            sendToGroup(.SIGCONT, pgid: pgid)
        }
    }

    /// After exit's locked part: SIGCHLD with CLD_EXITED or CLD_KILLED.
    static func childExited(_ child: Process, parent: Process, waitStatus: Int32, notify: Bool) {
        SignalTimers.disarm(child)
        // clone's exit signal (SIGCHLD for fork; 0 sends none).
        let exitSignal = child.exitSignal
        guard exitSignal != 0, exitSignal != Signal.SIGCHLD.rawValue || notify else { return }
        let killed = waitStatus & 0x7F != 0
        var info = childInfo(child, code: killed ? SigInfoCode.CLD_KILLED : SigInfoCode.CLD_EXITED,
                             status: killed ? waitStatus & 0x7F : (waitStatus >> 8) & 0xFF)
        info.si_signo = exitSignal
        _ = send(info, to: parent)
    }

    /// fork(2): the child gets the parent's actions, the calling thread's mask and
    /// alternate stack as its first thread's, and nothing pending (Linux copy_sighand,
    /// copy_process). Called before the child's thread exists.
    static func inheritOnFork(parent: Process, parentThread: Thread, child: Process) {
        lock.withLock {
            child.signals.actions = parent.signals.actions
            child.signals.initialMask = parentThread.signals.blocked
            child.signals.initialAltStack = parentThread.signals.altStack
        }
    }

    /// The first code a new user thread runs, before it enters user mode.
    static func threadStarting(_ thread: Thread) {
        guard let process = thread.process else { return }
        lock.withLock {
            thread.signals.blocked = process.signals.initialMask
            thread.signals.altStack = process.signals.initialAltStack
            if process.pid == 1 { process.signals.unkillable = true }
        }
    }

    /// execve(2) after the point of no return: handlers reset, SIG_IGN kept, mask and
    /// pending kept, alternate stack cleared (Linux flush_signal_handlers, and the
    /// sas_ss reset in begin_new_exec).
    static func resetForExec(_ process: Process, thread: Thread) {
        lock.withLock {
            process.signals.actions.resetForExec()
            thread.signals.altStack = SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)
        }
        ProcessTable.lock.withLock { process.didExec = true }
    }
}
