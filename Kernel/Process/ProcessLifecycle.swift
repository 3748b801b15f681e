// How processes end: exit tears down the address space, turns the process into a zombie
// for its parent's wait4, hands its children to init, and ends the thread. When init
// itself exits, the kernel reports its status and stops the machine.
import KernelCore
import KernelSupport
import LinuxABI

enum ProcessLifecycle {
    /// Ends the calling process with a Linux wait status (e.g. `(code & 0xff) << 8`).
    static func exitCurrent(waitStatus: Int32) -> Never {
        becomeZombie(waitStatus: waitStatus)
        Scheduler.exitCurrent()
    }

    /// Everything but the final switch, in its own frame so every reference it takes is
    /// released before the thread disappears.
    @inline(never)
    private static func becomeZombie(waitStatus: Int32) {
        let thread = Scheduler.current
        guard let process = thread.process else { panic("exit from a kernel thread") }
        // Never keep running on tables that are about to be freed: first the process stops
        // owning them (so a switch back to us does not load them again), then CR3 leaves
        // them, and only then are they freed.
        let space = process.addressSpace
        process.addressSpace = nil
        cpu_write_cr3(KernelAddressSpace.root.value)
        withExtendedLifetime(space) {}
        let openFiles = process.files.removeAll()
        ConsoleTTY.sessionLeaderExiting(process)   // Linux disassociate_ctty(1)
        process.releaseVforkParent()
        let (parent, notify, hangUp): (Process?, Bool, [Int]) = ProcessTable.lock.withLock {
            process.state = .zombie
            process.waitStatus = waitStatus
            let orphans = process.children
            process.children = []
            ProcessTable.reparentToInit(orphans)
            let parent = ProcessTable.findLocked(process.parentPID)
            // Groups with stopped members that this exit leaves orphaned get SIGHUP + SIGCONT.
            let hangUp = Signals.groupsOrphanedLocked(by: process, parent: parent, children: orphans)
            // SIGCHLD ignored or SA_NOCLDWAIT: no zombie, wait4 will say ECHILD.
            let (reap, notify) = Signals.exitingLocked(process, parent: parent)
            if reap { ProcessTable.removeLocked(process) }
            return (parent, notify, hangUp)
        }
        Signals.hangUp(groups: hangUp)
        thread.process = nil
        process.threads.removeAll()
        if process.pid == 1 { initExited(waitStatus) }
        if let parent { Signals.childExited(process, parent: parent, waitStatus: waitStatus, notify: notify) }
        parent?.childEvents.wakeAll()
        _ = openFiles   // the last references to pipe ends go here, waking their peers
    }

    /// PID 1 is gone: say how it ended and stop (the test runner reads the exit device).
    private static func initExited(_ status: Int32) -> Never {
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        if exited {
            Log.info("init exited with status " + String(code) + "; stopping")
        } else {
            Log.error("init was killed by signal " + String(status & 0x7F) + "; stopping")
        }
        Machine.powerOff(passed: exited && code == 0)
    }
}
