// Non-canonical reads with nothing typed: VMIN 0 / VTIME 0 returns 0 at once; VMIN 0 /
// VTIME 2 returns 0 after about 200 ms (termios(3) "MIN == 0, TIME > 0"); O_NONBLOCK
// fails with EAGAIN. Canonical settings are restored at the end.
#include "tty_helpers.h"

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = tap_tty_fd();
    if (fd < 0) return 1;
    struct termios saved, raw;
    CHECK_OK(tcgetattr(fd, &saved));
    raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    CHECK_OK(tcsetattr(fd, TCSAFLUSH, &raw));
    char buf[16];
    long start = now_ms();
    CHECK(read(fd, buf, sizeof buf) == 0 && now_ms() - start < 100, "VMIN 0, VTIME 0: read returns 0 at once");
    raw.c_cc[VTIME] = 2;
    CHECK_OK(tcsetattr(fd, TCSANOW, &raw));
    start = now_ms();
    long n = read(fd, buf, sizeof buf);
    long waited = now_ms() - start;
    CHECK(n == 0, "VMIN 0, VTIME 2: read returns 0 when nothing arrives");
    CHECK(waited >= 150 && waited < 2000, "VMIN 0, VTIME 2: it waited about 200 ms");
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    CHECK_OK(tcsetattr(fd, TCSANOW, &raw));
    int flags = fcntl(fd, F_GETFL);
    CHECK_OK(fcntl(fd, F_SETFL, flags | O_NONBLOCK));
    CHECK_ERRNO(read(fd, buf, sizeof buf), EAGAIN);
    CHECK_OK(fcntl(fd, F_SETFL, flags));
    CHECK_OK(tcsetattr(fd, TCSANOW, &saved));
    return tap_done();
}
