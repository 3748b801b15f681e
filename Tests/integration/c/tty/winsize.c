// TIOCSWINSZ sets the window size and TIOCGWINSZ reads it back; a bad pointer is EFAULT.
// On Apus the console starts at 80 columns by 24 rows (a serial line cannot tell; Linux's
// serial ttys start at 0x0, so that check runs on Apus only).
#include "tty_helpers.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = tap_tty_fd();
    if (fd < 0) return 1;
    struct winsize saved, w = {0}, back;
    CHECK_OK(ioctl(fd, TIOCGWINSZ, &saved));
    if (tap_is_apus()) CHECK(saved.ws_col == 80 && saved.ws_row == 24, "the console starts at 80x24 (Apus)");
    w.ws_row = 37;
    w.ws_col = 101;
    CHECK_OK(ioctl(fd, TIOCSWINSZ, &w));
    memset(&back, 0, sizeof back);
    CHECK(ioctl(fd, TIOCGWINSZ, &back) == 0 && back.ws_row == 37 && back.ws_col == 101, "TIOCGWINSZ reads back 101x37");
    CHECK_ERRNO(ioctl(fd, TIOCGWINSZ, TAP_BAD_POINTER), EFAULT);
    CHECK_OK(ioctl(fd, TIOCSWINSZ, &saved));
    return tap_done();
}
