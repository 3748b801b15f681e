// PID 1 (/sbin/init): the console on fds 0–2, /etc/rc, then /bin/sh as a session leader on
// the console, respawned when it exits (rate-limited), every orphan reaped, and a clean
// shutdown on a signal. Signals follow BusyBox init, except that SIGTERM powers off (see
// docs/decisions.md): SIGTERM, SIGUSR2 → power off; SIGUSR1 → halt; SIGINT (what the
// kernel sends for Ctrl-Alt-Del, and what `reboot` sends) → restart.
import Runtime
import UtilKit

/// What a signal asked for; set by the handlers, read by the main loop.
nonisolated(unsafe) var requestedShutdown: UInt32 = 0
nonisolated(unsafe) var childEvent = false

@_cdecl("apus_init_signal")
func onSignal(_ number: Int32) {
    switch number {
    case Signal.SIGTERM.rawValue, Signal.SIGUSR2.rawValue: requestedShutdown = Reboot.LINUX_REBOOT_CMD_POWER_OFF
    case Signal.SIGUSR1.rawValue: requestedShutdown = Reboot.LINUX_REBOOT_CMD_HALT
    case Signal.SIGINT.rawValue: requestedShutdown = Reboot.LINUX_REBOOT_CMD_RESTART
    case Signal.SIGCHLD.rawValue: childEvent = true
    default: break
    }
}

/// Messages go to the console prefixed "init: ".
func say(_ text: String) { writeError("init: " + text + "\n") }

@main struct Init: Program {
    static let shell = "/bin/sh"
    static let rcPath = "/etc/rc"
    static let handled: [Signal] = [.SIGTERM, .SIGUSR1, .SIGUSR2, .SIGINT, .SIGCHLD, .SIGALRM]
    /// A shell that dies within this long of starting counts as a fast failure…
    static let quickExitNanoseconds: Int64 = 2_000_000_000
    /// …and after this many in a row, init waits `respawnPauseSeconds` before the next.
    static let quickExitLimit = 5
    static let respawnPauseSeconds: UInt32 = 5

    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        ensureConsole()
        let mask = SignalSet(handled)
        _ = try? sigprocmask(SigprocmaskHow.SIG_BLOCK, mask)
        for signal in handled {
            _ = try? sigaction(signal, .handler(onSignal), mask: mask)
        }
        let childEnvironment = shellEnvironment(environment)
        runRC(childEnvironment)
        showMessageOfTheDay()
        var shellPID: Int32 = 0
        var startedAt: Int64 = 0
        var quickExits = 0
        var respawnAfter: Int64 = 0
        while true {
            reapAll { pid, status in
                if pid == shellPID {
                    shellPID = 0
                    let lived = monotonicNanoseconds() - startedAt
                    quickExits = lived < quickExitNanoseconds ? quickExits + 1 : 0
                    if quickExits >= quickExitLimit {
                        say(shell + " exited " + String(quickExits) + " times in a row right after starting ("
                            + status.description + "); waiting " + String(respawnPauseSeconds) + " s")
                        respawnAfter = monotonicNanoseconds() + Int64(respawnPauseSeconds) * 1_000_000_000
                        quickExits = 0
                    }
                }
            }
            if requestedShutdown != 0 { shutdown(requestedShutdown) }
            if shellPID == 0 {
                let now = monotonicNanoseconds()
                if now >= respawnAfter {
                    shellPID = startShell(childEnvironment)
                    startedAt = now
                } else {
                    alarm(UInt32((respawnAfter - now) / 1_000_000_000) + 1)
                }
            }
            childEvent = false
            sigsuspend(SignalSet())
        }
    }

    /// fds 0, 1 and 2 open; any closed one becomes /dev/console (Linux's kernel_init
    /// already does this, a bootloader-less start may not).
    static func ensureConsole() {
        for fd in 0..<3 {
            if (try? fcntl(FD(rawValue: Int32(fd)), Fcntl.F_GETFD)) != nil { continue }
            guard let console = try? open("/dev/console", [.O_RDWR, .O_NOCTTY]) else { return }
            if console.rawValue != Int32(fd) {
                _ = try? dup2(console, FD(rawValue: Int32(fd)))
                try? close(console)
            }
        }
    }

    /// The shell's environment: PATH, HOME, TERM (linux unless the kernel said otherwise),
    /// SHELL, then what else the kernel command line passed.
    static func shellEnvironment(_ inherited: [String]) -> [String] {
        var result = ["PATH=/bin:/sbin", "HOME=/", "SHELL=/bin/sh"]
        var term = "TERM=linux"
        for entry in inherited {
            if entry.hasPrefix("TERM=") { term = entry; continue }
            if entry.hasPrefix("PATH=") || entry.hasPrefix("HOME=") || entry.hasPrefix("SHELL=") { continue }
            result.append(entry)
        }
        result.insert(term, at: 2)
        return result
    }

    /// Reaps every child that has exited, telling `each` about it.
    static func reapAll(_ each: (Int32, WaitStatus) -> Void) {
        while true {
            guard let (pid, status) = try? wait4(.anyChild, options: .WNOHANG), pid.rawValue > 0 else { return }
            each(pid.rawValue, status)
        }
    }

    /// Forks a child that restores the signal state, becomes a session leader with the
    /// console as its controlling terminal and foreground group, and execs `argv`.
    static func spawn(_ path: String, _ argv: [String], _ environment: [String]) -> Int32 {
        guard let pid = try? fork() else {
            say("cannot fork to run " + path)
            return 0
        }
        if pid.rawValue != 0 { return pid.rawValue }
        for signal in handled { _ = try? sigaction(signal, .default) }
        _ = try? sigprocmask(SigprocmaskHow.SIG_SETMASK, SignalSet())
        _ = try? setsid()
        _ = try? ioctl(.standardInput, UInt(IoctlRequest.TIOCSCTTY), 0)
        var group = getpid().rawValue
        _ = withUnsafeMutablePointer(to: &group) {
            try? ioctl(.standardInput, UInt(IoctlRequest.TIOCSPGRP), Int(bitPattern: UInt(bitPattern: $0)))
        }
        do { try execve(path, argv, environment) } catch {
            say("cannot run " + path + ": " + errnoText(error))
            exit(127)
        }
    }

    /// Runs /etc/rc with /bin/sh and waits for it (reaping orphans meanwhile).
    static func runRC(_ environment: [String]) {
        guard (try? access(rcPath, [])) != nil else { return }
        guard (try? access(shell, AccessMode.X_OK)) != nil else {
            say(rcPath + " not run: " + shell + " is missing")
            return
        }
        let pid = spawn(shell, ["sh", rcPath], environment)
        guard pid > 0 else { return }
        while requestedShutdown == 0 {
            var done = false
            reapAll { child, status in
                if child == pid {
                    done = true
                    if !(status.exited && status.exitCode == 0) { say(rcPath + ": " + status.description) }
                }
            }
            if done { return }
            sigsuspend(SignalSet())
        }
    }

    /// /etc/motd on the console once, before the first shell (what login(1) shows).
    static func showMessageOfTheDay() {
        guard let fd = try? open(motdPath, [.O_RDONLY, .O_CLOEXEC]) else { return }
        defer { try? close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
        defer { buffer.deallocate() }
        while let count = try? read(fd, buffer), count > 0 {
            _ = try? write(.standardOutput, UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
    static let motdPath = "/etc/motd"

    static func startShell(_ environment: [String]) -> Int32 {
        spawn(shell, ["sh"], environment)
    }

    /// SIGTERM to every other process, a short wait, SIGKILL to what is left, reap, sync,
    /// then reboot(2) with `command`. Linux: BusyBox init's run_shutdown_and_kill_processes.
    static func shutdown(_ command: UInt32) -> Never {
        let what = command == Reboot.LINUX_REBOOT_CMD_RESTART ? "reboot"
            : command == Reboot.LINUX_REBOOT_CMD_HALT ? "halt" : "poweroff"
        say(what + ": sending SIGTERM to all processes")
        try? killRaw(-1, Signal.SIGTERM.rawValue)
        let deadline = monotonicNanoseconds() + 2_000_000_000
        while monotonicNanoseconds() < deadline {
            reapAll { _, _ in }
            if (try? wait4(.anyChild, options: .WNOHANG)) == nil { break }   // ECHILD: nobody left
            try? sleepNanoseconds(50_000_000)
        }
        say(what + ": sending SIGKILL to all processes")
        try? killRaw(-1, Signal.SIGKILL.rawValue)
        while (try? waitForChild(.anyChild)) != nil {}
        sync()
        say(what + ": " + (command == Reboot.LINUX_REBOOT_CMD_RESTART ? "restarting" : "powering off"))
        flushStandardOutput()
        do { try reboot(command) } catch {
            say("reboot(2) failed: " + errnoText(error))
        }
        // HALT may return on a system that cannot halt; power off instead.
        try? reboot(Reboot.LINUX_REBOOT_CMD_POWER_OFF)
        while true { _ = pause() }
    }
}
