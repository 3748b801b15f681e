// kill(2) and tgkill/tkill errors: no such process ESRCH (also an empty group and
// INT_MIN), a bad signal EINVAL only once a target exists, signal 0 probes, a zombie can
// still be signalled.
#include "tap.h"
#include <limits.h>

int main(int argc, char **argv) {
    tap_init(argc, argv);
    pid_t gone = fork();
    if (gone == 0) _exit(0);
    int status;
    waitpid(gone, &status, 0);
    CHECK_ERRNO(kill(gone, 0), ESRCH);
    CHECK_ERRNO(kill(gone, SIGTERM), ESRCH);
    CHECK_ERRNO(kill(gone, 999), ESRCH);
    CHECK_ERRNO(kill(-gone, SIGTERM), ESRCH);
    CHECK_ERRNO(kill(INT_MIN, SIGTERM), ESRCH);
    CHECK_ERRNO(kill(getpid(), 65), EINVAL);
    CHECK_ERRNO(kill(getpid(), -1), EINVAL);
    CHECK_OK(kill(getpid(), 0));
    pid_t zombie = fork();
    if (zombie == 0) _exit(0);
    struct timespec ts = {0, 100 * 1000000L};
    nanosleep(&ts, NULL);
    CHECK_OK(kill(zombie, SIGTERM));
    waitpid(zombie, &status, 0);
    CHECK(tap_exited_with(status, 0), "the zombie's status is unchanged by the signal");
    CHECK_ERRNO(syscall(SYS_tkill, 0, SIGTERM), EINVAL);
    CHECK_ERRNO(syscall(SYS_tgkill, -1, getpid(), SIGTERM), EINVAL);
    CHECK_ERRNO(syscall(SYS_tgkill, getpid(), gone, SIGTERM), ESRCH);
    CHECK_ERRNO(syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), 65), EINVAL);
    CHECK_OK(syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), 0));
    return tap_done();
}
