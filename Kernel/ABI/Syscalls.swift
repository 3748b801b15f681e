// The Linux x86_64 system call numbers Apus knows (arch/x86/entry/syscalls/syscall_64.tbl,
// as <asm/unistd_64.h> spells them). The number arrives in rax; arguments in rdi, rsi, rdx,
// r10, r8, r9. The host test (Tests/KernelCoreTests/SyscallNumberTests.swift) checks every
// number against the host's <asm/unistd_64.h>.

/// Linux x86_64 system call numbers, named as in `<asm/unistd_64.h>` without `__NR_`.
/// Linux: syscall(2), syscalls(2).
public enum SyscallNumber {
    /// Linux `__NR_read`: read(2).
    public static var read: Int { 0 }
    /// Linux `__NR_write`: write(2).
    public static var write: Int { 1 }
    /// Linux `__NR_open`: open(2).
    public static var open: Int { 2 }
    /// Linux `__NR_close`: close(2).
    public static var close: Int { 3 }
    /// Linux `__NR_stat`: stat(2).
    public static var stat: Int { 4 }
    /// Linux `__NR_fstat`: fstat(2).
    public static var fstat: Int { 5 }
    /// Linux `__NR_lstat`: lstat(2).
    public static var lstat: Int { 6 }
    /// Linux `__NR_lseek`: lseek(2).
    public static var lseek: Int { 8 }
    /// Linux `__NR_mmap`: mmap(2).
    public static var mmap: Int { 9 }
    /// Linux `__NR_mprotect`: mprotect(2).
    public static var mprotect: Int { 10 }
    /// Linux `__NR_munmap`: munmap(2).
    public static var munmap: Int { 11 }
    /// Linux `__NR_brk`: brk(2).
    public static var brk: Int { 12 }
    /// Linux `__NR_rt_sigaction`: sigaction(2).
    public static var rt_sigaction: Int { 13 }
    /// Linux `__NR_rt_sigprocmask`: sigprocmask(2).
    public static var rt_sigprocmask: Int { 14 }
    /// Linux `__NR_rt_sigreturn`: sigreturn(2).
    public static var rt_sigreturn: Int { 15 }
    /// Linux `__NR_ioctl`: ioctl(2).
    public static var ioctl: Int { 16 }
    /// Linux `__NR_pread64`: pread(2).
    public static var pread64: Int { 17 }
    /// Linux `__NR_readv`: readv(2).
    public static var readv: Int { 19 }
    /// Linux `__NR_writev`: writev(2).
    public static var writev: Int { 20 }
    /// Linux `__NR_access`: access(2).
    public static var access: Int { 21 }
    /// Linux `__NR_pipe`: pipe(2).
    public static var pipe: Int { 22 }
    /// Linux `__NR_sched_yield`: sched_yield(2).
    public static var sched_yield: Int { 24 }
    /// Linux `__NR_mremap`: mremap(2).
    public static var mremap: Int { 25 }
    /// Linux `__NR_dup`: dup(2).
    public static var dup: Int { 32 }
    /// Linux `__NR_dup2`: dup2(2).
    public static var dup2: Int { 33 }
    /// Linux `__NR_pause`: pause(2).
    public static var pause: Int { 34 }
    /// Linux `__NR_nanosleep`: nanosleep(2).
    public static var nanosleep: Int { 35 }
    /// Linux `__NR_getitimer`: getitimer(2).
    public static var getitimer: Int { 36 }
    /// Linux `__NR_alarm`: alarm(2).
    public static var alarm: Int { 37 }
    /// Linux `__NR_setitimer`: setitimer(2).
    public static var setitimer: Int { 38 }
    /// Linux `__NR_getpid`: getpid(2).
    public static var getpid: Int { 39 }
    /// Linux `__NR_clone`: clone(2).
    public static var clone: Int { 56 }
    /// Linux `__NR_fork`: fork(2).
    public static var fork: Int { 57 }
    /// Linux `__NR_vfork`: vfork(2).
    public static var vfork: Int { 58 }
    /// Linux `__NR_execve`: execve(2).
    public static var execve: Int { 59 }
    /// Linux `__NR_exit`: exit(2).
    public static var exit: Int { 60 }
    /// Linux `__NR_wait4`: wait4(2).
    public static var wait4: Int { 61 }
    /// Linux `__NR_kill`: kill(2).
    public static var kill: Int { 62 }
    /// Linux `__NR_uname`: uname(2).
    public static var uname: Int { 63 }
    /// Linux `__NR_fcntl`: fcntl(2).
    public static var fcntl: Int { 72 }
    /// Linux `__NR_getcwd`: getcwd(2).
    public static var getcwd: Int { 79 }
    /// Linux `__NR_chdir`: chdir(2).
    public static var chdir: Int { 80 }
    /// Linux `__NR_fchdir`: fchdir(2).
    public static var fchdir: Int { 81 }
    /// Linux `__NR_rename`: rename(2).
    public static var rename: Int { 82 }
    /// Linux `__NR_mkdir`: mkdir(2).
    public static var mkdir: Int { 83 }
    /// Linux `__NR_rmdir`: rmdir(2).
    public static var rmdir: Int { 84 }
    /// Linux `__NR_unlink`: unlink(2).
    public static var unlink: Int { 87 }
    /// Linux `__NR_readlink`: readlink(2).
    public static var readlink: Int { 89 }
    /// Linux `__NR_umask`: umask(2).
    public static var umask: Int { 95 }
    /// Linux `__NR_gettimeofday`: gettimeofday(2).
    public static var gettimeofday: Int { 96 }
    /// Linux `__NR_getrlimit`: getrlimit(2).
    public static var getrlimit: Int { 97 }
    /// Linux `__NR_sysinfo`: sysinfo(2).
    public static var sysinfo: Int { 99 }
    /// Linux `__NR_getuid`: getuid(2).
    public static var getuid: Int { 102 }
    /// Linux `__NR_getgid`: getgid(2).
    public static var getgid: Int { 104 }
    /// Linux `__NR_setuid`: setuid(2).
    public static var setuid: Int { 105 }
    /// Linux `__NR_setgid`: setgid(2).
    public static var setgid: Int { 106 }
    /// Linux `__NR_geteuid`: geteuid(2).
    public static var geteuid: Int { 107 }
    /// Linux `__NR_getegid`: getegid(2).
    public static var getegid: Int { 108 }
    /// Linux `__NR_setpgid`: setpgid(2).
    public static var setpgid: Int { 109 }
    /// Linux `__NR_getppid`: getppid(2).
    public static var getppid: Int { 110 }
    /// Linux `__NR_getpgrp`: getpgrp(2).
    public static var getpgrp: Int { 111 }
    /// Linux `__NR_setsid`: setsid(2).
    public static var setsid: Int { 112 }
    /// Linux `__NR_getpgid`: getpgid(2).
    public static var getpgid: Int { 121 }
    /// Linux `__NR_getsid`: getsid(2).
    public static var getsid: Int { 124 }
    /// Linux `__NR_rt_sigpending`: sigpending(2).
    public static var rt_sigpending: Int { 127 }
    /// Linux `__NR_sigaltstack`: sigaltstack(2).
    public static var sigaltstack: Int { 131 }
    /// Linux `__NR_arch_prctl`: arch_prctl(2).
    public static var arch_prctl: Int { 158 }
    /// Linux `__NR_reboot`: reboot(2).
    public static var reboot: Int { 169 }
    /// Linux `__NR_gettid`: gettid(2).
    public static var gettid: Int { 186 }
    /// Linux `__NR_getdents64`: getdents64(2).
    public static var getdents64: Int { 217 }
    /// Linux `__NR_set_tid_address`: set_tid_address(2).
    public static var set_tid_address: Int { 218 }
    /// Linux `__NR_clock_gettime`: clock_gettime(2).
    public static var clock_gettime: Int { 228 }
    /// Linux `__NR_clock_nanosleep`: clock_nanosleep(2).
    public static var clock_nanosleep: Int { 230 }
    /// Linux `__NR_exit_group`: exit_group(2).
    public static var exit_group: Int { 231 }
    /// Linux `__NR_openat`: openat(2).
    public static var openat: Int { 257 }
    /// Linux `__NR_mkdirat`: mkdirat(2).
    public static var mkdirat: Int { 258 }
    /// Linux `__NR_newfstatat`: fstatat(2).
    public static var newfstatat: Int { 262 }
    /// Linux `__NR_unlinkat`: unlinkat(2).
    public static var unlinkat: Int { 263 }
    /// Linux `__NR_faccessat`: faccessat(2).
    public static var faccessat: Int { 269 }
    /// Linux `__NR_dup3`: dup3(2).
    public static var dup3: Int { 292 }
    /// Linux `__NR_pipe2`: pipe2(2).
    public static var pipe2: Int { 293 }
    /// Linux `__NR_prlimit64`: prlimit(2).
    public static var prlimit64: Int { 302 }
    /// Linux `__NR_getrandom`: getrandom(2).
    public static var getrandom: Int { 318 }

    // Not in the first list, but called by common static C and Swift runtimes at startup
    // or by the userland tools; kept here so their numbers are checked too.

    /// Linux `__NR_poll`: poll(2).
    public static var poll: Int { 7 }
    /// Linux `__NR_pwrite64`: pwrite(2).
    public static var pwrite64: Int { 18 }
    /// Linux `__NR_madvise`: madvise(2).
    public static var madvise: Int { 28 }
    /// Linux `__NR_fsync`: fsync(2).
    public static var fsync: Int { 74 }
    /// Linux `__NR_truncate`: truncate(2).
    public static var truncate: Int { 76 }
    /// Linux `__NR_ftruncate`: ftruncate(2).
    public static var ftruncate: Int { 77 }
    /// Linux `__NR_getdents`: getdents(2).
    public static var getdents: Int { 78 }
    /// Linux `__NR_symlink`: symlink(2).
    public static var symlink: Int { 88 }
    /// Linux `__NR_chmod`: chmod(2).
    public static var chmod: Int { 90 }
    /// Linux `__NR_fchmod`: fchmod(2).
    public static var fchmod: Int { 91 }
    /// Linux `__NR_times`: times(2).
    public static var times: Int { 100 }
    /// Linux `__NR_getresuid`: getresuid(2).
    public static var getresuid: Int { 118 }
    /// Linux `__NR_getresgid`: getresgid(2).
    public static var getresgid: Int { 120 }
    /// Linux `__NR_rt_sigtimedwait`: sigtimedwait(2).
    public static var rt_sigtimedwait: Int { 128 }
    /// Linux `__NR_rt_sigsuspend`: sigsuspend(2).
    public static var rt_sigsuspend: Int { 130 }
    /// Linux `__NR_prctl`: prctl(2).
    public static var prctl: Int { 157 }
    /// Linux `__NR_tkill`: tkill(2).
    public static var tkill: Int { 200 }
    /// Linux `__NR_futex`: futex(2).
    public static var futex: Int { 202 }
    /// Linux `__NR_tgkill`: tgkill(2).
    public static var tgkill: Int { 234 }
    /// Linux `__NR_waitid`: waitid(2).
    public static var waitid: Int { 247 }
    /// Linux `__NR_renameat`: renameat(2).
    public static var renameat: Int { 264 }
    /// Linux `__NR_linkat`: linkat(2).
    public static var linkat: Int { 265 }
    /// Linux `__NR_symlinkat`: symlinkat(2).
    public static var symlinkat: Int { 266 }
    /// Linux `__NR_readlinkat`: readlinkat(2).
    public static var readlinkat: Int { 267 }
    /// Linux `__NR_fchmodat`: fchmodat(2).
    public static var fchmodat: Int { 268 }
    /// Linux `__NR_set_robust_list`: set_robust_list(2).
    public static var set_robust_list: Int { 273 }
    /// Linux `__NR_utimensat`: utimensat(2).
    public static var utimensat: Int { 280 }
    /// Linux `__NR_renameat2`: renameat2(2).
    public static var renameat2: Int { 316 }
    /// Linux `__NR_statx`: statx(2).
    public static var statx: Int { 332 }
    /// Linux `__NR_rseq`: rseq(2).
    public static var rseq: Int { 334 }

    /// The highest number named here, for sizing a dispatch table.
    public static var highestKnown: Int { 334 }

    /// The Linux name of syscall `number` (`"openat"`), or nil when it is not named here.
    /// For kernel logs and an strace-like trace.
    public static func name(_ number: Int) -> StaticString? {
        switch number {
        case 0: return "read"
        case 1: return "write"
        case 2: return "open"
        case 3: return "close"
        case 4: return "stat"
        case 5: return "fstat"
        case 6: return "lstat"
        case 7: return "poll"
        case 8: return "lseek"
        case 9: return "mmap"
        case 10: return "mprotect"
        case 11: return "munmap"
        case 12: return "brk"
        case 13: return "rt_sigaction"
        case 14: return "rt_sigprocmask"
        case 15: return "rt_sigreturn"
        case 16: return "ioctl"
        case 17: return "pread64"
        case 18: return "pwrite64"
        case 19: return "readv"
        case 20: return "writev"
        case 21: return "access"
        case 22: return "pipe"
        case 24: return "sched_yield"
        case 25: return "mremap"
        case 28: return "madvise"
        case 32: return "dup"
        case 33: return "dup2"
        case 34: return "pause"
        case 35: return "nanosleep"
        case 36: return "getitimer"
        case 37: return "alarm"
        case 38: return "setitimer"
        case 39: return "getpid"
        case 56: return "clone"
        case 57: return "fork"
        case 58: return "vfork"
        case 59: return "execve"
        case 60: return "exit"
        case 61: return "wait4"
        case 62: return "kill"
        case 63: return "uname"
        case 72: return "fcntl"
        case 74: return "fsync"
        case 76: return "truncate"
        case 77: return "ftruncate"
        case 78: return "getdents"
        case 79: return "getcwd"
        case 80: return "chdir"
        case 81: return "fchdir"
        case 82: return "rename"
        case 83: return "mkdir"
        case 84: return "rmdir"
        case 87: return "unlink"
        case 88: return "symlink"
        case 89: return "readlink"
        case 90: return "chmod"
        case 91: return "fchmod"
        case 95: return "umask"
        case 96: return "gettimeofday"
        case 97: return "getrlimit"
        case 99: return "sysinfo"
        case 100: return "times"
        case 102: return "getuid"
        case 104: return "getgid"
        case 105: return "setuid"
        case 106: return "setgid"
        case 107: return "geteuid"
        case 108: return "getegid"
        case 109: return "setpgid"
        case 110: return "getppid"
        case 111: return "getpgrp"
        case 112: return "setsid"
        case 118: return "getresuid"
        case 120: return "getresgid"
        case 121: return "getpgid"
        case 124: return "getsid"
        case 127: return "rt_sigpending"
        case 128: return "rt_sigtimedwait"
        case 130: return "rt_sigsuspend"
        case 131: return "sigaltstack"
        case 157: return "prctl"
        case 158: return "arch_prctl"
        case 169: return "reboot"
        case 186: return "gettid"
        case 200: return "tkill"
        case 202: return "futex"
        case 217: return "getdents64"
        case 218: return "set_tid_address"
        case 228: return "clock_gettime"
        case 230: return "clock_nanosleep"
        case 231: return "exit_group"
        case 234: return "tgkill"
        case 247: return "waitid"
        case 257: return "openat"
        case 258: return "mkdirat"
        case 262: return "newfstatat"
        case 263: return "unlinkat"
        case 264: return "renameat"
        case 265: return "linkat"
        case 266: return "symlinkat"
        case 267: return "readlinkat"
        case 268: return "fchmodat"
        case 269: return "faccessat"
        case 273: return "set_robust_list"
        case 280: return "utimensat"
        case 292: return "dup3"
        case 293: return "pipe2"
        case 302: return "prlimit64"
        case 316: return "renameat2"
        case 318: return "getrandom"
        case 332: return "statx"
        case 334: return "rseq"
        default: return nil
        }
    }
}
