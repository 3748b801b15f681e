// isatty(3) is true on the terminal and false on a pipe, where terminal ioctls fail with
// ENOTTY; the terminal is a character device.
#include "tty_helpers.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = tap_tty_fd();
    if (fd < 0) return 1;
    CHECK(isatty(fd) == 1, "isatty on the terminal");
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && S_ISCHR(st.st_mode), "the terminal is a character device");
    int p[2];
    CHECK_OK(pipe(p));
    errno = 0;
    CHECK(isatty(p[0]) == 0 && errno == ENOTTY, "isatty on a pipe is 0 with ENOTTY");
    struct termios t;
    CHECK_ERRNO(ioctl(p[1], TCGETS, &t), ENOTTY);
    struct winsize w;
    CHECK_ERRNO(ioctl(p[0], TIOCGWINSZ, &w), ENOTTY);
    pid_t group;
    CHECK_ERRNO(ioctl(p[0], TIOCGPGRP, &group), ENOTTY);
    return tap_done();
}
