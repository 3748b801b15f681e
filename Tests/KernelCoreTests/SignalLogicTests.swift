// The pure signal logic (Kernel/Core/Signals): sets, default actions and dispositions,
// sigaction validation and the exec reset, pending queues and Linux's dequeue order,
// frame placement on the alternate stack, syscall restarts, setpgid/setsid rules, alarm
// rounding. Expected values are Linux's (signal(7), kernel/signal.c, kernel/sys.c).
import Testing
import KernelCore
import LinuxABI

struct SignalSetTests {
    @Test(arguments: [(Signal.SIGHUP, UInt64(1)), (.SIGKILL, 1 << 8), (.SIGRTMIN, 1 << 31), (.SIGRTMAX, 1 << 63)])
    func bitPositions(signal: Signal, bit: UInt64) {
        var set = SignalSet()
        set.insert(signal)
        #expect(set.rawValue == bit)
        #expect(set.contains(signal))
        #expect(set.lowest == signal)
        set.remove(signal)
        #expect(set.isEmpty && set.lowest == nil)
    }

    @Test func blockableDropsKillAndStop() {
        let all = SignalSet(rawValue: UInt64.max)
        #expect(!all.blockable.contains(.SIGKILL) && !all.blockable.contains(.SIGSTOP))
        #expect(all.blockable.contains(.SIGTERM) && all.blockable.contains(.SIGRTMAX))
    }
}

struct SignalDefaultTests {
    @Test(arguments: [
        (Signal.SIGHUP, SignalDefaultAction.terminate), (.SIGINT, .terminate), (.SIGQUIT, .coreDump),
        (.SIGILL, .coreDump), (.SIGTRAP, .coreDump), (.SIGABRT, .coreDump), (.SIGBUS, .coreDump),
        (.SIGFPE, .coreDump), (.SIGKILL, .terminate), (.SIGUSR1, .terminate), (.SIGSEGV, .coreDump),
        (.SIGPIPE, .terminate), (.SIGALRM, .terminate), (.SIGTERM, .terminate), (.SIGCHLD, .ignore),
        (.SIGCONT, .continue), (.SIGSTOP, .stop), (.SIGTSTP, .stop), (.SIGTTIN, .stop), (.SIGTTOU, .stop),
        (.SIGURG, .ignore), (.SIGXCPU, .coreDump), (.SIGWINCH, .ignore), (.SIGSYS, .coreDump),
        (.SIGRTMIN, .terminate), (.SIGRTMAX, .terminate),
    ])
    func defaults(signal: Signal, action: SignalDefaultAction) {
        #expect(signal.defaultAction == action)
    }

    @Test func dispositions() {
        let dfl = KernelSigaction(), ign = KernelSigaction(sa_handler: SignalHandler.SIG_IGN)
        let caught = KernelSigaction(sa_handler: 0x401000)
        #expect(SignalDisposition.decide(.SIGTERM, action: dfl) == .terminate)
        #expect(SignalDisposition.decide(.SIGTERM, action: ign) == .ignore)
        #expect(SignalDisposition.decide(.SIGTERM, action: caught) == .handler(caught))
        #expect(SignalDisposition.decide(.SIGCHLD, action: dfl) == .ignore)
        #expect(SignalDisposition.decide(.SIGCONT, action: dfl) == .ignore)
        #expect(SignalDisposition.decide(.SIGTSTP, action: dfl) == .stop)
        // SIGKILL and SIGSTOP ignore whatever the table says.
        #expect(SignalDisposition.decide(.SIGKILL, action: caught) == .terminate)
        #expect(SignalDisposition.decide(.SIGSTOP, action: ign) == .stop)
        // PID 1: no default action it did not ask for, unless forced.
        #expect(SignalDisposition.decide(.SIGTERM, action: dfl, isInit: true) == .ignore)
        #expect(SignalDisposition.decide(.SIGSEGV, action: dfl, isInit: true, forced: true) == .terminate)
        #expect(SignalDisposition.decide(.SIGTERM, action: caught, isInit: true) == .handler(caught))
    }

    @Test func discardAtSend() {
        let ign = KernelSigaction(sa_handler: SignalHandler.SIG_IGN)
        #expect(SignalDisposition.discardsAtSend(.SIGUSR1, action: ign, blocked: false))
        #expect(!SignalDisposition.discardsAtSend(.SIGUSR1, action: ign, blocked: true))   // stays pending
        #expect(SignalDisposition.discardsAtSend(.SIGCHLD, action: KernelSigaction(), blocked: false))
        #expect(!SignalDisposition.discardsAtSend(.SIGKILL, action: KernelSigaction(), blocked: true))
        #expect(SignalDisposition.discardsAtSend(.SIGKILL, action: KernelSigaction(), blocked: false, isInit: true))
    }
}

struct SignalActionTests {
    @Test(arguments: [Int64(0), -1, 65, 1000])
    func badNumbersAreRejected(number: Int64) {
        #expect(SignalActions.validate(number, newAction: nil) == nil)
    }

    @Test func killAndStopCannotBeSetButCanBeRead() {
        #expect(SignalActions.validate(9, newAction: KernelSigaction(sa_handler: 1)) == nil)
        #expect(SignalActions.validate(19, newAction: KernelSigaction()) == nil)
        #expect(SignalActions.validate(9, newAction: nil)?.0 == .SIGKILL)
    }

    @Test func normalisesFlagsAndMask() {
        let asked = KernelSigaction(sa_handler: 0x1000, sa_flags: SigactionFlags(rawValue: 0x0400_0404),
                                    sa_mask: UInt64.max)
        let stored = SignalActions.validate(10, newAction: asked)?.1
        #expect(stored?.sa_flags == [.SA_RESTORER, .SA_SIGINFO])       // SA_UNSUPPORTED dropped
        #expect(stored.map { SignalSet(rawValue: $0.sa_mask).contains(.SIGKILL) } == false)
    }

    @Test func execResetKeepsIgnore() {
        var actions = SignalActions()
        actions[.SIGUSR1] = KernelSigaction(sa_handler: 0x1000, sa_flags: [.SA_RESTART], sa_restorer: 0x2000, sa_mask: 4)
        actions[.SIGUSR2] = KernelSigaction(sa_handler: SignalHandler.SIG_IGN, sa_flags: [.SA_RESTART])
        actions.resetForExec()
        #expect(actions[.SIGUSR1] == KernelSigaction())
        #expect(actions[.SIGUSR2] == KernelSigaction(sa_handler: SignalHandler.SIG_IGN))
    }

    @Test func handlerMask() {
        let plain = KernelSigaction(sa_handler: 0x1000, sa_mask: SignalSet([.SIGUSR2, .SIGKILL]).rawValue)
        let mask = SignalActions.maskDuringHandler(.SIGUSR1, action: plain, oldMask: SignalSet([.SIGINT]))
        #expect(mask == SignalSet([.SIGINT, .SIGUSR1, .SIGUSR2]))
        var nodefer = plain
        nodefer.sa_flags = [.SA_NODEFER]
        #expect(!SignalActions.maskDuringHandler(.SIGUSR1, action: nodefer, oldMask: SignalSet()).contains(.SIGUSR1))
    }

    @Test func autoReap() {
        var actions = SignalActions()
        #expect(!actions.reapsChildrenAutomatically)
        actions[.SIGCHLD] = KernelSigaction(sa_handler: SignalHandler.SIG_IGN)
        #expect(actions.reapsChildrenAutomatically)
        actions[.SIGCHLD] = KernelSigaction(sa_handler: 0x1000, sa_flags: [.SA_NOCLDWAIT])
        #expect(actions.reapsChildrenAutomatically)
    }
}

struct PendingSignalTests {
    @Test func standardSignalsMergeRealTimeQueue() {
        var pending = PendingSignals()
        pending.add(SigInfo(signo: 10, code: 0))
        pending.add(SigInfo(signo: 10, code: 1))
        pending.add(SigInfo(signo: 40, code: 0))
        pending.add(SigInfo(signo: 40, code: 1))
        let r1 = pending.take(.SIGUSR1)
        #expect(r1?.si_code == 0)
        let r2 = pending.take(.SIGUSR1)
        #expect(r2 == nil)
        let r3 = pending.take(Signal(rawValue: 40))
        #expect(r3?.si_code == 0)
        #expect(pending.set.contains(Signal(rawValue: 40)))
        let r4 = pending.take(Signal(rawValue: 40))
        #expect(r4?.si_code == 1)
        #expect(pending.set.isEmpty)
    }

    @Test func dequeueOrder() {
        var pending = PendingSignals()
        for number: Int32 in [15, 2, 11, 40] { pending.add(SigInfo(signo: number, code: 0)) }
        #expect(pending.next(blocked: SignalSet()) == .SIGSEGV)                 // synchronous first
        #expect(pending.next(blocked: SignalSet([.SIGSEGV])) == .SIGINT)         // then the lowest
        #expect(pending.next(blocked: SignalSet([.SIGSEGV, .SIGINT, .SIGTERM])) == Signal(rawValue: 40))
        pending.add(SigInfo(signo: 9, code: 0))
        #expect(pending.next(blocked: SignalSet(rawValue: UInt64.max)) == .SIGKILL)   // never blocked
        pending.remove(SignalSet([.SIGKILL, .SIGSEGV]))
        #expect(pending.next(blocked: SignalSet()) == .SIGINT)
    }

    @Test func realTimeQueueIsBounded() {
        var pending = PendingSignals()
        for _ in 0..<PendingSignals.queueLimit {
            let r5 = pending.add(SigInfo(signo: 50, code: 0))
            #expect(r5)
        }
        let r6 = pending.add(SigInfo(signo: 50, code: 0))
        #expect(!r6)
        let r7 = pending.add(SigInfo(signo: 10, code: 0))
        #expect(r7)   // standard signals are never refused (Linux: legacy signals always queue)
    }
}

struct SignalStackLayoutTests {
    let stack = SignalStack(ss_sp: 0x10_0000, ss_flags: 0, ss_size: 0x4000)

    @Test func framesOnTheNormalStack() throws {
        let place = try #require(SignalStackLayout.place(sp: 0x7fff_f000, stack: SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0),
                                                         onStack: true, frameSize: 440))
        #expect(!place.switched)
        #expect(place.fpstate % 64 == 0 && place.fpstate + 512 <= 0x7fff_f000 - 128)
        #expect((place.frame + 8) % 16 == 0 && place.frame + 440 <= place.fpstate)
    }

    @Test func switchesToTheAltStackOnce() throws {
        let place = try #require(SignalStackLayout.place(sp: 0x7fff_f000, stack: stack, onStack: true, frameSize: 440))
        #expect(place.switched && place.frame > stack.ss_sp && place.fpstate + 512 <= stack.ss_sp + stack.ss_size)
        // Already on it: nest below the current sp, no switch.
        let nested = try #require(SignalStackLayout.place(sp: place.frame, stack: stack, onStack: true, frameSize: 440))
        #expect(!nested.switched && nested.frame < place.frame)
        // Without SA_ONSTACK the normal stack is used.
        #expect(SignalStackLayout.place(sp: 0x7fff_f000, stack: stack, onStack: false, frameSize: 440)?.switched == false)
    }

    @Test func overflowingTheAltStackFails() {
        #expect(SignalStackLayout.place(sp: stack.ss_sp + 700, stack: stack, onStack: true, frameSize: 440) == nil)
    }

    @Test func reportedFlagsAndValidation() {
        #expect(SignalStackLayout.reportedFlags(0x10_2000, stack) == SignalStackFlags.SS_ONSTACK)
        #expect(SignalStackLayout.reportedFlags(0x7fff_0000, stack) == 0)
        #expect(SignalStackLayout.reportedFlags(0, SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)) == SignalStackFlags.SS_DISABLE)
        #expect(SignalStackLayout.validate(SignalStack(ss_sp: 1, ss_flags: 0, ss_size: 2047)) == .failure(.ENOMEM))
        #expect(SignalStackLayout.validate(SignalStack(ss_sp: 1, ss_flags: 0, ss_size: 2048)) == .success(SignalStack(ss_sp: 1, ss_flags: 0, ss_size: 2048)))
        #expect(SignalStackLayout.validate(SignalStack(ss_sp: 1, ss_flags: 0x10, ss_size: 8192)) == .failure(.EINVAL))
        #expect(SignalStackLayout.validate(SignalStack(ss_sp: 5, ss_flags: 2, ss_size: 1)) == .success(SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)))
    }
}

struct SyscallRestartTests {
    @Test func outcomes() {
        #expect(SyscallRestart.decide(.ERESTARTSYS, handler: nil) == .restart)
        #expect(SyscallRestart.decide(.ERESTARTSYS, handler: [.SA_RESTART]) == .restart)
        #expect(SyscallRestart.decide(.ERESTARTSYS, handler: []) == .interrupt)
        #expect(SyscallRestart.decide(.ERESTARTNOHAND, handler: [.SA_RESTART]) == .interrupt)
        #expect(SyscallRestart.decide(.ERESTARTNOHAND, handler: nil) == .restart)
        #expect(SyscallRestart.decide(.EINTR, handler: nil) == .keep)
        #expect(SyscallRestart.decide(.ERESTART_RESTARTBLOCK, handler: nil) == .restartBlock)
        #expect(SyscallRestart.decide(.ERESTART_RESTARTBLOCK, handler: [.SA_RESTART]) == .interrupt)
    }
}

struct ProcessGroupRuleTests {
    func facts(exists: Bool = true, isCaller: Bool = false, isChild: Bool = true, sameSession: Bool = true,
               execed: Bool = false, leader: Bool = false, own: Bool = true, group: Bool = false) -> SetpgidFacts {
        SetpgidFacts(targetExists: exists, targetIsCaller: isCaller, targetIsChild: isChild, targetInCallerSession: sameSession,
                     targetHasExeced: execed, targetIsSessionLeader: leader, groupIsTargetPID: own,
                     groupExistsInCallerSession: group)
    }

    @Test func setpgidVerdicts() {
        #expect(ProcessGroupRules.setpgid(facts()) == nil)
        #expect(ProcessGroupRules.setpgid(facts(exists: false)) == .ESRCH)
        #expect(ProcessGroupRules.setpgid(facts(isChild: false)) == .ESRCH)
        #expect(ProcessGroupRules.setpgid(facts(sameSession: false)) == .EPERM)
        #expect(ProcessGroupRules.setpgid(facts(execed: true)) == .EACCES)
        #expect(ProcessGroupRules.setpgid(facts(sameSession: false, execed: true)) == .EPERM)   // session first
        #expect(ProcessGroupRules.setpgid(facts(isCaller: true, isChild: false, leader: true)) == .EPERM)
        #expect(ProcessGroupRules.setpgid(facts(own: false, group: false)) == .EPERM)
        #expect(ProcessGroupRules.setpgid(facts(own: false, group: true)) == nil)
        #expect(ProcessGroupRules.setpgid(facts(isCaller: true, isChild: false, execed: true)) == nil)  // self may exec
    }

    @Test func setsidVerdicts() {
        #expect(ProcessGroupRules.setsid(callerPID: 5, groupWithCallerPIDExists: true) == .EPERM)
        #expect(ProcessGroupRules.setsid(callerPID: 5, groupWithCallerPIDExists: false) == nil)
    }

    @Test func orphanedGroups() {
        let inside = GroupMember(sid: 1, isZombie: false, parentPgid: 7, parentSid: 1, parentIsInit: false)
        let guarded = GroupMember(sid: 1, isZombie: false, parentPgid: 3, parentSid: 1, parentIsInit: false)
        let otherSession = GroupMember(sid: 1, isZombie: false, parentPgid: 3, parentSid: 2, parentIsInit: false)
        var initChild = guarded
        initChild.parentIsInit = true
        var zombie = guarded
        zombie.isZombie = true
        #expect(ProcessGroupRules.isOrphaned(pgid: 7, members: [inside]))
        #expect(!ProcessGroupRules.isOrphaned(pgid: 7, members: [inside, guarded]))
        #expect(ProcessGroupRules.isOrphaned(pgid: 7, members: [inside, otherSession]))
        #expect(ProcessGroupRules.isOrphaned(pgid: 7, members: [initChild]))
        #expect(ProcessGroupRules.isOrphaned(pgid: 7, members: [zombie, inside]))
    }

    @Test(arguments: [(UInt64(0), UInt64(0)), (1, 1), (499_999_999, 1), (1_499_999_999, 1), (1_500_000_000, 2),
                      (9_999_999_999, 10)])
    func alarmRounding(nanoseconds: UInt64, seconds: UInt64) {
        #expect(AlarmRounding.secondsLeft(nanoseconds: nanoseconds) == seconds)
    }
}
