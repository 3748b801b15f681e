// poll(2) on the terminal with nothing typed: always writable, not readable in canonical
// mode (no complete line) nor in non-canonical mode with VMIN 1 (Linux: n_tty_poll).
#include "tty_helpers.h"
#include <poll.h>

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = tap_tty_fd();
    if (fd < 0) return 1;
    struct termios saved, raw;
    CHECK_OK(tcgetattr(fd, &saved));
    CHECK_OK(tcflush(fd, TCIFLUSH));
    struct pollfd p = {fd, POLLIN | POLLOUT, 0};
    CHECK(poll(&p, 1, 0) == 1 && p.revents == POLLOUT, "canonical, nothing typed: POLLOUT only");
    raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    CHECK_OK(tcsetattr(fd, TCSANOW, &raw));
    p.revents = 0;
    CHECK(poll(&p, 1, 0) == 1 && p.revents == POLLOUT, "raw VMIN 1, nothing typed: POLLOUT only");
    CHECK_ERRNO(ioctl(fd, TCFLSH, 7), EINVAL);
    struct pollfd in = {fd, POLLIN, 0};
    CHECK(poll(&in, 1, 30) == 0, "waiting 30 ms for input times out");
    CHECK_OK(tcsetattr(fd, TCSANOW, &saved));
    return tap_done();
}
