// Signals from Swift: a handler runs and returns through the Runtime's restorer
// (rt_sigreturn) with the interrupted code's state intact, SIG_IGN, blocking with
// sigprocmask and delivery on unblock, pause() ending with EINTR, alarm.
import Runtime
import TestKit

nonisolated(unsafe) var handled: Int32 = 0
nonisolated(unsafe) var handledCount = 0

func recordSignal(_ signal: Int32) {
    handled = signal
    handledCount += 1
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
        return t.finish()
    }
}
