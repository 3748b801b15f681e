// The host Linux kernel itself as the oracle for LinuxABI's layouts: a pseudo-terminal
// answers TCGETS/TIOCGWINSZ with the kernel's termios and winsize, a real signal delivers
// an rt_sigframe we read with our structs, and waitid(2) fills a siginfo_t for SIGCHLD.
import Foundation
import Testing
import LinuxABI
#if canImport(Glibc)
import Glibc
#endif

/// A fresh pty pair from /dev/ptmx (master, slave), or nil when the host has none.
func openPseudoTerminal() -> (master: Int32, slave: Int32)? {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return nil }
    var unlock: Int32 = 0
    let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTPEER: UInt = 0x5441
    guard ioctl(master, TIOCSPTLCK, &unlock) == 0 else { close(master); return nil }
    let slave = ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { close(master); return nil }
    return (master, slave)
}

let hostHasPseudoTerminals: Bool = {
    guard let pair = openPseudoTerminal() else { return false }
    close(pair.master)
    close(pair.slave)
    return true
}()

/// Where the SIGUSR1 handler below copies what the kernel gave it: [0] the siginfo address,
/// [8] the ucontext address, from 64 the 440 bytes of the rt_sigframe.
nonisolated(unsafe) let signalCapture = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 16)

let captureFrame: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    _, info, context in
    guard let info, let context else { return }
    signalCapture.storeBytes(of: UInt64(UInt(bitPattern: info)), toByteOffset: 0, as: UInt64.self)
    signalCapture.storeBytes(of: UInt64(UInt(bitPattern: context)), toByteOffset: 8, as: UInt64.self)
    memcpy(signalCapture + 64, context - RtSigframe.ucOffset, MemoryLayout<RtSigframe>.size)
}

/// Runs `/bin/sh -c script` and returns its pid.
func spawnShell(_ script: String) -> pid_t? {
    var pid: pid_t = 0
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(script), nil]
    defer { argv.forEach { free($0) } }
    return posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 ? pid : nil
}

@Suite(.serialized)
struct HostKernelOracleTests {
    /// A fresh pty slave holds Linux's tty_std_termios without HUPCL (drivers/tty/pty.c);
    /// TCGETS writes exactly 36 bytes.
    @Test(.enabled(if: hostHasPseudoTerminals))
    func ptyDefaultsAreLinuxDefaults() throws {
        let pair = try #require(openPseudoTerminal())
        defer { close(pair.master); close(pair.slave) }
        var buffer = [UInt8](repeating: 0xAA, count: 64)
        let result = buffer.withUnsafeMutableBytes { ioctl(pair.slave, UInt(IoctlRequest.TCGETS), $0.baseAddress!) }
        #expect(result == 0)
        #expect(buffer[36...].allSatisfy { $0 == 0xAA }, "TCGETS wrote past 36 bytes")
        let fromKernel = buffer.withUnsafeBytes { $0.load(as: Termios.self) }
        var expected = Termios.linuxDefault
        expected.c_cflag.remove(.HUPCL)
        #expect(fromKernel == expected)
        #expect(fromKernel.c_cc[Termios.VINTR] == 3 && fromKernel.c_cc[Termios.VERASE] == 0x7F)
        #expect(fromKernel.c_cc[Termios.VMIN] == 1 && fromKernel.c_cc[Termios.VSUSP] == 0x1A)
    }

    /// TCSETS reads our layout: clear ECHO and ICANON, set VMIN 0, and glibc's tcgetattr sees it.
    @Test(.enabled(if: hostHasPseudoTerminals))
    func tcsetsReadsOurLayout() throws {
        let pair = try #require(openPseudoTerminal())
        defer { close(pair.master); close(pair.slave) }
        var settings = Termios.linuxDefault
        settings.c_lflag.remove([.ECHO, .ICANON])
        settings.c_cc[Termios.VMIN] = 0
        settings.c_cc[Termios.VTIME] = 7
        #expect(ioctl(pair.slave, UInt(IoctlRequest.TCSETS), &settings) == 0)
        var host = termios()
        #expect(tcgetattr(pair.slave, &host) == 0)
        #expect(host.c_lflag & UInt32(ECHO) == 0 && host.c_lflag & UInt32(ICANON) == 0)
        #expect(host.c_lflag & UInt32(ISIG) != 0)
        #expect(host.c_cc.6 == 0 && host.c_cc.5 == 7)  // VMIN, VTIME
    }

    @Test(.enabled(if: hostHasPseudoTerminals))
    func windowSizeRoundTrip() throws {
        let pair = try #require(openPseudoTerminal())
        defer { close(pair.master); close(pair.slave) }
        var size = WinSize()
        #expect(ioctl(pair.slave, UInt(IoctlRequest.TIOCGWINSZ), &size) == 0)
        #expect(size == WinSize())  // a fresh tty is 0×0
        var set = WinSize(ws_row: 24, ws_col: 80, ws_xpixel: 640, ws_ypixel: 384)
        #expect(ioctl(pair.master, UInt(IoctlRequest.TIOCSWINSZ), &set) == 0)
        var got = WinSize()
        #expect(ioctl(pair.slave, UInt(IoctlRequest.TIOCGWINSZ), &got) == 0)
        #expect(got == set)
    }

    /// Raise SIGUSR1 with SIGUSR2 blocked and read the frame the host kernel built.
    @Test func signalFrameFromTheHostKernel() throws {
        memset(signalCapture, 0, 1024)
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = captureFrame
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        var previous = sigaction()
        #expect(sigaction(SIGUSR1, &action, &previous) == 0)
        var block = sigset_t(), saved = sigset_t()
        sigemptyset(&block)
        sigaddset(&block, SIGUSR2)
        pthread_sigmask(SIG_BLOCK, &block, &saved)
        var unblock = sigset_t()  // dispatch's worker threads block most signals
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGUSR1)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(SIGUSR1)
        pthread_sigmask(SIG_SETMASK, &saved, nil)
        sigaction(SIGUSR1, &previous, nil)

        let infoAddress = signalCapture.load(as: UInt64.self)
        let contextAddress = signalCapture.load(fromByteOffset: 8, as: UInt64.self)
        try #require(infoAddress != 0, "the handler did not run")
        #expect(infoAddress - contextAddress == UInt64(RtSigframe.infoOffset - RtSigframe.ucOffset))
        let frameAddress = contextAddress - UInt64(RtSigframe.ucOffset)
        #expect((frameAddress + 8) % 16 == 0, "Linux aligns the frame like a call's return address")

        let frame = (signalCapture + 64).load(as: RtSigframe.self)
        #expect(frame.info.si_signo == SIGUSR1)
        #expect(frame.info.si_code == SigInfoCode.SI_TKILL)  // glibc's raise uses tgkill
        #expect(frame.info.si_pid == getpid())
        #expect(frame.info.si_uid == getuid())
        let mask = frame.uc.uc_sigmask
        #expect(mask & (1 << (UInt64(SIGUSR2) - 1)) != 0, "uc_sigmask is the mask before the handler")
        #expect(mask & (1 << (UInt64(SIGUSR1) - 1)) == 0)
        #expect(frame.uc.uc_mcontext.cs == 0x33)  // __USER_CS
        #expect(frame.uc.uc_mcontext.fpstate != 0)
        #expect(frame.uc.uc_mcontext.rsp > frameAddress, "the frame is below the interrupted stack")
        #expect(frame.uc.uc_stack.ss_flags & SignalStackFlags.SS_ONSTACK == 0)

        // pretcode is glibc's __restore_rt: mov $15 (rt_sigreturn), %rax; syscall.
        let restorer = try #require(UnsafeRawPointer(bitPattern: UInt(frame.pretcode)))
        let code = (0..<9).map { restorer.load(fromByteOffset: $0, as: UInt8.self) }
        #expect(code == [0x48, 0xC7, 0xC0, UInt8(SyscallNumber.rt_sigreturn), 0, 0, 0, 0x0F, 0x05])
    }

    /// waitid(2) fills a siginfo_t for SIGCHLD; SigInfo reads si_pid, si_uid, si_status.
    @Test(arguments: [("exit 3", SigInfoCode.CLD_EXITED, Int32(3)),
                      ("kill -9 $$", SigInfoCode.CLD_KILLED, Int32(9)),
                      ("exit 0", SigInfoCode.CLD_EXITED, Int32(0)),
                      ("exit 255", SigInfoCode.CLD_EXITED, Int32(255))])
    func childSiginfo(script: String, code: Int32, status: Int32) throws {
        let pid = try #require(spawnShell(script))
        var host = siginfo_t()
        #expect(waitid(P_PID, id_t(pid), &host, WEXITED) == 0)
        let info = withUnsafeBytes(of: &host) { $0.load(as: SigInfo.self) }
        #expect(info.si_signo == SIGCHLD)
        #expect(info.si_code == code)
        #expect(info.si_pid == pid)
        #expect(info.si_uid == getuid())
        #expect(info.si_status == status)
    }
}
