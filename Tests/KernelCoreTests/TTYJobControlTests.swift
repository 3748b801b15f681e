// TTYJobControl: the controlling-terminal and background-access rules, with Linux's answers
// (drivers/tty/tty_jobctrl.c: __tty_check_change, tiocsctty, tiocspgrp; tty_io.c: tty_open).
import Testing
import KernelCore
import LinuxABI

struct TTYJobControlTests {
    typealias Access = TTYJobControl.Access

    // (ctty, caller group, foreground, read side, ignored, orphaned) → verdict
    @Test(arguments: [
        (false, 5, Optional(7), true, false, false, Access.proceed),   // not our terminal
        (true, 7, Optional(7), true, false, false, .proceed),          // foreground
        (true, 5, nil, true, false, false, .proceed),                  // no foreground group
        (true, 5, Optional(7), true, false, false, .signalGroup),      // background read: SIGTTIN
        (true, 5, Optional(7), false, false, false, .signalGroup),     // background write: SIGTTOU
        (true, 5, Optional(7), true, true, false, .fail(.EIO)),        // SIGTTIN ignored: EIO
        (true, 5, Optional(7), false, true, false, .proceed),          // SIGTTOU ignored: allowed
        (true, 5, Optional(7), true, false, true, .fail(.EIO)),        // orphaned: EIO
        (true, 5, Optional(7), false, false, true, .fail(.EIO)),
        (true, 0, Optional(1), false, true, true, .proceed),           // ignored wins over orphaned for SIGTTOU
    ])
    func backgroundAccess(ctty: Bool, group: Int, foreground: Int?, read: Bool, ignored: Bool, orphaned: Bool,
                          expected: Access) {
        #expect(TTYJobControl.checkAccess(isControllingTTY: ctty, callerGroup: group, foregroundGroup: foreground,
                                          readSide: read, ignored: ignored, orphaned: orphaned) == expected)
    }

    // (noctty, leader, has ctty, terminal held) → acquires
    @Test(arguments: [
        (false, true, false, false, true),
        (true, true, false, false, false),
        (false, false, false, false, false),
        (false, true, true, false, false),
        (false, true, false, true, false),
    ])
    func acquireOnOpen(noctty: Bool, leader: Bool, hasCTTY: Bool, held: Bool, expected: Bool) {
        #expect(TTYJobControl.acquiresOnOpen(noctty: noctty, isSessionLeader: leader, hasControllingTTY: hasCTTY,
                                             terminalHasSession: held) == expected)
    }

    typealias Acquire = TTYJobControl.Acquire

    // (leader, ours, has ctty, held, steal, privileged, readable) → outcome
    @Test(arguments: [
        (true, true, true, true, false, false, false, Acquire.alreadyOurs),
        (false, false, false, false, false, true, true, .fail(.EPERM)),      // not a leader
        (true, false, true, true, true, true, true, .fail(.EPERM)),          // already has one
        (true, false, false, false, false, false, true, .acquire),
        (true, false, false, true, false, true, true, .fail(.EPERM)),        // held, no steal asked
        (true, false, false, true, true, false, true, .fail(.EPERM)),        // steal without privilege
        (true, false, false, true, true, true, true, .steal),
        (true, false, false, false, false, false, false, .fail(.EPERM)),     // write-only, unprivileged
        (true, false, false, false, false, true, false, .acquire),           // write-only, privileged
    ])
    func tiocsctty(leader: Bool, ours: Bool, hasCTTY: Bool, held: Bool, steal: Bool, privileged: Bool,
                   readable: Bool, expected: Acquire) {
        #expect(TTYJobControl.tiocsctty(isSessionLeader: leader, terminalSessionIsCallers: ours,
                                        hasControllingTTY: hasCTTY, terminalHasSession: held,
                                        stealRequested: steal, privileged: privileged,
                                        openForReading: readable) == expected)
    }

    // (ctty, same session, group, exists, in session) → errno
    @Test(arguments: [
        (false, false, 3, true, true, Optional(Errno.ENOTTY)),
        (true, false, 3, true, true, Optional(.ENOTTY)),
        (true, true, -1, true, true, Optional(.EINVAL)),
        (true, true, Int(Int32.min), false, false, Optional(.EINVAL)),
        (true, true, 3, false, false, Optional(.ESRCH)),
        (true, true, 3, true, false, Optional(.EPERM)),
        (true, true, 0, true, true, nil),
        (true, true, 3, true, true, nil),
    ])
    func tiocspgrp(ctty: Bool, same: Bool, group: Int, exists: Bool, inSession: Bool, expected: Errno?) {
        #expect(TTYJobControl.tiocspgrp(isControllingTTY: ctty, terminalSessionIsCallers: same, group: group,
                                        groupExists: exists, groupInCallerSession: inSession) == expected)
    }
}
