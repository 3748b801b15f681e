// A NULL pointer handed to a syscall is EFAULT (page 0 is never mapped), in both
// directions, for fixed-size structs and for buffers: the kernel must not trip over it.
#include "tap.h"
#include <sys/sysinfo.h>

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_ERRNO(syscall(SYS_uname, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_sysinfo, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_getresuid, NULL, NULL, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_write, 1, NULL, 1), EFAULT);
    CHECK_ERRNO(syscall(SYS_nanosleep, NULL, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_execve, NULL, NULL, NULL), EFAULT);
    return tap_done();
}
