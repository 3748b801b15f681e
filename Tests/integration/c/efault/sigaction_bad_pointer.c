// rt_sigaction(2) with an unreadable new action or an unwritable old one fails with EFAULT
// and leaves the disposition unchanged.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_rt_sigaction, SIGUSR1, TAP_BAD_POINTER, NULL, 8), EFAULT);
    CHECK_ERRNO(syscall(SYS_rt_sigaction, SIGUSR1, end - 16, NULL, 8), EFAULT);
    CHECK_ERRNO(syscall(SYS_rt_sigaction, SIGUSR1, NULL, TAP_BAD_POINTER, 8), EFAULT);
    unsigned long old[4] = {99, 99, 99, 99};
    CHECK(syscall(SYS_rt_sigaction, SIGUSR1, NULL, old, 8) == 0 && old[0] == 0, "SIGUSR1 is still SIG_DFL");
    CHECK_ERRNO(syscall(SYS_rt_sigprocmask, SIG_BLOCK, TAP_BAD_POINTER, NULL, 8), EFAULT);
    return tap_done();
}
