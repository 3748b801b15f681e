// wait4(2) with an unwritable status pointer waits for the child, then fails with EFAULT;
// Linux has reaped the child by then, so a second wait4 finds no child (ECHILD).
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    pid_t pid = fork();
    if (pid == 0) _exit(3);
    CHECK(pid > 0, "fork");
    CHECK_ERRNO(syscall(SYS_wait4, pid, TAP_BAD_POINTER, 0, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_wait4, pid, NULL, 0, NULL), ECHILD);
    return tap_done();
}
