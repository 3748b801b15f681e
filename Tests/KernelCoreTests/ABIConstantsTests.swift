// Every LinuxABI constant (Kernel/ABI/*.swift) against the host: its Linux UAPI header
// (HostHeaders.swift) and, where Swift's Glibc module imports it, the C library's value.
import Testing
import LinuxABI
#if canImport(Glibc)
import Glibc
#endif

/// A constant of ours, the macro that defines it in the kernel headers, and glibc's value.
struct Row: CustomTestStringConvertible, Sendable {
    let label: String
    let ours: Int64
    let header: String?
    let glibc: Int64?
    init<T: BinaryInteger>(_ label: String, ours: T, header: String?, glibc: Int64?) {
        self.label = label
        self.ours = Int64(truncatingIfNeeded: ours)
        self.header = header
        self.glibc = glibc
    }
    var testDescription: String { label }
}

/// A C library value as Int64 (unsigned macros like SS_AUTODISARM keep their bit pattern).
func host<T: BinaryInteger>(_ value: T) -> Int64? { Int64(truncatingIfNeeded: value) }

let uapiHeaders = HostHeaders([
    "asm-generic/fcntl.h", "linux/fcntl.h", "asm-generic/mman-common.h", "asm-generic/mman.h",
    "linux/mman.h", "asm-generic/signal.h", "asm/signal.h", "asm-generic/signal-defs.h", "asm-generic/siginfo.h",
    "linux/signal.h", "linux/wait.h", "asm-generic/ioctls.h", "asm-generic/termbits-common.h",
    "asm-generic/termbits.h", "linux/auxvec.h", "asm/auxvec.h", "linux/time.h",
    "asm-generic/resource.h", "linux/reboot.h", "asm/prctl.h", "linux/random.h", "asm/ucontext.h", "asm/mman.h",
])

struct ABIConstantsTests {
    static let rows: [Row] = [
        Row("O_ACCMODE", ours: OpenFlags.O_ACCMODE.rawValue, header: "O_ACCMODE", glibc: host(O_ACCMODE)),
        Row("O_RDONLY", ours: OpenFlags.O_RDONLY.rawValue, header: "O_RDONLY", glibc: host(O_RDONLY)),
        Row("O_WRONLY", ours: OpenFlags.O_WRONLY.rawValue, header: "O_WRONLY", glibc: host(O_WRONLY)),
        Row("O_RDWR", ours: OpenFlags.O_RDWR.rawValue, header: "O_RDWR", glibc: host(O_RDWR)),
        Row("O_CREAT", ours: OpenFlags.O_CREAT.rawValue, header: "O_CREAT", glibc: host(O_CREAT)),
        Row("O_EXCL", ours: OpenFlags.O_EXCL.rawValue, header: "O_EXCL", glibc: host(O_EXCL)),
        Row("O_NOCTTY", ours: OpenFlags.O_NOCTTY.rawValue, header: "O_NOCTTY", glibc: host(O_NOCTTY)),
        Row("O_TRUNC", ours: OpenFlags.O_TRUNC.rawValue, header: "O_TRUNC", glibc: host(O_TRUNC)),
        Row("O_APPEND", ours: OpenFlags.O_APPEND.rawValue, header: "O_APPEND", glibc: host(O_APPEND)),
        Row("O_NONBLOCK", ours: OpenFlags.O_NONBLOCK.rawValue, header: "O_NONBLOCK", glibc: host(O_NONBLOCK)),
        Row("O_DSYNC", ours: OpenFlags.O_DSYNC.rawValue, header: "O_DSYNC", glibc: host(O_DSYNC)),
        Row("O_DIRECT", ours: OpenFlags.O_DIRECT.rawValue, header: "O_DIRECT", glibc: nil),
        Row("O_LARGEFILE", ours: OpenFlags.O_LARGEFILE.rawValue, header: "O_LARGEFILE", glibc: nil),
        Row("O_DIRECTORY", ours: OpenFlags.O_DIRECTORY.rawValue, header: "O_DIRECTORY", glibc: host(O_DIRECTORY)),
        Row("O_NOFOLLOW", ours: OpenFlags.O_NOFOLLOW.rawValue, header: "O_NOFOLLOW", glibc: host(O_NOFOLLOW)),
        Row("O_NOATIME", ours: OpenFlags.O_NOATIME.rawValue, header: "O_NOATIME", glibc: nil),
        Row("O_CLOEXEC", ours: OpenFlags.O_CLOEXEC.rawValue, header: "O_CLOEXEC", glibc: host(O_CLOEXEC)),
        Row("O_SYNC", ours: OpenFlags.O_SYNC.rawValue, header: "O_SYNC", glibc: host(O_SYNC)),
        Row("O_PATH", ours: OpenFlags.O_PATH.rawValue, header: "O_PATH", glibc: nil),
        Row("O_TMPFILE", ours: OpenFlags.O_TMPFILE.rawValue, header: "O_TMPFILE", glibc: nil),
        Row("FASYNC", ours: OpenFlags.O_ASYNC.rawValue, header: "FASYNC", glibc: host(O_ASYNC)),
        Row("F_DUPFD", ours: Fcntl.F_DUPFD, header: "F_DUPFD", glibc: host(F_DUPFD)),
        Row("F_GETFD", ours: Fcntl.F_GETFD, header: "F_GETFD", glibc: host(F_GETFD)),
        Row("F_SETFD", ours: Fcntl.F_SETFD, header: "F_SETFD", glibc: host(F_SETFD)),
        Row("F_GETFL", ours: Fcntl.F_GETFL, header: "F_GETFL", glibc: host(F_GETFL)),
        Row("F_SETFL", ours: Fcntl.F_SETFL, header: "F_SETFL", glibc: host(F_SETFL)),
        Row("F_GETLK", ours: Fcntl.F_GETLK, header: "F_GETLK", glibc: host(F_GETLK)),
        Row("F_SETLK", ours: Fcntl.F_SETLK, header: "F_SETLK", glibc: host(F_SETLK)),
        Row("F_SETLKW", ours: Fcntl.F_SETLKW, header: "F_SETLKW", glibc: host(F_SETLKW)),
        Row("F_SETOWN", ours: Fcntl.F_SETOWN, header: "F_SETOWN", glibc: host(F_SETOWN)),
        Row("F_GETOWN", ours: Fcntl.F_GETOWN, header: "F_GETOWN", glibc: host(F_GETOWN)),
        Row("F_DUPFD_CLOEXEC", ours: Fcntl.F_DUPFD_CLOEXEC, header: "F_DUPFD_CLOEXEC", glibc: host(F_DUPFD_CLOEXEC)),
        Row("FD_CLOEXEC", ours: Fcntl.FD_CLOEXEC, header: "FD_CLOEXEC", glibc: host(FD_CLOEXEC)),
        Row("AT_FDCWD", ours: AtFlags.AT_FDCWD, header: "AT_FDCWD", glibc: host(AT_FDCWD)),
        Row("AT_SYMLINK_NOFOLLOW", ours: AtFlags.AT_SYMLINK_NOFOLLOW.rawValue, header: "AT_SYMLINK_NOFOLLOW", glibc: host(AT_SYMLINK_NOFOLLOW)),
        Row("AT_EACCESS", ours: AtFlags.AT_EACCESS.rawValue, header: "AT_EACCESS", glibc: host(AT_EACCESS)),
        Row("AT_REMOVEDIR", ours: AtFlags.AT_REMOVEDIR.rawValue, header: "AT_REMOVEDIR", glibc: host(AT_REMOVEDIR)),
        Row("AT_SYMLINK_FOLLOW", ours: AtFlags.AT_SYMLINK_FOLLOW.rawValue, header: "AT_SYMLINK_FOLLOW", glibc: host(AT_SYMLINK_FOLLOW)),
        Row("AT_NO_AUTOMOUNT", ours: AtFlags.AT_NO_AUTOMOUNT.rawValue, header: "AT_NO_AUTOMOUNT", glibc: nil),
        Row("AT_EMPTY_PATH", ours: AtFlags.AT_EMPTY_PATH.rawValue, header: "AT_EMPTY_PATH", glibc: nil),
        Row("F_OK", ours: AccessMode.F_OK.rawValue, header: nil, glibc: host(F_OK)),
        Row("X_OK", ours: AccessMode.X_OK.rawValue, header: nil, glibc: host(X_OK)),
        Row("W_OK", ours: AccessMode.W_OK.rawValue, header: nil, glibc: host(W_OK)),
        Row("R_OK", ours: AccessMode.R_OK.rawValue, header: nil, glibc: host(R_OK)),
        Row("SEEK_SET", ours: Whence.SEEK_SET, header: nil, glibc: host(SEEK_SET)),
        Row("SEEK_CUR", ours: Whence.SEEK_CUR, header: nil, glibc: host(SEEK_CUR)),
        Row("SEEK_END", ours: Whence.SEEK_END, header: nil, glibc: host(SEEK_END)),
        Row("Whence.SEEK_DATA", ours: Whence.SEEK_DATA, header: nil, glibc: nil),
        Row("Whence.SEEK_HOLE", ours: Whence.SEEK_HOLE, header: nil, glibc: nil),
        Row("PROT_NONE", ours: MemoryProtection.PROT_NONE.rawValue, header: "PROT_NONE", glibc: host(PROT_NONE)),
        Row("PROT_READ", ours: MemoryProtection.PROT_READ.rawValue, header: "PROT_READ", glibc: host(PROT_READ)),
        Row("PROT_WRITE", ours: MemoryProtection.PROT_WRITE.rawValue, header: "PROT_WRITE", glibc: host(PROT_WRITE)),
        Row("PROT_EXEC", ours: MemoryProtection.PROT_EXEC.rawValue, header: "PROT_EXEC", glibc: host(PROT_EXEC)),
        Row("PROT_GROWSDOWN", ours: MemoryProtection.PROT_GROWSDOWN.rawValue, header: "PROT_GROWSDOWN", glibc: host(PROT_GROWSDOWN)),
        Row("PROT_GROWSUP", ours: MemoryProtection.PROT_GROWSUP.rawValue, header: "PROT_GROWSUP", glibc: host(PROT_GROWSUP)),
        Row("MAP_SHARED", ours: MapFlags.MAP_SHARED.rawValue, header: "MAP_SHARED", glibc: host(MAP_SHARED)),
        Row("MAP_PRIVATE", ours: MapFlags.MAP_PRIVATE.rawValue, header: "MAP_PRIVATE", glibc: host(MAP_PRIVATE)),
        Row("MAP_SHARED_VALIDATE", ours: MapFlags.MAP_SHARED_VALIDATE.rawValue, header: "MAP_SHARED_VALIDATE", glibc: nil),
        Row("MAP_TYPE", ours: MapFlags.MAP_TYPE.rawValue, header: "MAP_TYPE", glibc: nil),
        Row("MAP_FIXED", ours: MapFlags.MAP_FIXED.rawValue, header: "MAP_FIXED", glibc: host(MAP_FIXED)),
        Row("MAP_ANONYMOUS", ours: MapFlags.MAP_ANONYMOUS.rawValue, header: "MAP_ANONYMOUS", glibc: host(MAP_ANONYMOUS)),
        Row("MAP_32BIT", ours: MapFlags.MAP_32BIT.rawValue, header: "MAP_32BIT", glibc: host(MAP_32BIT)),
        Row("MAP_GROWSDOWN", ours: MapFlags.MAP_GROWSDOWN.rawValue, header: "MAP_GROWSDOWN", glibc: host(MAP_GROWSDOWN)),
        Row("MAP_DENYWRITE", ours: MapFlags.MAP_DENYWRITE.rawValue, header: "MAP_DENYWRITE", glibc: host(MAP_DENYWRITE)),
        Row("MAP_EXECUTABLE", ours: MapFlags.MAP_EXECUTABLE.rawValue, header: "MAP_EXECUTABLE", glibc: host(MAP_EXECUTABLE)),
        Row("MAP_LOCKED", ours: MapFlags.MAP_LOCKED.rawValue, header: "MAP_LOCKED", glibc: host(MAP_LOCKED)),
        Row("MAP_NORESERVE", ours: MapFlags.MAP_NORESERVE.rawValue, header: "MAP_NORESERVE", glibc: host(MAP_NORESERVE)),
        Row("MAP_POPULATE", ours: MapFlags.MAP_POPULATE.rawValue, header: "MAP_POPULATE", glibc: host(MAP_POPULATE)),
        Row("MAP_NONBLOCK", ours: MapFlags.MAP_NONBLOCK.rawValue, header: "MAP_NONBLOCK", glibc: host(MAP_NONBLOCK)),
        Row("MAP_STACK", ours: MapFlags.MAP_STACK.rawValue, header: "MAP_STACK", glibc: host(MAP_STACK)),
        Row("MAP_HUGETLB", ours: MapFlags.MAP_HUGETLB.rawValue, header: "MAP_HUGETLB", glibc: host(MAP_HUGETLB)),
        Row("MAP_SYNC", ours: MapFlags.MAP_SYNC.rawValue, header: "MAP_SYNC", glibc: nil),
        Row("MAP_FIXED_NOREPLACE", ours: MapFlags.MAP_FIXED_NOREPLACE.rawValue, header: "MAP_FIXED_NOREPLACE", glibc: host(MAP_FIXED_NOREPLACE)),
        Row("MREMAP_MAYMOVE", ours: MremapFlags.MREMAP_MAYMOVE.rawValue, header: "MREMAP_MAYMOVE", glibc: nil),
        Row("MREMAP_FIXED", ours: MremapFlags.MREMAP_FIXED.rawValue, header: "MREMAP_FIXED", glibc: nil),
        Row("MREMAP_DONTUNMAP", ours: MremapFlags.MREMAP_DONTUNMAP.rawValue, header: "MREMAP_DONTUNMAP", glibc: nil),
        Row("MADV_NORMAL", ours: MadviseAdvice.MADV_NORMAL, header: "MADV_NORMAL", glibc: host(MADV_NORMAL)),
        Row("MADV_RANDOM", ours: MadviseAdvice.MADV_RANDOM, header: "MADV_RANDOM", glibc: host(MADV_RANDOM)),
        Row("MADV_SEQUENTIAL", ours: MadviseAdvice.MADV_SEQUENTIAL, header: "MADV_SEQUENTIAL", glibc: host(MADV_SEQUENTIAL)),
        Row("MADV_WILLNEED", ours: MadviseAdvice.MADV_WILLNEED, header: "MADV_WILLNEED", glibc: host(MADV_WILLNEED)),
        Row("MADV_DONTNEED", ours: MadviseAdvice.MADV_DONTNEED, header: "MADV_DONTNEED", glibc: host(MADV_DONTNEED)),
        Row("MADV_FREE", ours: MadviseAdvice.MADV_FREE, header: "MADV_FREE", glibc: host(MADV_FREE)),
        Row("MADV_REMOVE", ours: MadviseAdvice.MADV_REMOVE, header: "MADV_REMOVE", glibc: host(MADV_REMOVE)),
        Row("MADV_DONTFORK", ours: MadviseAdvice.MADV_DONTFORK, header: "MADV_DONTFORK", glibc: host(MADV_DONTFORK)),
        Row("MADV_DOFORK", ours: MadviseAdvice.MADV_DOFORK, header: "MADV_DOFORK", glibc: host(MADV_DOFORK)),
        Row("MADV_MERGEABLE", ours: MadviseAdvice.MADV_MERGEABLE, header: "MADV_MERGEABLE", glibc: host(MADV_MERGEABLE)),
        Row("MADV_UNMERGEABLE", ours: MadviseAdvice.MADV_UNMERGEABLE, header: "MADV_UNMERGEABLE", glibc: host(MADV_UNMERGEABLE)),
        Row("MADV_HUGEPAGE", ours: MadviseAdvice.MADV_HUGEPAGE, header: "MADV_HUGEPAGE", glibc: host(MADV_HUGEPAGE)),
        Row("MADV_NOHUGEPAGE", ours: MadviseAdvice.MADV_NOHUGEPAGE, header: "MADV_NOHUGEPAGE", glibc: host(MADV_NOHUGEPAGE)),
        Row("MADV_DONTDUMP", ours: MadviseAdvice.MADV_DONTDUMP, header: "MADV_DONTDUMP", glibc: host(MADV_DONTDUMP)),
        Row("MADV_DODUMP", ours: MadviseAdvice.MADV_DODUMP, header: "MADV_DODUMP", glibc: host(MADV_DODUMP)),
        Row("MADV_WIPEONFORK", ours: MadviseAdvice.MADV_WIPEONFORK, header: "MADV_WIPEONFORK", glibc: host(MADV_WIPEONFORK)),
        Row("MADV_KEEPONFORK", ours: MadviseAdvice.MADV_KEEPONFORK, header: "MADV_KEEPONFORK", glibc: host(MADV_KEEPONFORK)),
        Row("MADV_COLD", ours: MadviseAdvice.MADV_COLD, header: "MADV_COLD", glibc: host(MADV_COLD)),
        Row("MADV_PAGEOUT", ours: MadviseAdvice.MADV_PAGEOUT, header: "MADV_PAGEOUT", glibc: host(MADV_PAGEOUT)),
        Row("PROT_SEM", ours: MemoryProtection.PROT_SEM.rawValue, header: "PROT_SEM", glibc: nil),
        Row("SIGHUP", ours: Signal.SIGHUP.rawValue, header: "SIGHUP", glibc: host(SIGHUP)),
        Row("SIGINT", ours: Signal.SIGINT.rawValue, header: "SIGINT", glibc: host(SIGINT)),
        Row("SIGQUIT", ours: Signal.SIGQUIT.rawValue, header: "SIGQUIT", glibc: host(SIGQUIT)),
        Row("SIGILL", ours: Signal.SIGILL.rawValue, header: "SIGILL", glibc: host(SIGILL)),
        Row("SIGTRAP", ours: Signal.SIGTRAP.rawValue, header: "SIGTRAP", glibc: host(SIGTRAP)),
        Row("SIGABRT", ours: Signal.SIGABRT.rawValue, header: "SIGABRT", glibc: host(SIGABRT)),
        Row("SIGBUS", ours: Signal.SIGBUS.rawValue, header: "SIGBUS", glibc: host(SIGBUS)),
        Row("SIGFPE", ours: Signal.SIGFPE.rawValue, header: "SIGFPE", glibc: host(SIGFPE)),
        Row("SIGKILL", ours: Signal.SIGKILL.rawValue, header: "SIGKILL", glibc: host(SIGKILL)),
        Row("SIGUSR1", ours: Signal.SIGUSR1.rawValue, header: "SIGUSR1", glibc: host(SIGUSR1)),
        Row("SIGSEGV", ours: Signal.SIGSEGV.rawValue, header: "SIGSEGV", glibc: host(SIGSEGV)),
        Row("SIGUSR2", ours: Signal.SIGUSR2.rawValue, header: "SIGUSR2", glibc: host(SIGUSR2)),
        Row("SIGPIPE", ours: Signal.SIGPIPE.rawValue, header: "SIGPIPE", glibc: host(SIGPIPE)),
        Row("SIGALRM", ours: Signal.SIGALRM.rawValue, header: "SIGALRM", glibc: host(SIGALRM)),
        Row("SIGTERM", ours: Signal.SIGTERM.rawValue, header: "SIGTERM", glibc: host(SIGTERM)),
        Row("SIGSTKFLT", ours: Signal.SIGSTKFLT.rawValue, header: "SIGSTKFLT", glibc: host(SIGSTKFLT)),
        Row("SIGCHLD", ours: Signal.SIGCHLD.rawValue, header: "SIGCHLD", glibc: host(SIGCHLD)),
        Row("SIGCONT", ours: Signal.SIGCONT.rawValue, header: "SIGCONT", glibc: host(SIGCONT)),
        Row("SIGSTOP", ours: Signal.SIGSTOP.rawValue, header: "SIGSTOP", glibc: host(SIGSTOP)),
        Row("SIGTSTP", ours: Signal.SIGTSTP.rawValue, header: "SIGTSTP", glibc: host(SIGTSTP)),
        Row("SIGTTIN", ours: Signal.SIGTTIN.rawValue, header: "SIGTTIN", glibc: host(SIGTTIN)),
        Row("SIGTTOU", ours: Signal.SIGTTOU.rawValue, header: "SIGTTOU", glibc: host(SIGTTOU)),
        Row("SIGURG", ours: Signal.SIGURG.rawValue, header: "SIGURG", glibc: host(SIGURG)),
        Row("SIGXCPU", ours: Signal.SIGXCPU.rawValue, header: "SIGXCPU", glibc: host(SIGXCPU)),
        Row("SIGXFSZ", ours: Signal.SIGXFSZ.rawValue, header: "SIGXFSZ", glibc: host(SIGXFSZ)),
        Row("SIGVTALRM", ours: Signal.SIGVTALRM.rawValue, header: "SIGVTALRM", glibc: host(SIGVTALRM)),
        Row("SIGPROF", ours: Signal.SIGPROF.rawValue, header: "SIGPROF", glibc: host(SIGPROF)),
        Row("SIGWINCH", ours: Signal.SIGWINCH.rawValue, header: "SIGWINCH", glibc: host(SIGWINCH)),
        Row("SIGIO", ours: Signal.SIGIO.rawValue, header: "SIGIO", glibc: host(SIGIO)),
        Row("SIGPWR", ours: Signal.SIGPWR.rawValue, header: "SIGPWR", glibc: host(SIGPWR)),
        Row("SIGSYS", ours: Signal.SIGSYS.rawValue, header: "SIGSYS", glibc: host(SIGSYS)),
        Row("SIGIOT", ours: Signal.SIGIOT.rawValue, header: "SIGIOT", glibc: host(SIGIOT)),
        Row("SIGPOLL", ours: Signal.SIGPOLL.rawValue, header: "SIGPOLL", glibc: host(SIGPOLL)),
        Row("SIGRTMIN", ours: Signal.SIGRTMIN.rawValue, header: "SIGRTMIN", glibc: nil),
        Row("SIGRTMAX", ours: Signal.SIGRTMAX.rawValue, header: "SIGRTMAX", glibc: nil),
        Row("_NSIG", ours: Signal.NSIG, header: "_NSIG", glibc: nil),
        Row("SA_NOCLDSTOP", ours: SigactionFlags.SA_NOCLDSTOP.rawValue, header: "SA_NOCLDSTOP", glibc: host(SA_NOCLDSTOP)),
        Row("SA_NOCLDWAIT", ours: SigactionFlags.SA_NOCLDWAIT.rawValue, header: "SA_NOCLDWAIT", glibc: host(SA_NOCLDWAIT)),
        Row("SA_SIGINFO", ours: SigactionFlags.SA_SIGINFO.rawValue, header: "SA_SIGINFO", glibc: host(SA_SIGINFO)),
        Row("SA_UNSUPPORTED", ours: SigactionFlags.SA_UNSUPPORTED.rawValue, header: "SA_UNSUPPORTED", glibc: nil),
        Row("SA_EXPOSE_TAGBITS", ours: SigactionFlags.SA_EXPOSE_TAGBITS.rawValue, header: "SA_EXPOSE_TAGBITS", glibc: nil),
        Row("SA_RESTORER", ours: SigactionFlags.SA_RESTORER.rawValue, header: "SA_RESTORER", glibc: nil),
        Row("SA_ONSTACK", ours: SigactionFlags.SA_ONSTACK.rawValue, header: "SA_ONSTACK", glibc: host(SA_ONSTACK)),
        Row("SA_RESTART", ours: SigactionFlags.SA_RESTART.rawValue, header: "SA_RESTART", glibc: host(SA_RESTART)),
        Row("SA_NODEFER", ours: SigactionFlags.SA_NODEFER.rawValue, header: "SA_NODEFER", glibc: host(SA_NODEFER)),
        Row("SA_RESETHAND", ours: SigactionFlags.SA_RESETHAND.rawValue, header: "SA_RESETHAND", glibc: host(SA_RESETHAND)),
        Row("SIG_BLOCK", ours: SigprocmaskHow.SIG_BLOCK, header: "SIG_BLOCK", glibc: host(SIG_BLOCK)),
        Row("SIG_UNBLOCK", ours: SigprocmaskHow.SIG_UNBLOCK, header: "SIG_UNBLOCK", glibc: host(SIG_UNBLOCK)),
        Row("SIG_SETMASK", ours: SigprocmaskHow.SIG_SETMASK, header: "SIG_SETMASK", glibc: host(SIG_SETMASK)),
        Row("SS_ONSTACK", ours: SignalStackFlags.SS_ONSTACK, header: "SS_ONSTACK", glibc: host(SS_ONSTACK)),
        Row("SS_DISABLE", ours: SignalStackFlags.SS_DISABLE, header: "SS_DISABLE", glibc: host(SS_DISABLE)),
        Row("SS_AUTODISARM", ours: SignalStackFlags.SS_AUTODISARM, header: "SS_AUTODISARM", glibc: nil),
        Row("MINSIGSTKSZ", ours: SignalStackFlags.MINSIGSTKSZ, header: "MINSIGSTKSZ", glibc: nil),
        Row("SIGSTKSZ", ours: SignalStackFlags.SIGSTKSZ, header: "SIGSTKSZ", glibc: nil),
        Row("SI_USER", ours: SigInfoCode.SI_USER, header: "SI_USER", glibc: host(SI_USER)),
        Row("SI_KERNEL", ours: SigInfoCode.SI_KERNEL, header: "SI_KERNEL", glibc: host(SI_KERNEL)),
        Row("SI_QUEUE", ours: SigInfoCode.SI_QUEUE, header: "SI_QUEUE", glibc: host(SI_QUEUE)),
        Row("SI_TKILL", ours: SigInfoCode.SI_TKILL, header: "SI_TKILL", glibc: host(SI_TKILL)),
        Row("CLD_EXITED", ours: SigInfoCode.CLD_EXITED, header: "CLD_EXITED", glibc: host(CLD_EXITED)),
        Row("CLD_KILLED", ours: SigInfoCode.CLD_KILLED, header: "CLD_KILLED", glibc: host(CLD_KILLED)),
        Row("CLD_DUMPED", ours: SigInfoCode.CLD_DUMPED, header: "CLD_DUMPED", glibc: host(CLD_DUMPED)),
        Row("CLD_TRAPPED", ours: SigInfoCode.CLD_TRAPPED, header: "CLD_TRAPPED", glibc: host(CLD_TRAPPED)),
        Row("CLD_STOPPED", ours: SigInfoCode.CLD_STOPPED, header: "CLD_STOPPED", glibc: host(CLD_STOPPED)),
        Row("CLD_CONTINUED", ours: SigInfoCode.CLD_CONTINUED, header: "CLD_CONTINUED", glibc: host(CLD_CONTINUED)),
        Row("SEGV_MAPERR", ours: SigInfoCode.SEGV_MAPERR, header: "SEGV_MAPERR", glibc: host(SEGV_MAPERR)),
        Row("SEGV_ACCERR", ours: SigInfoCode.SEGV_ACCERR, header: "SEGV_ACCERR", glibc: host(SEGV_ACCERR)),
        Row("BUS_ADRERR", ours: SigInfoCode.BUS_ADRERR, header: "BUS_ADRERR", glibc: host(BUS_ADRERR)),
        Row("ILL_ILLOPC", ours: SigInfoCode.ILL_ILLOPC, header: "ILL_ILLOPC", glibc: host(ILL_ILLOPC)),
        Row("FPE_INTDIV", ours: SigInfoCode.FPE_INTDIV, header: "FPE_INTDIV", glibc: host(FPE_INTDIV)),
        Row("TRAP_BRKPT", ours: SigInfoCode.TRAP_BRKPT, header: "TRAP_BRKPT", glibc: nil),
        Row("UC_FP_XSTATE", ours: UContext.UC_FP_XSTATE, header: "UC_FP_XSTATE", glibc: nil),
        Row("UC_SIGCONTEXT_SS", ours: UContext.UC_SIGCONTEXT_SS, header: "UC_SIGCONTEXT_SS", glibc: nil),
        Row("UC_STRICT_RESTORE_SS", ours: UContext.UC_STRICT_RESTORE_SS, header: "UC_STRICT_RESTORE_SS", glibc: nil),
        Row("WNOHANG", ours: WaitOptions.WNOHANG.rawValue, header: "WNOHANG", glibc: host(WNOHANG)),
        Row("WUNTRACED", ours: WaitOptions.WUNTRACED.rawValue, header: "WUNTRACED", glibc: host(WUNTRACED)),
        Row("WSTOPPED", ours: WaitOptions.WSTOPPED.rawValue, header: "WSTOPPED", glibc: host(WSTOPPED)),
        Row("WEXITED", ours: WaitOptions.WEXITED.rawValue, header: "WEXITED", glibc: host(WEXITED)),
        Row("WCONTINUED", ours: WaitOptions.WCONTINUED.rawValue, header: "WCONTINUED", glibc: host(WCONTINUED)),
        Row("WNOWAIT", ours: WaitOptions.WNOWAIT.rawValue, header: "WNOWAIT", glibc: host(WNOWAIT)),
        Row("__WNOTHREAD", ours: WaitOptions.__WNOTHREAD.rawValue, header: "__WNOTHREAD", glibc: nil),
        Row("__WALL", ours: WaitOptions.__WALL.rawValue, header: "__WALL", glibc: nil),
        Row("__WCLONE", ours: WaitOptions.__WCLONE.rawValue, header: "__WCLONE", glibc: nil),
        Row("TCGETS", ours: IoctlRequest.TCGETS, header: "TCGETS", glibc: host(TCGETS)),
        Row("TCSETS", ours: IoctlRequest.TCSETS, header: "TCSETS", glibc: host(TCSETS)),
        Row("TCSETSW", ours: IoctlRequest.TCSETSW, header: "TCSETSW", glibc: host(TCSETSW)),
        Row("TCSETSF", ours: IoctlRequest.TCSETSF, header: "TCSETSF", glibc: host(TCSETSF)),
        Row("TCFLSH", ours: IoctlRequest.TCFLSH, header: "TCFLSH", glibc: host(TCFLSH)),
        Row("TCIFLUSH", ours: IoctlRequest.TCIFLUSH, header: "TCIFLUSH", glibc: host(TCIFLUSH)),
        Row("TCOFLUSH", ours: IoctlRequest.TCOFLUSH, header: "TCOFLUSH", glibc: host(TCOFLUSH)),
        Row("TCIOFLUSH", ours: IoctlRequest.TCIOFLUSH, header: "TCIOFLUSH", glibc: host(TCIOFLUSH)),
        Row("TIOCSCTTY", ours: IoctlRequest.TIOCSCTTY, header: "TIOCSCTTY", glibc: host(TIOCSCTTY)),
        Row("TIOCGPGRP", ours: IoctlRequest.TIOCGPGRP, header: "TIOCGPGRP", glibc: host(TIOCGPGRP)),
        Row("TIOCSPGRP", ours: IoctlRequest.TIOCSPGRP, header: "TIOCSPGRP", glibc: host(TIOCSPGRP)),
        Row("TIOCGWINSZ", ours: IoctlRequest.TIOCGWINSZ, header: "TIOCGWINSZ", glibc: host(TIOCGWINSZ)),
        Row("TIOCSWINSZ", ours: IoctlRequest.TIOCSWINSZ, header: "TIOCSWINSZ", glibc: host(TIOCSWINSZ)),
        Row("FIONREAD", ours: IoctlRequest.FIONREAD, header: "FIONREAD", glibc: host(FIONREAD)),
        Row("FIONBIO", ours: IoctlRequest.FIONBIO, header: "FIONBIO", glibc: host(FIONBIO)),
        Row("TIOCNOTTY", ours: IoctlRequest.TIOCNOTTY, header: "TIOCNOTTY", glibc: host(TIOCNOTTY)),
        Row("TIOCGSID", ours: IoctlRequest.TIOCGSID, header: "TIOCGSID", glibc: host(TIOCGSID)),
        Row("FIOCLEX", ours: IoctlRequest.FIOCLEX, header: "FIOCLEX", glibc: host(FIOCLEX)),
        Row("FIONCLEX", ours: IoctlRequest.FIONCLEX, header: "FIONCLEX", glibc: host(FIONCLEX)),
        Row("IGNBRK", ours: TermiosInputFlags.IGNBRK.rawValue, header: "IGNBRK", glibc: host(IGNBRK)),
        Row("BRKINT", ours: TermiosInputFlags.BRKINT.rawValue, header: "BRKINT", glibc: host(BRKINT)),
        Row("IGNPAR", ours: TermiosInputFlags.IGNPAR.rawValue, header: "IGNPAR", glibc: host(IGNPAR)),
        Row("PARMRK", ours: TermiosInputFlags.PARMRK.rawValue, header: "PARMRK", glibc: host(PARMRK)),
        Row("INPCK", ours: TermiosInputFlags.INPCK.rawValue, header: "INPCK", glibc: host(INPCK)),
        Row("ISTRIP", ours: TermiosInputFlags.ISTRIP.rawValue, header: "ISTRIP", glibc: host(ISTRIP)),
        Row("INLCR", ours: TermiosInputFlags.INLCR.rawValue, header: "INLCR", glibc: host(INLCR)),
        Row("IGNCR", ours: TermiosInputFlags.IGNCR.rawValue, header: "IGNCR", glibc: host(IGNCR)),
        Row("ICRNL", ours: TermiosInputFlags.ICRNL.rawValue, header: "ICRNL", glibc: host(ICRNL)),
        Row("IUCLC", ours: TermiosInputFlags.IUCLC.rawValue, header: "IUCLC", glibc: host(IUCLC)),
        Row("IXON", ours: TermiosInputFlags.IXON.rawValue, header: "IXON", glibc: host(IXON)),
        Row("IXANY", ours: TermiosInputFlags.IXANY.rawValue, header: "IXANY", glibc: host(IXANY)),
        Row("IXOFF", ours: TermiosInputFlags.IXOFF.rawValue, header: "IXOFF", glibc: host(IXOFF)),
        Row("IMAXBEL", ours: TermiosInputFlags.IMAXBEL.rawValue, header: "IMAXBEL", glibc: host(IMAXBEL)),
        Row("IUTF8", ours: TermiosInputFlags.IUTF8.rawValue, header: "IUTF8", glibc: host(IUTF8)),
        Row("OPOST", ours: TermiosOutputFlags.OPOST.rawValue, header: "OPOST", glibc: host(OPOST)),
        Row("OLCUC", ours: TermiosOutputFlags.OLCUC.rawValue, header: "OLCUC", glibc: host(OLCUC)),
        Row("ONLCR", ours: TermiosOutputFlags.ONLCR.rawValue, header: "ONLCR", glibc: host(ONLCR)),
        Row("OCRNL", ours: TermiosOutputFlags.OCRNL.rawValue, header: "OCRNL", glibc: host(OCRNL)),
        Row("ONOCR", ours: TermiosOutputFlags.ONOCR.rawValue, header: "ONOCR", glibc: host(ONOCR)),
        Row("ONLRET", ours: TermiosOutputFlags.ONLRET.rawValue, header: "ONLRET", glibc: host(ONLRET)),
        Row("OFILL", ours: TermiosOutputFlags.OFILL.rawValue, header: "OFILL", glibc: host(OFILL)),
        Row("OFDEL", ours: TermiosOutputFlags.OFDEL.rawValue, header: "OFDEL", glibc: host(OFDEL)),
        Row("XTABS", ours: TermiosOutputFlags.XTABS.rawValue, header: "XTABS", glibc: host(XTABS)),
        Row("CBAUD", ours: TermiosControlFlags.CBAUD.rawValue, header: "CBAUD", glibc: host(CBAUD)),
        Row("B0", ours: TermiosControlFlags.B0.rawValue, header: "B0", glibc: host(B0)),
        Row("B9600", ours: TermiosControlFlags.B9600.rawValue, header: "B9600", glibc: host(B9600)),
        Row("B38400", ours: TermiosControlFlags.B38400.rawValue, header: "B38400", glibc: host(B38400)),
        Row("B115200", ours: TermiosControlFlags.B115200.rawValue, header: "B115200", glibc: host(B115200)),
        Row("CSIZE", ours: TermiosControlFlags.CSIZE.rawValue, header: "CSIZE", glibc: host(CSIZE)),
        Row("CS5", ours: TermiosControlFlags.CS5.rawValue, header: "CS5", glibc: host(CS5)),
        Row("CS6", ours: TermiosControlFlags.CS6.rawValue, header: "CS6", glibc: host(CS6)),
        Row("CS7", ours: TermiosControlFlags.CS7.rawValue, header: "CS7", glibc: host(CS7)),
        Row("CS8", ours: TermiosControlFlags.CS8.rawValue, header: "CS8", glibc: host(CS8)),
        Row("CSTOPB", ours: TermiosControlFlags.CSTOPB.rawValue, header: "CSTOPB", glibc: host(CSTOPB)),
        Row("CREAD", ours: TermiosControlFlags.CREAD.rawValue, header: "CREAD", glibc: host(CREAD)),
        Row("PARENB", ours: TermiosControlFlags.PARENB.rawValue, header: "PARENB", glibc: host(PARENB)),
        Row("PARODD", ours: TermiosControlFlags.PARODD.rawValue, header: "PARODD", glibc: host(PARODD)),
        Row("HUPCL", ours: TermiosControlFlags.HUPCL.rawValue, header: "HUPCL", glibc: host(HUPCL)),
        Row("CLOCAL", ours: TermiosControlFlags.CLOCAL.rawValue, header: "CLOCAL", glibc: host(CLOCAL)),
        Row("ISIG", ours: TermiosLocalFlags.ISIG.rawValue, header: "ISIG", glibc: host(ISIG)),
        Row("ICANON", ours: TermiosLocalFlags.ICANON.rawValue, header: "ICANON", glibc: host(ICANON)),
        Row("XCASE", ours: TermiosLocalFlags.XCASE.rawValue, header: "XCASE", glibc: host(XCASE)),
        Row("ECHO", ours: TermiosLocalFlags.ECHO.rawValue, header: "ECHO", glibc: host(ECHO)),
        Row("ECHOE", ours: TermiosLocalFlags.ECHOE.rawValue, header: "ECHOE", glibc: host(ECHOE)),
        Row("ECHOK", ours: TermiosLocalFlags.ECHOK.rawValue, header: "ECHOK", glibc: host(ECHOK)),
        Row("ECHONL", ours: TermiosLocalFlags.ECHONL.rawValue, header: "ECHONL", glibc: host(ECHONL)),
        Row("NOFLSH", ours: TermiosLocalFlags.NOFLSH.rawValue, header: "NOFLSH", glibc: host(NOFLSH)),
        Row("TOSTOP", ours: TermiosLocalFlags.TOSTOP.rawValue, header: "TOSTOP", glibc: host(TOSTOP)),
        Row("ECHOCTL", ours: TermiosLocalFlags.ECHOCTL.rawValue, header: "ECHOCTL", glibc: host(ECHOCTL)),
        Row("ECHOPRT", ours: TermiosLocalFlags.ECHOPRT.rawValue, header: "ECHOPRT", glibc: host(ECHOPRT)),
        Row("ECHOKE", ours: TermiosLocalFlags.ECHOKE.rawValue, header: "ECHOKE", glibc: host(ECHOKE)),
        Row("FLUSHO", ours: TermiosLocalFlags.FLUSHO.rawValue, header: "FLUSHO", glibc: host(FLUSHO)),
        Row("PENDIN", ours: TermiosLocalFlags.PENDIN.rawValue, header: "PENDIN", glibc: host(PENDIN)),
        Row("IEXTEN", ours: TermiosLocalFlags.IEXTEN.rawValue, header: "IEXTEN", glibc: host(IEXTEN)),
        Row("EXTPROC", ours: TermiosLocalFlags.EXTPROC.rawValue, header: "EXTPROC", glibc: host(EXTPROC)),
        Row("VINTR", ours: Termios.VINTR, header: "VINTR", glibc: host(VINTR)),
        Row("VQUIT", ours: Termios.VQUIT, header: "VQUIT", glibc: host(VQUIT)),
        Row("VERASE", ours: Termios.VERASE, header: "VERASE", glibc: host(VERASE)),
        Row("VKILL", ours: Termios.VKILL, header: "VKILL", glibc: host(VKILL)),
        Row("VEOF", ours: Termios.VEOF, header: "VEOF", glibc: host(VEOF)),
        Row("VTIME", ours: Termios.VTIME, header: "VTIME", glibc: host(VTIME)),
        Row("VMIN", ours: Termios.VMIN, header: "VMIN", glibc: host(VMIN)),
        Row("VSWTC", ours: Termios.VSWTC, header: "VSWTC", glibc: host(VSWTC)),
        Row("VSTART", ours: Termios.VSTART, header: "VSTART", glibc: host(VSTART)),
        Row("VSTOP", ours: Termios.VSTOP, header: "VSTOP", glibc: host(VSTOP)),
        Row("VSUSP", ours: Termios.VSUSP, header: "VSUSP", glibc: host(VSUSP)),
        Row("VEOL", ours: Termios.VEOL, header: "VEOL", glibc: host(VEOL)),
        Row("VREPRINT", ours: Termios.VREPRINT, header: "VREPRINT", glibc: host(VREPRINT)),
        Row("VDISCARD", ours: Termios.VDISCARD, header: "VDISCARD", glibc: host(VDISCARD)),
        Row("VWERASE", ours: Termios.VWERASE, header: "VWERASE", glibc: host(VWERASE)),
        Row("VLNEXT", ours: Termios.VLNEXT, header: "VLNEXT", glibc: host(VLNEXT)),
        Row("VEOL2", ours: Termios.VEOL2, header: "VEOL2", glibc: host(VEOL2)),
        Row("NCCS", ours: Termios.NCCS, header: "NCCS", glibc: nil),
        Row("AT_NULL", ours: Auxv.AT_NULL, header: "AT_NULL", glibc: host(AT_NULL)),
        Row("AT_IGNORE", ours: Auxv.AT_IGNORE, header: "AT_IGNORE", glibc: host(AT_IGNORE)),
        Row("AT_EXECFD", ours: Auxv.AT_EXECFD, header: "AT_EXECFD", glibc: host(AT_EXECFD)),
        Row("AT_PHDR", ours: Auxv.AT_PHDR, header: "AT_PHDR", glibc: host(AT_PHDR)),
        Row("AT_PHENT", ours: Auxv.AT_PHENT, header: "AT_PHENT", glibc: host(AT_PHENT)),
        Row("AT_PHNUM", ours: Auxv.AT_PHNUM, header: "AT_PHNUM", glibc: host(AT_PHNUM)),
        Row("AT_PAGESZ", ours: Auxv.AT_PAGESZ, header: "AT_PAGESZ", glibc: host(AT_PAGESZ)),
        Row("AT_BASE", ours: Auxv.AT_BASE, header: "AT_BASE", glibc: host(AT_BASE)),
        Row("AT_FLAGS", ours: Auxv.AT_FLAGS, header: "AT_FLAGS", glibc: host(AT_FLAGS)),
        Row("AT_ENTRY", ours: Auxv.AT_ENTRY, header: "AT_ENTRY", glibc: host(AT_ENTRY)),
        Row("AT_NOTELF", ours: Auxv.AT_NOTELF, header: "AT_NOTELF", glibc: host(AT_NOTELF)),
        Row("AT_UID", ours: Auxv.AT_UID, header: "AT_UID", glibc: host(AT_UID)),
        Row("AT_EUID", ours: Auxv.AT_EUID, header: "AT_EUID", glibc: host(AT_EUID)),
        Row("AT_GID", ours: Auxv.AT_GID, header: "AT_GID", glibc: host(AT_GID)),
        Row("AT_EGID", ours: Auxv.AT_EGID, header: "AT_EGID", glibc: host(AT_EGID)),
        Row("AT_PLATFORM", ours: Auxv.AT_PLATFORM, header: "AT_PLATFORM", glibc: host(AT_PLATFORM)),
        Row("AT_HWCAP", ours: Auxv.AT_HWCAP, header: "AT_HWCAP", glibc: host(AT_HWCAP)),
        Row("AT_CLKTCK", ours: Auxv.AT_CLKTCK, header: "AT_CLKTCK", glibc: host(AT_CLKTCK)),
        Row("AT_SECURE", ours: Auxv.AT_SECURE, header: "AT_SECURE", glibc: host(AT_SECURE)),
        Row("AT_BASE_PLATFORM", ours: Auxv.AT_BASE_PLATFORM, header: "AT_BASE_PLATFORM", glibc: host(AT_BASE_PLATFORM)),
        Row("AT_RANDOM", ours: Auxv.AT_RANDOM, header: "AT_RANDOM", glibc: host(AT_RANDOM)),
        Row("AT_HWCAP2", ours: Auxv.AT_HWCAP2, header: "AT_HWCAP2", glibc: host(AT_HWCAP2)),
        Row("AT_RSEQ_FEATURE_SIZE", ours: Auxv.AT_RSEQ_FEATURE_SIZE, header: nil, glibc: nil),  // Linux 6.3: newer than the host headers
        Row("AT_RSEQ_ALIGN", ours: Auxv.AT_RSEQ_ALIGN, header: nil, glibc: nil),  // Linux 6.3: newer than the host headers
        Row("AT_EXECFN", ours: Auxv.AT_EXECFN, header: "AT_EXECFN", glibc: host(AT_EXECFN)),
        Row("AT_SYSINFO_EHDR", ours: Auxv.AT_SYSINFO_EHDR, header: "AT_SYSINFO_EHDR", glibc: host(AT_SYSINFO_EHDR)),
        Row("AT_MINSIGSTKSZ", ours: Auxv.AT_MINSIGSTKSZ, header: "AT_MINSIGSTKSZ", glibc: host(AT_MINSIGSTKSZ)),
        Row("CLOCK_REALTIME", ours: ClockID.CLOCK_REALTIME, header: "CLOCK_REALTIME", glibc: host(CLOCK_REALTIME)),
        Row("CLOCK_MONOTONIC", ours: ClockID.CLOCK_MONOTONIC, header: "CLOCK_MONOTONIC", glibc: host(CLOCK_MONOTONIC)),
        Row("CLOCK_PROCESS_CPUTIME_ID", ours: ClockID.CLOCK_PROCESS_CPUTIME_ID, header: "CLOCK_PROCESS_CPUTIME_ID", glibc: host(CLOCK_PROCESS_CPUTIME_ID)),
        Row("CLOCK_THREAD_CPUTIME_ID", ours: ClockID.CLOCK_THREAD_CPUTIME_ID, header: "CLOCK_THREAD_CPUTIME_ID", glibc: host(CLOCK_THREAD_CPUTIME_ID)),
        Row("CLOCK_MONOTONIC_RAW", ours: ClockID.CLOCK_MONOTONIC_RAW, header: "CLOCK_MONOTONIC_RAW", glibc: host(CLOCK_MONOTONIC_RAW)),
        Row("CLOCK_REALTIME_COARSE", ours: ClockID.CLOCK_REALTIME_COARSE, header: "CLOCK_REALTIME_COARSE", glibc: host(CLOCK_REALTIME_COARSE)),
        Row("CLOCK_MONOTONIC_COARSE", ours: ClockID.CLOCK_MONOTONIC_COARSE, header: "CLOCK_MONOTONIC_COARSE", glibc: host(CLOCK_MONOTONIC_COARSE)),
        Row("CLOCK_BOOTTIME", ours: ClockID.CLOCK_BOOTTIME, header: "CLOCK_BOOTTIME", glibc: host(CLOCK_BOOTTIME)),
        Row("CLOCK_TAI", ours: ClockID.CLOCK_TAI, header: "CLOCK_TAI", glibc: host(CLOCK_TAI)),
        Row("TIMER_ABSTIME", ours: ClockID.TIMER_ABSTIME, header: "TIMER_ABSTIME", glibc: host(TIMER_ABSTIME)),
        Row("ITIMER_REAL", ours: ClockID.ITIMER_REAL, header: "ITIMER_REAL", glibc: host(ITIMER_REAL.rawValue)),
        Row("ITIMER_VIRTUAL", ours: ClockID.ITIMER_VIRTUAL, header: "ITIMER_VIRTUAL", glibc: host(ITIMER_VIRTUAL.rawValue)),
        Row("ITIMER_PROF", ours: ClockID.ITIMER_PROF, header: "ITIMER_PROF", glibc: host(ITIMER_PROF.rawValue)),
        Row("RLIMIT_CPU", ours: RLimit.RLIMIT_CPU, header: "RLIMIT_CPU", glibc: host(RLIMIT_CPU.rawValue)),
        Row("RLIMIT_FSIZE", ours: RLimit.RLIMIT_FSIZE, header: "RLIMIT_FSIZE", glibc: host(RLIMIT_FSIZE.rawValue)),
        Row("RLIMIT_DATA", ours: RLimit.RLIMIT_DATA, header: "RLIMIT_DATA", glibc: host(RLIMIT_DATA.rawValue)),
        Row("RLIMIT_STACK", ours: RLimit.RLIMIT_STACK, header: "RLIMIT_STACK", glibc: host(RLIMIT_STACK.rawValue)),
        Row("RLIMIT_CORE", ours: RLimit.RLIMIT_CORE, header: "RLIMIT_CORE", glibc: host(RLIMIT_CORE.rawValue)),
        Row("RLIMIT_RSS", ours: RLimit.RLIMIT_RSS, header: "RLIMIT_RSS", glibc: nil),
        Row("RLIMIT_NPROC", ours: RLimit.RLIMIT_NPROC, header: "RLIMIT_NPROC", glibc: nil),
        Row("RLIMIT_NOFILE", ours: RLimit.RLIMIT_NOFILE, header: "RLIMIT_NOFILE", glibc: host(RLIMIT_NOFILE.rawValue)),
        Row("RLIMIT_MEMLOCK", ours: RLimit.RLIMIT_MEMLOCK, header: "RLIMIT_MEMLOCK", glibc: nil),
        Row("RLIMIT_AS", ours: RLimit.RLIMIT_AS, header: "RLIMIT_AS", glibc: host(RLIMIT_AS.rawValue)),
        Row("RLIMIT_LOCKS", ours: RLimit.RLIMIT_LOCKS, header: "RLIMIT_LOCKS", glibc: nil),
        Row("RLIMIT_SIGPENDING", ours: RLimit.RLIMIT_SIGPENDING, header: "RLIMIT_SIGPENDING", glibc: nil),
        Row("RLIMIT_MSGQUEUE", ours: RLimit.RLIMIT_MSGQUEUE, header: "RLIMIT_MSGQUEUE", glibc: nil),
        Row("RLIMIT_NICE", ours: RLimit.RLIMIT_NICE, header: "RLIMIT_NICE", glibc: nil),
        Row("RLIMIT_RTPRIO", ours: RLimit.RLIMIT_RTPRIO, header: "RLIMIT_RTPRIO", glibc: nil),
        Row("RLIMIT_RTTIME", ours: RLimit.RLIMIT_RTTIME, header: "RLIMIT_RTTIME", glibc: nil),
        Row("RLIM_NLIMITS", ours: RLimit.RLIM_NLIMITS, header: "RLIM_NLIMITS", glibc: nil),
        Row("DT_UNKNOWN", ours: LinuxDirent64.DT_UNKNOWN, header: nil, glibc: host(DT_UNKNOWN)),
        Row("DT_FIFO", ours: LinuxDirent64.DT_FIFO, header: nil, glibc: host(DT_FIFO)),
        Row("DT_CHR", ours: LinuxDirent64.DT_CHR, header: nil, glibc: host(DT_CHR)),
        Row("DT_DIR", ours: LinuxDirent64.DT_DIR, header: nil, glibc: host(DT_DIR)),
        Row("DT_BLK", ours: LinuxDirent64.DT_BLK, header: nil, glibc: host(DT_BLK)),
        Row("DT_REG", ours: LinuxDirent64.DT_REG, header: nil, glibc: host(DT_REG)),
        Row("DT_LNK", ours: LinuxDirent64.DT_LNK, header: nil, glibc: host(DT_LNK)),
        Row("DT_SOCK", ours: LinuxDirent64.DT_SOCK, header: nil, glibc: host(DT_SOCK)),
        Row("LINUX_REBOOT_MAGIC1", ours: Reboot.LINUX_REBOOT_MAGIC1, header: "LINUX_REBOOT_MAGIC1", glibc: nil),
        Row("LINUX_REBOOT_MAGIC2", ours: Reboot.LINUX_REBOOT_MAGIC2, header: "LINUX_REBOOT_MAGIC2", glibc: nil),
        Row("LINUX_REBOOT_MAGIC2A", ours: Reboot.LINUX_REBOOT_MAGIC2A, header: "LINUX_REBOOT_MAGIC2A", glibc: nil),
        Row("LINUX_REBOOT_MAGIC2B", ours: Reboot.LINUX_REBOOT_MAGIC2B, header: "LINUX_REBOOT_MAGIC2B", glibc: nil),
        Row("LINUX_REBOOT_MAGIC2C", ours: Reboot.LINUX_REBOOT_MAGIC2C, header: "LINUX_REBOOT_MAGIC2C", glibc: nil),
        Row("LINUX_REBOOT_CMD_RESTART", ours: Reboot.LINUX_REBOOT_CMD_RESTART, header: "LINUX_REBOOT_CMD_RESTART", glibc: nil),
        Row("LINUX_REBOOT_CMD_HALT", ours: Reboot.LINUX_REBOOT_CMD_HALT, header: "LINUX_REBOOT_CMD_HALT", glibc: nil),
        Row("LINUX_REBOOT_CMD_CAD_ON", ours: Reboot.LINUX_REBOOT_CMD_CAD_ON, header: "LINUX_REBOOT_CMD_CAD_ON", glibc: nil),
        Row("LINUX_REBOOT_CMD_CAD_OFF", ours: Reboot.LINUX_REBOOT_CMD_CAD_OFF, header: "LINUX_REBOOT_CMD_CAD_OFF", glibc: nil),
        Row("LINUX_REBOOT_CMD_POWER_OFF", ours: Reboot.LINUX_REBOOT_CMD_POWER_OFF, header: "LINUX_REBOOT_CMD_POWER_OFF", glibc: nil),
        Row("LINUX_REBOOT_CMD_RESTART2", ours: Reboot.LINUX_REBOOT_CMD_RESTART2, header: "LINUX_REBOOT_CMD_RESTART2", glibc: nil),
        Row("ARCH_SET_GS", ours: ArchPrctl.ARCH_SET_GS, header: "ARCH_SET_GS", glibc: nil),
        Row("ARCH_SET_FS", ours: ArchPrctl.ARCH_SET_FS, header: "ARCH_SET_FS", glibc: nil),
        Row("ARCH_GET_FS", ours: ArchPrctl.ARCH_GET_FS, header: "ARCH_GET_FS", glibc: nil),
        Row("ARCH_GET_GS", ours: ArchPrctl.ARCH_GET_GS, header: "ARCH_GET_GS", glibc: nil),
        Row("GRND_NONBLOCK", ours: GetrandomFlags.GRND_NONBLOCK.rawValue, header: "GRND_NONBLOCK", glibc: nil),
        Row("GRND_RANDOM", ours: GetrandomFlags.GRND_RANDOM.rawValue, header: "GRND_RANDOM", glibc: nil),
        Row("GRND_INSECURE", ours: GetrandomFlags.GRND_INSECURE.rawValue, header: "GRND_INSECURE", glibc: nil),
    ]

    @Test(arguments: rows)
    func matchesTheHost(row: Row) throws {
        if let glibc = row.glibc {
            #expect(row.ours == glibc, "glibc")
        }
        if let name = row.header, let headers = uapiHeaders {
            let found = headers.value(name)
            let value = try #require(found, "\(name) not found in the UAPI headers")
            // Unsigned 32-bit macros (SA_RESETHAND, SS_AUTODISARM, reboot magics) compare as bits.
            #expect(row.ours == value || UInt32(truncatingIfNeeded: row.ours) == UInt32(truncatingIfNeeded: value),
                    "header \(value)")
        }
    }

    @Test func headersAreReadable() {
        #expect(uapiHeaders != nil, "linux-libc-dev headers missing: the header half of the oracle is off")
    }

    @Test func openFlagHelpers() {
        #expect(OpenFlags.O_RDONLY.accessMode == 0 && OpenFlags.O_RDONLY.isReadable && !OpenFlags.O_RDONLY.isWritable)
        #expect(OpenFlags([.O_WRONLY, .O_CREAT]).accessMode == 1)
        #expect(OpenFlags([.O_RDWR, .O_CLOEXEC]).isReadable && OpenFlags.O_RDWR.isWritable)
        #expect(OpenFlags(rawValue: 3).accessMode == 3)
        #expect(!OpenFlags(rawValue: 3).isReadable && !OpenFlags(rawValue: 3).isWritable)
        #expect(MapFlags([.MAP_PRIVATE, .MAP_ANONYMOUS]).mappingType == MapFlags.MAP_PRIVATE.rawValue)
        #expect(WaitOptions.validForWait4.isSuperset(of: [.WNOHANG, .WUNTRACED, .WCONTINUED]))
        #expect(!WaitOptions.validForWait4.contains(.WNOWAIT))
    }

    @Test func signalNames() {
        #expect(Signal.SIGINT.name.description == "SIGINT")
        #expect(Signal.SIGSYS.name.description == "SIGSYS")
        #expect(Signal(rawValue: 40).name.description == "SIGRT")
        #expect(Signal(rawValue: 0).name.description == "SIG?")
        #expect(Signal(rawValue: 65).name.description == "SIG?")
        #expect(Signal.SIGRTMIN.isRealTime && !Signal.SIGSYS.isRealTime && Signal.SIGRTMAX.isRealTime)
    }

    /// kill(2)'s signal range: 1…64; 0 and 65 are not signals, nor are values past Int32.
    @Test(arguments: [(Int64(0), false), (1, true), (31, true), (32, true), (64, true), (65, false),
                      (-1, false), (Int64(Int32.max) + 1, false), (Int64.min, false)])
    func signalChecking(number: Int64, valid: Bool) {
        #expect((Signal(checking: number) != nil) == valid)
        if valid { #expect(Signal(checking: number)?.rawValue == Int32(number)) }
    }

    @Test func rebootMagic() {
        #expect(Reboot.isValidMagic(0xFEE1_DEAD, 672_274_793))
        #expect(Reboot.isValidMagic(0xFEE1_DEAD, 0x0512_1996))
        #expect(Reboot.isValidMagic(0xFEE1_DEAD, 0x1604_1998))
        #expect(Reboot.isValidMagic(0xFEE1_DEAD, 0x2011_2000))
        #expect(!Reboot.isValidMagic(0xFEE1_DEAD, 0))
        #expect(!Reboot.isValidMagic(0, 672_274_793))
    }

    @Test func limitsAndTime() {
        #expect(RLimit.RLIM_INFINITY == UInt64.max)
        #expect(RLimit.defaultNoFile.rlim_cur == 1024)
        #expect(Timespec(tv_sec: 1, tv_nsec: 5).nanoseconds == 1_000_000_005)
        #expect(Timespec(tv_sec: 0, tv_nsec: 1_000_000_000).nanoseconds == nil)
        #expect(Timespec(tv_sec: -1, tv_nsec: 0).nanoseconds == nil)
        #expect(Timespec(tv_sec: 0, tv_nsec: -1).isValid == false)
        #expect(Timespec(tv_sec: Int64.max, tv_nsec: 0).isValid)
        #expect(Timespec(tv_sec: Int64.max, tv_nsec: 0).nanoseconds == nil)
        #expect(Timespec(nanoseconds: UInt64.max) == Timespec(tv_sec: 18_446_744_073, tv_nsec: 709_551_615))
        #expect(Timeval(tv_sec: 0, tv_usec: 999_999).isValid && !Timeval(tv_sec: 0, tv_usec: 1_000_000).isValid)
    }

    @Test(arguments: [(0, 24), (1, 24), (4, 24), (5, 32), (12, 32), (13, 40), (255, 280)])
    func direntRecordLength(nameLength: Int, expected: Int) {
        #expect(LinuxDirent64.recordLength(nameLength: nameLength) == expected)
        #expect(expected % 8 == 0 && expected >= 19 + nameLength + 1)
    }

    @Test func direntTypeOfMode() {
        #expect(LinuxDirent64.type(of: FileMode(rawValue: 0o040755)) == LinuxDirent64.DT_DIR)
        #expect(LinuxDirent64.type(of: FileMode(rawValue: 0o100644)) == LinuxDirent64.DT_REG)
        #expect(LinuxDirent64.type(of: FileMode(rawValue: 0o120777)) == LinuxDirent64.DT_LNK)
        #expect(LinuxDirent64.type(of: FileMode(rawValue: 0o020620)) == LinuxDirent64.DT_CHR)
        #expect(LinuxDirent64.type(of: FileMode(rawValue: 0)) == LinuxDirent64.DT_UNKNOWN)
    }
}
