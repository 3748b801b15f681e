// TIOCGPGRP on the controlling terminal reports the foreground process group, which is the
// caller's own group when it runs in the foreground (on Apus, init's group 0 as long as
// nobody moved it); TIOCSPGRP back to the same group succeeds, a negative group is EINVAL
// and a group that does not exist ESRCH. On a host without a terminal on stdin the case
// makes a session with a fresh pseudo-terminal as its controlling terminal first.
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
    if (isatty(0)) return checks(0);
    // Host without a terminal: a new session acquires the pty it opens as its terminal.
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        int master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) _exit(2);
        int fd = open(ptsname(master), O_RDWR);
        if (fd < 0) _exit(2);
        _exit(checks(fd));
    }
    int status;
    waitpid(pid, &status, 0);
    return tap_exited_with(status, 0) ? 0 : 1;
}
