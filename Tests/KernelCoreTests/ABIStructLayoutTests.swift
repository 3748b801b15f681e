// The sizes and field offsets of LinuxABI's structures against the host C library's
// declarations of the same Linux structures (where glibc's type is the kernel's) and against
// the kernel headers' layouts written out here (where glibc's type differs or is missing).
import Testing
import LinuxABI
#if canImport(Glibc)
import Glibc
#endif

typealias CTimespec = Glibc.timespec
typealias CTimeval = Glibc.timeval
typealias CItimerval = Glibc.itimerval
typealias CRlimit = Glibc.rlimit
typealias CWinsize = Glibc.winsize
typealias CTermios = Glibc.termios
typealias CDirent = Glibc.dirent
typealias CStack = Glibc.stack_t
typealias CMcontext = Glibc.mcontext_t
typealias CUcontext = Glibc.ucontext_t
typealias CSiginfo = Glibc.siginfo_t

func offset<T>(_ path: PartialKeyPath<T>) -> Int? { MemoryLayout<T>.offset(of: path) }

struct ABIStructLayoutTests {
    @Test func statLayout() {
        typealias C = Glibc.stat
        #expect(MemoryLayout<Stat>.size == 144 && MemoryLayout<C>.size == 144)
        #expect(MemoryLayout<Stat>.stride == MemoryLayout<C>.stride)
        #expect(offset(\Stat.st_dev) == offset(\C.st_dev))
        #expect(offset(\Stat.st_ino) == offset(\C.st_ino))
        #expect(offset(\Stat.st_nlink) == offset(\C.st_nlink))
        #expect(offset(\Stat.st_mode) == offset(\C.st_mode))
        #expect(offset(\Stat.st_uid) == offset(\C.st_uid))
        #expect(offset(\Stat.st_gid) == offset(\C.st_gid))
        #expect(offset(\Stat.st_rdev) == offset(\C.st_rdev))
        #expect(offset(\Stat.st_size) == offset(\C.st_size))
        #expect(offset(\Stat.st_blksize) == offset(\C.st_blksize))
        #expect(offset(\Stat.st_blocks) == offset(\C.st_blocks))
        #expect(offset(\Stat.st_atim) == offset(\C.st_atim))
        #expect(offset(\Stat.st_mtim) == offset(\C.st_mtim))
        #expect(offset(\Stat.st_ctim) == offset(\C.st_ctim))
        #expect(offset(\Stat.__unused) == 120 && offset(\Stat.__pad0) == 36)
    }

    /// lstat(2) on the host fills a glibc `struct stat`; read as our Stat it says the same.
    @Test func statFromTheHostKernel() throws {
        var host = Glibc.stat()
        #expect(lstat("/", &host) == 0)
        let ours = withUnsafeBytes(of: &host) { $0.load(as: Stat.self) }
        #expect(ours.mode.isDirectory)
        #expect(ours.st_ino == UInt64(host.st_ino) && ours.st_nlink == UInt64(host.st_nlink))
        #expect(ours.st_mtim.tv_sec == host.st_mtim.tv_sec && ours.st_mtim.tv_nsec == host.st_mtim.tv_nsec)
    }

    @Test func timeStructures() {
        #expect(MemoryLayout<Timespec>.size == MemoryLayout<timespec>.size)
        #expect(offset(\Timespec.tv_nsec) == offset(\CTimespec.tv_nsec))
        #expect(MemoryLayout<Timeval>.size == MemoryLayout<timeval>.size)
        #expect(offset(\Timeval.tv_usec) == offset(\CTimeval.tv_usec))
        #expect(MemoryLayout<ITimerval>.size == MemoryLayout<itimerval>.size)
        #expect(offset(\ITimerval.it_value) == offset(\CItimerval.it_value))
    }

    @Test func utsname() {
        #expect(MemoryLayout<UTSName>.size == 6 * 65 && MemoryLayout<Glibc.utsname>.size == 6 * 65)
        #expect(offset(\UTSName.nodename) == offset(\Glibc.utsname.nodename))
        #expect(offset(\UTSName.release) == offset(\Glibc.utsname.release))
        #expect(offset(\UTSName.version) == offset(\Glibc.utsname.version))
        #expect(offset(\UTSName.machine) == offset(\Glibc.utsname.machine))
        #expect(offset(\UTSName.domainname) == offset(\Glibc.utsname.__domainname))
        let field = UTSName.field("x86_64")
        #expect(field[0] == UInt8(ascii: "x") && field[5] == UInt8(ascii: "4") && field[6] == 0 && field[64] == 0)
        let long = UTSName.field("0123456789012345678901234567890123456789012345678901234567890123456789")
        #expect(long[63] == UInt8(ascii: "3") && long[64] == 0)
    }

    @Test func rlimitAndWinsize() {
        #expect(MemoryLayout<RLimit>.size == MemoryLayout<rlimit>.size)
        #expect(offset(\RLimit.rlim_max) == offset(\CRlimit.rlim_max))
        #expect(MemoryLayout<WinSize>.size == MemoryLayout<winsize>.size)
        #expect(offset(\WinSize.ws_col) == offset(\CWinsize.ws_col))
        #expect(offset(\WinSize.ws_xpixel) == offset(\CWinsize.ws_xpixel))
        #expect(offset(\WinSize.ws_ypixel) == offset(\CWinsize.ws_ypixel))
    }

    /// struct sysinfo (include/uapi/linux/sysinfo.h) — glibc's <sys/sysinfo.h> is not
    /// imported, so the kernel's offsets are written out.
    @Test func sysinfo() {
        #expect(MemoryLayout<SysInfo>.size == 112)
        #expect(offset(\SysInfo.loads) == 8)
        #expect(offset(\SysInfo.totalram) == 32)
        #expect(offset(\SysInfo.freeswap) == 72)
        #expect(offset(\SysInfo.procs) == 80)
        #expect(offset(\SysInfo.pad) == 82)
        #expect(offset(\SysInfo.totalhigh) == 88)
        #expect(offset(\SysInfo.freehigh) == 96)
        #expect(offset(\SysInfo.mem_unit) == 104)
    }

    /// glibc's `struct termios` (60 bytes) starts like the kernel's (36 bytes): the flags,
    /// c_line and c_cc at 17; the kernel's c_cc has 19 entries.
    @Test func termios() {
        #expect(MemoryLayout<Termios>.size == 36)
        #expect(offset(\Termios.c_oflag) == offset(\CTermios.c_oflag))
        #expect(offset(\Termios.c_cflag) == offset(\CTermios.c_cflag))
        #expect(offset(\Termios.c_lflag) == offset(\CTermios.c_lflag))
        #expect(offset(\Termios.c_line) == offset(\CTermios.c_line))
        #expect(offset(\Termios.c_cc) == offset(\CTermios.c_cc))
    }

    @Test func dirent() {
        #expect(MemoryLayout<LinuxDirent64>.size == LinuxDirent64.nameOffset)
        #expect(offset(\CDirent.d_name) == LinuxDirent64.nameOffset)
        #expect(offset(\LinuxDirent64.d_off) == offset(\CDirent.d_off))
        #expect(offset(\LinuxDirent64.d_reclen) == offset(\CDirent.d_reclen))
        #expect(offset(\LinuxDirent64.d_type) == offset(\CDirent.d_type))
    }

    @Test func signalStructures() {
        #expect(MemoryLayout<KernelSigaction>.size == 32)
        #expect(offset(\KernelSigaction.sa_flags) == 8)
        #expect(offset(\KernelSigaction.sa_restorer) == 16)
        #expect(offset(\KernelSigaction.sa_mask) == 24)
        #expect(MemoryLayout<SignalStack>.size == MemoryLayout<stack_t>.size)
        #expect(offset(\SignalStack.ss_flags) == offset(\CStack.ss_flags))
        #expect(offset(\SignalStack.ss_size) == offset(\CStack.ss_size))
        #expect(MemoryLayout<SigInfo>.size == MemoryLayout<siginfo_t>.size)
        #expect(MemoryLayout<SigInfo>.size == 128 && offset(\SigInfo._sifields) == 16)
    }

    /// sigcontext = glibc's mcontext_t: 23 general registers, then the fpstate pointer at
    /// 184, then 8 reserved words; ucontext agrees with glibc's up to uc_sigmask (296).
    @Test func signalFrame() {
        #expect(MemoryLayout<SigContext>.size == 256 && MemoryLayout<mcontext_t>.size == 256)
        #expect(offset(\SigContext.fpstate) == offset(\CMcontext.fpregs))
        #expect(offset(\SigContext.r8) == 0)      // REG_R8 = 0
        #expect(offset(\SigContext.rdi) == 8 * 8)  // REG_RDI = 8
        #expect(offset(\SigContext.rsp) == 15 * 8)  // REG_RSP = 15
        #expect(offset(\SigContext.rip) == 16 * 8)  // REG_RIP = 16
        #expect(offset(\SigContext.eflags) == 17 * 8)  // REG_EFL = 17
        #expect(offset(\SigContext.cs) == 18 * 8)  // REG_CSGSFS = 18
        #expect(offset(\SigContext.ss) == 18 * 8 + 6)
        #expect(offset(\SigContext.err) == 19 * 8)  // REG_ERR = 19
        #expect(offset(\SigContext.trapno) == 20 * 8)  // REG_TRAPNO = 20
        #expect(offset(\SigContext.oldmask) == 21 * 8)  // REG_OLDMASK = 21
        #expect(offset(\SigContext.cr2) == 22 * 8)  // REG_CR2 = 22
        #expect(offset(\UContext.uc_stack) == offset(\CUcontext.uc_stack))
        #expect(offset(\UContext.uc_mcontext) == 16 + MemoryLayout<stack_t>.size)
        #expect(offset(\UContext.uc_sigmask) == offset(\CUcontext.uc_sigmask))
        #expect(MemoryLayout<UContext>.size == 304)
        #expect(MemoryLayout<RtSigframe>.size == 440)
        #expect(offset(\RtSigframe.uc) == RtSigframe.ucOffset)
        #expect(offset(\RtSigframe.info) == RtSigframe.infoOffset)
    }

    /// Our structures have no padding Swift could leave uninitialised: every byte belongs to a
    /// field, so a zeroed value copies out as zeros.
    @Test func explicitPadding() {
        #expect(MemoryLayout<Stat>.size == MemoryLayout<Stat>.stride)
        #expect(MemoryLayout<SysInfo>.size == MemoryLayout<SysInfo>.stride)
        #expect(MemoryLayout<SignalStack>.size == MemoryLayout<SignalStack>.stride)
        #expect(MemoryLayout<SigInfo>.size == MemoryLayout<SigInfo>.stride)
        #expect(MemoryLayout<RtSigframe>.size == MemoryLayout<RtSigframe>.stride)
        #expect(MemoryLayout<Termios>.size == MemoryLayout<Termios>.stride)
    }

    /// The union accessors share words without clobbering each other.
    @Test func sigInfoAccessors() {
        var info = SigInfo(signo: 17, code: SigInfoCode.CLD_EXITED)
        info.si_pid = -2
        info.si_uid = UInt32.max
        info.si_status = 255
        info.si_utime = Int64.min
        info.si_stime = 7
        #expect(info.si_pid == -2 && info.si_uid == UInt32.max && info.si_status == 255)
        #expect(info.si_utime == Int64.min && info.si_stime == 7)
        #expect(info.si_addr == 0xFFFF_FFFF_FFFF_FFFE)  // pid and uid as one word
        info.si_value = 0x1234_5678_9ABC_DEF0
        #expect(info.si_status == Int32(bitPattern: 0x9ABC_DEF0) && info.si_pid == -2)
        withUnsafeBytes(of: &info) { bytes in
            #expect(bytes.load(fromByteOffset: 16, as: Int32.self) == -2)
            #expect(bytes.load(fromByteOffset: 20, as: UInt32.self) == UInt32.max)
            #expect(bytes.load(fromByteOffset: 24, as: UInt64.self) == 0x1234_5678_9ABC_DEF0)
            #expect(bytes.load(fromByteOffset: 40, as: Int64.self) == 7)
            #expect(bytes.load(fromByteOffset: 8, as: Int32.self) == SigInfoCode.CLD_EXITED)
        }
    }
}
