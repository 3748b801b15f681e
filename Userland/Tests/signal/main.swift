// Signals from Swift: a handler runs and returns through the Runtime's restorer
// (rt_sigreturn) with the interrupted code's state intact, SIG_IGN, blocking with
// sigprocmask and delivery on unblock, pause() ending with EINTR, alarm; job control
// (stop/continue seen by wait4), SIGCHLD at SIG_IGN reaping children, kill's errors, and
// a timer signal reaching a loop that makes no syscalls.
import Runtime
import TestKit

nonisolated(unsafe) var handled: Int32 = 0
nonisolated(unsafe) var handledCount = 0

func recordSignal(_ signal: Int32) {
    handled = signal
    handledCount += 1
}

/// Spins until a handler sets `handled`, with no syscall; unoptimised so every iteration
/// reloads the global the handler writes.
@_optimize(none) func spinUntilHandled() {
    while handled == 0 {}
}

@main struct SignalTest: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let t = TestRun()
        t.checkNoThrow("install a SIGUSR1 handler") { () throws(Errno) in
            try sigaction(.SIGUSR1, .handler(recordSignal))
        }
        // Values live in registers across the signal: rt_sigreturn must restore them.
        var a: UInt64 = 0x1234_5678_9abc_def0
        var b = 3.25
        try? kill(getpid(), .SIGUSR1)
        a = a &+ 1
        b *= 2
        t.check(handled == Signal.SIGUSR1.rawValue && handledCount == 1, "the handler ran once with the signal number")
        t.check(a == 0x1234_5678_9abc_def1 && b == 6.5, "execution resumes after rt_sigreturn with registers intact")

        let previous = try? sigaction(.SIGUSR1, .default)
        t.check(previous != nil && previous != UInt(SignalHandler.SIG_DFL) && previous != UInt(SignalHandler.SIG_IGN),
                "sigaction returns the previous handler's address")

        _ = try? sigaction(.SIGUSR2, .ignore)
        try? kill(getpid(), .SIGUSR2)
        t.check(handledCount == 1, "an ignored SIGUSR2 runs no handler (and, reaching here, did not kill us)")

        // Block SIGUSR1, raise it: pending, not delivered; unblock: delivered.
        _ = try? sigaction(.SIGUSR1, .handler(recordSignal))
        handledCount = 0
        _ = try? sigprocmask(SigprocmaskHow.SIG_BLOCK, SignalSet([.SIGUSR1]))
        try? kill(getpid(), .SIGUSR1)
        t.check(handledCount == 0, "a blocked signal is not delivered")
        let pending = try? sigpending()
        t.check(pending?.contains(.SIGUSR1) == true, "the blocked signal shows in sigpending")
        let old = try? sigprocmask(SigprocmaskHow.SIG_UNBLOCK, SignalSet([.SIGUSR1]))
        t.check(handledCount == 1, "unblocking delivers the pending signal once")
        t.check(old?.contains(.SIGUSR1) == true, "sigprocmask reports the old mask")
        t.check(((try? sigpending())?.rawValue ?? 1) == 0, "nothing is pending afterwards")

        // alarm + pause: the handler runs and pause ends with EINTR.
        handled = 0
        _ = try? sigaction(.SIGALRM, .handler(recordSignal))
        alarm(1)
        let error = pause()
        t.check(error == .EINTR && handled == Signal.SIGALRM.rawValue, "alarm(1) interrupts pause() with EINTR after the handler")

        // SIGKILL cannot be caught.
        t.checkErrno(.EINVAL, "sigaction(SIGKILL) fails with EINVAL") { () throws(Errno) in
            _ = try sigaction(.SIGKILL, .handler(recordSignal))
        }
        let terminated = t.inChild {
            _ = try? sigaction(.SIGTERM, .default)
            try? kill(getpid(), .SIGTERM)
            return 0
        }
        t.check(terminated?.signaled == true && terminated?.terminationSignal == Signal.SIGTERM.rawValue,
                "SIGTERM at its default terminates the process")
        // Job control: SIGSTOP/SIGCONT as wait4 reports them (WUNTRACED, WCONTINUED).
        if let child = try? fork() {
            if child.rawValue == 0 {
                while true { _ = pause() }
            }
            try? kill(child, .SIGSTOP)
            let stopped = try? wait4(child, options: .WUNTRACED)
            t.check(stopped?.status.stopped == true && stopped?.status.rawValue == 0x7f | (Signal.SIGSTOP.rawValue << 8),
                    "wait4(WUNTRACED) reports the stop as 0x7f | SIGSTOP << 8")
            try? kill(child, .SIGCONT)
            let continued = try? wait4(child, options: .WCONTINUED)
            t.check(continued?.status.rawValue == 0xffff, "wait4(WCONTINUED) reports 0xffff")
            try? kill(child, .SIGKILL)
            let killed = try? wait4(child)
            t.check(killed?.status.signaled == true && killed?.status.terminationSignal == Signal.SIGKILL.rawValue,
                    "SIGKILL ends the stopped child")
            // The child is reaped: it no longer exists.
            t.checkErrno(.ESRCH, "kill on a reaped child is ESRCH") { () throws(Errno) in try kill(child, .SIGTERM) }
        }
        t.check(rawSyscall(SyscallNumber.kill, Int(getpid().rawValue), 65) == -Int(Errno.EINVAL.rawValue),
                "kill with signal 65 is EINVAL")

        // SIGCHLD at SIG_IGN: children are reaped by the kernel, wait4 says ECHILD.
        _ = try? sigaction(.SIGCHLD, .ignore)
        if let child = try? fork() {
            if child.rawValue == 0 { exitImmediately(0) }
            t.checkErrno(.ECHILD, "with SIGCHLD ignored wait4 finds no child") { () throws(Errno) in
                _ = try wait4(child)
            }
        }
        _ = try? sigaction(.SIGCHLD, .default)

        // A timer signal reaches a loop that makes no syscalls (the timer interrupt delivers it).
        handled = 0
        _ = try? sigaction(.SIGALRM, .handler(recordSignal))
        alarm(1)
        spinUntilHandled()
        t.check(handled == Signal.SIGALRM.rawValue, "SIGALRM interrupts a busy loop")
        return t.finish()
    }
}
