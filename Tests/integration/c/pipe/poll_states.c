// poll(2) on pipe ends as Linux's pipe_poll reports them: a full pipe's write end is not
// POLLOUT until a read makes room; with the read end closed the write end is POLLERR; with
// data and no writers left the read end is POLLIN and POLLHUP together.
#include "tap.h"
#include <poll.h>

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    CHECK_OK(pipe2(p, O_NONBLOCK));
    static char block[65536];
    CHECK(write(p[1], block, sizeof block) == 65536, "fill the pipe");
    struct pollfd w = {p[1], POLLOUT, 0};
    CHECK(poll(&w, 1, 0) == 0 && w.revents == 0, "a full pipe's write end is not writable");
    CHECK(read(p[0], block, 4096) == 4096, "read a page");
    CHECK(poll(&w, 1, 0) == 1 && (w.revents & POLLOUT), "with a page free it is writable again");
    struct pollfd r = {p[0], POLLIN, 0};
    close(p[1]);
    CHECK(poll(&r, 1, 0) == 1 && (r.revents & (POLLIN | POLLHUP)) == (POLLIN | POLLHUP),
          "data and no writer: POLLIN and POLLHUP");
    close(p[0]);
    int q[2];
    CHECK_OK(pipe(q));
    close(q[0]);
    signal(SIGPIPE, SIG_IGN);
    struct pollfd e = {q[1], POLLOUT, 0};
    CHECK(poll(&e, 1, 0) == 1 && (e.revents & POLLERR), "no reader: the write end is POLLERR");
    return tap_done();
}
