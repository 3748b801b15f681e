// clock_gettime(2) and nanosleep(2) with an unmapped timespec fail with EFAULT (called as
// raw syscalls: the C library might use the vDSO, which would fault in user space).
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, end - 8), EFAULT);
    CHECK_ERRNO(syscall(SYS_nanosleep, TAP_BAD_POINTER, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_nanosleep, end - 8, NULL), EFAULT);
    struct timespec *fits = (struct timespec *)(end - sizeof(struct timespec));
    CHECK(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, fits) == 0 && fits->tv_nsec < 1000000000L,
          "a timespec ending at the boundary is filled");
    return tap_done();
}
