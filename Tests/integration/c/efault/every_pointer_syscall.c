// Every syscall of issue 3 that reads or writes user memory through a pointer argument fails
// with EFAULT when that pointer is unmapped (address 1) and when the object straddles the
// end of a mapping — and nothing is half-done that the caller could see as success. Cases
// with their own file (read, write, stat, getcwd, getdents64, getrandom, pipe2, uname,
// wait4, sigaction, clock_gettime, paths) go deeper; this is the sweep over the rest.
#include "tap.h"
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/uio.h>

#define BOTH(name, call_with) do { \
        char *p_ = TAP_BAD_POINTER; \
        CHECK_ERRNO(call_with, EFAULT); \
        p_ = straddle; \
        straddle[0] = straddle[1] = 'a';  /* a failed copy-out may have written them */ \
        CHECK_ERRNO(call_with, EFAULT); \
        (void)p_; \
    } while (0)

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    CHECK(pipe(p) == 0, "a pipe");
    CHECK(tap_write_file(tap_path("f"), "data", 0644) == 0 && symlink("ffffffffffffffff", tap_path("link")) == 0, "a file and a symlink");
    // Set up last, so no allocation of the setup lands in the hole after the mapping.
    char *end = tap_page_end();
    CHECK(end != NULL && write(p[1], end, 1) == -1 && errno == EFAULT, "a mapping with an unmapped page after it");
    if (!end) return tap_done();
    // Two valid bytes, then the unmapped page: every object (and a path without its NUL)
    // straddles the boundary.
    char *straddle = end - 2;

    BOTH("readv", syscall(SYS_readv, p[0], p_, 1));
    BOTH("writev", syscall(SYS_writev, p[1], p_, 1));
    BOTH("fstat", syscall(SYS_fstat, p[0], p_));
    BOTH("lstat", syscall(SYS_lstat, tap_path("link"), p_));
    BOTH("newfstatat", syscall(SYS_newfstatat, AT_FDCWD, tap_path("f"), p_, 0));
    BOTH("access", syscall(SYS_access, p_, F_OK));
    BOTH("faccessat", syscall(SYS_faccessat, AT_FDCWD, p_, F_OK));
    BOTH("open", syscall(SYS_open, p_, O_RDONLY));
    BOTH("openat", syscall(SYS_openat, AT_FDCWD, p_, O_RDONLY));
    BOTH("chdir", syscall(SYS_chdir, p_));
    BOTH("mkdir", syscall(SYS_mkdir, p_, 0755));
    BOTH("mkdirat", syscall(SYS_mkdirat, AT_FDCWD, p_, 0755));
    BOTH("rmdir", syscall(SYS_rmdir, p_));
    BOTH("unlink", syscall(SYS_unlink, p_));
    BOTH("unlinkat", syscall(SYS_unlinkat, AT_FDCWD, p_, 0));
    BOTH("rename (old)", syscall(SYS_rename, p_, tap_path("g")));
    BOTH("rename (new)", syscall(SYS_rename, tap_path("f"), p_));
    BOTH("readlink (path)", syscall(SYS_readlink, p_, straddle, 4));
    BOTH("readlink (buffer)", syscall(SYS_readlink, tap_path("link"), p_, 16));
    BOTH("ioctl FIONREAD", syscall(SYS_ioctl, p[0], FIONREAD, p_));
    BOTH("nanosleep", syscall(SYS_nanosleep, p_, NULL));
    BOTH("clock_nanosleep", syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, p_, NULL));
    BOTH("gettimeofday", syscall(SYS_gettimeofday, p_, NULL));
    BOTH("getitimer", syscall(SYS_getitimer, ITIMER_REAL, p_));
    BOTH("setitimer", syscall(SYS_setitimer, ITIMER_REAL, p_, NULL));
    BOTH("getrlimit", syscall(SYS_getrlimit, RLIMIT_NOFILE, p_));
    BOTH("setrlimit", syscall(SYS_setrlimit, RLIMIT_NOFILE, p_));
    BOTH("prlimit64 (new)", syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, p_, NULL));
    BOTH("prlimit64 (old)", syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, p_));
    BOTH("sysinfo", syscall(SYS_sysinfo, p_));
    BOTH("getresuid", syscall(SYS_getresuid, p_, p_, p_));
    BOTH("getresgid", syscall(SYS_getresgid, p_, p_, p_));
    BOTH("rt_sigprocmask (set)", syscall(SYS_rt_sigprocmask, SIG_BLOCK, p_, NULL, 8));
    BOTH("rt_sigprocmask (old)", syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, p_, 8));
    BOTH("rt_sigpending", syscall(SYS_rt_sigpending, p_, 8));
    BOTH("sigaltstack (new)", syscall(SYS_sigaltstack, p_, NULL));
    BOTH("sigaltstack (old)", syscall(SYS_sigaltstack, NULL, p_));
    BOTH("arch_prctl ARCH_GET_FS", syscall(SYS_arch_prctl, 0x1003, p_));
    BOTH("execve (path)", syscall(SYS_execve, p_, NULL, NULL));
    if (getuid() == 0) BOTH("setgroups", syscall(SYS_setgroups, 1, p_ + 2));

    // Nothing was done that the caller could see: the file is still there, unrenamed.
    struct stat st;
    CHECK(stat(tap_path("f"), &st) == 0 && st.st_size == 4, "the file is untouched");
    CHECK(getpid() > 0, "the caller still runs");
    return tap_done();
}
