// TIOCGPGRP on the controlling terminal reports the foreground process group, which is the
// caller's own group when it runs in the foreground (on Apus, init's group 0 as long as
// nobody moved it); TIOCSPGRP back to the same group succeeds, a negative group is EINVAL
// and a group that does not exist ESRCH. The checks run in a new session whose leader
// acquired the terminal (tap_session_tty: the console on Apus, a pseudo-terminal on the host).
#include "tty_helpers.h"

static int checks(int fd) {
    pid_t group = tcgetpgrp(fd);
    CHECK(group >= 0 && group == getpgrp(), "tcgetpgrp is the caller's process group");
    pid_t raw = -1;
    CHECK(ioctl(fd, TIOCGPGRP, &raw) == 0 && raw == group, "TIOCGPGRP agrees");
    CHECK_OK(tcsetpgrp(fd, getpgrp()));
    pid_t negative = -5;
    CHECK_ERRNO(ioctl(fd, TIOCSPGRP, &negative), EINVAL);
    pid_t gone = fork();
    if (gone == 0) _exit(0);
    waitpid(gone, NULL, 0);
    CHECK_ERRNO(tcsetpgrp(fd, gone), ESRCH);
    CHECK_ERRNO(ioctl(fd, TIOCGPGRP, TAP_BAD_POINTER), EFAULT);
    return tap_done();
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    // A new session acquires the terminal it opens (the console on Apus, a pty on the host).
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        int fd = tap_session_tty(0);
        if (fd < 0) _exit(2);
        _exit(checks(fd));
    }
    int status;
    waitpid(pid, &status, 0);
    return tap_exited_with(status, 0) ? 0 : 1;
}
