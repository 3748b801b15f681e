// Delivering signals on the way back to user mode (Linux arch_do_signal_or_restart and
// get_signal): after every syscall (SyscallDispatch) and every trap or interrupt from ring 3
// (Traps.swift), take each deliverable signal in order and act on it — ignore, stop until
// SIGCONT, end the process, or push a handler frame (SignalFrame.swift) — and settle an
// interrupted syscall: EINTR or a restart.
import KernelCore
import KernelSupport
import LinuxABI

enum SignalDelivery {
    /// One dequeued signal and what to do with it.
    private struct Taken {
        let signal: Signal
        let info: SigInfo
        let disposition: SignalDisposition
        let continueCount: UInt64
    }

    /// Runs with interrupts on, on the current thread's kernel stack, with `frame` the user
    /// registers it returns to. `syscall`: the number of the syscall just run and the
    /// restart code it threw, if any. Returns true when the frame must go back through
    /// iretq (a handler frame or rt_sigreturn replaced rcx/r11).
    static func beforeReturnToUser(_ frame: UnsafeMutablePointer<TrapFrame>,
                                   syscall: UInt64? = nil, restartError: Errno? = nil) -> Bool {
        let outcome = deliver(frame, syscall: syscall, restartError: restartError)
        // The process ends here, in a frame that holds no reference to it or its thread:
        // a frame that never returns would never release them (the process would leak).
        if let status = outcome.exitStatus { ProcessLifecycle.exitCurrent(waitStatus: status) }
        return outcome.replaced
    }

    @inline(never)
    private static func deliver(_ frame: UnsafeMutablePointer<TrapFrame>, syscall: UInt64?,
                                restartError: Errno?) -> (replaced: Bool, exitStatus: Int32?) {
        let thread = Scheduler.current
        guard let process = thread.process else { return (false, nil) }
        var replaced = thread.signals.frameReplaced
        thread.signals.frameReplaced = false
        var pendingRestart = restartError
        var rounds = 0
        while thread.signalPending && rounds < Int(Signal.NSIG) {
            rounds += 1
            guard let taken = take(thread, process) else { break }
            switch taken.disposition {
            case .ignore:
                continue
            case .terminate:
                return (replaced, taken.signal.rawValue)
            case .stop:
                // SIGTSTP/SIGTTIN/SIGTTOU do not stop an orphaned group (Linux get_signal).
                if taken.signal != .SIGSTOP && groupIsOrphaned(process) { continue }
                stop(process, signal: taken.signal, continueCount: taken.continueCount)
            case .handler(let action):
                if let error = pendingRestart, let number = syscall {
                    settle(frame, number: number, SyscallRestart.decide(error, handler: action.sa_flags))
                    pendingRestart = nil
                }
                if !SignalFrame.push(taken.signal, info: taken.info, action: action, frame: frame, thread: thread) {
                    frameFailed(taken.signal, process: process, thread: thread)
                }
                replaced = true
            }
        }
        if let error = pendingRestart, let number = syscall {
            settle(frame, number: number, SyscallRestart.decide(error, handler: nil))
        }
        if let saved = thread.signals.savedMask {
            thread.signals.savedMask = nil
            thread.signals.blocked = saved
            Signals.recalculate(thread)
        }
        return (replaced, nil)
    }

    /// The result register after an interrupted syscall (Linux handle_signal's switch).
    private static func settle(_ frame: UnsafeMutablePointer<TrapFrame>, number: UInt64, _ outcome: SyscallRestart) {
        switch outcome {
        case .keep: break
        case .interrupt: frame.pointee.rax = UInt64(bitPattern: -Int64(Errno.EINTR.rawValue))
        case .restart:
            frame.pointee.rax = number
            frame.pointee.rip &-= SyscallRestart.syscallInstructionLength
        case .restartBlock:
            frame.pointee.rax = UInt64(SyscallNumber.restart_syscall)
            frame.pointee.rip &-= SyscallRestart.syscallInstructionLength
        }
    }

    /// Dequeues the next deliverable signal, thread-directed first (Linux dequeue_signal),
    /// and applies SA_RESETHAND. Clears signalPending when nothing else is deliverable.
    private static func take(_ thread: Thread, _ process: Process) -> Taken? {
        Signals.lock.withLock { () -> Taken? in
            let state = process.signals
            let blocked = thread.signals.blocked
            var info: SigInfo? = nil
            if let signal = thread.signals.pending.next(blocked: blocked) {
                info = thread.signals.pending.take(signal)
            } else if let signal = state.pending.next(blocked: blocked) {
                info = state.pending.take(signal)
            }
            thread.signalPending = Signals.hasDeliverableLocked(thread, process)
            guard let info else { return nil }
            let signal = Signal(rawValue: info.si_signo)
            let action = state.actions[signal]
            let disposition = SignalDisposition.decide(signal, action: action, isInit: state.unkillable)
            if case .handler = disposition, action.sa_flags.contains(.SA_RESETHAND) {
                state.actions[signal] = KernelSigaction()
            }
            return Taken(signal: signal, info: info, disposition: disposition, continueCount: state.continueCount)
        }
    }

    /// A stop signal's default action (Linux do_signal_stop): stop, tell the parent, sleep
    /// until SIGCONT or SIGKILL. A SIGCONT sent since the stop was dequeued cancels it.
    private static func stop(_ process: Process, signal: Signal, continueCount: UInt64) {
        let state = process.signals
        let stops = Signals.lock.withLock { () -> Bool in
            guard state.continueCount == continueCount, !state.exiting else { return false }
            state.stopped = true
            return true
        }
        guard stops else { return }
        ProcessTable.lock.withLock {
            state.unreportedStop = signal
            state.unreportedContinue = false
        }
        Signals.notifyParent(of: process, code: SigInfoCode.CLD_STOPPED, status: signal.rawValue)
        state.continued.wait { !state.stopped }
    }

    private static func groupIsOrphaned(_ process: Process) -> Bool {
        ProcessTable.lock.withLock { Signals.groupIsOrphanedLocked(process.pgid) }
    }

    /// The handler frame could not be written (Linux signal_setup_done → force_sigsegv):
    /// SIGSEGV, forced; if SIGSEGV itself was the signal its handler is reset first, so the
    /// default action (death) follows on the next round of the delivery loop.
    private static func frameFailed(_ signal: Signal, process: Process, thread: Thread) {
        Log.warn("pid " + String(process.pid) + ": cannot push the frame for " + String(describingStatic: signal.name)
                 + "; SIGSEGV")
        if signal == .SIGSEGV { Signals.lock.withLock { process.signals.actions[.SIGSEGV] = KernelSigaction() } }
        _ = Signals.send(SigInfo(signo: Signal.SIGSEGV.rawValue, code: SigInfoCode.SI_KERNEL), to: process,
                         thread: thread, forced: true)
    }
}
