// A non-blocking write of at most PIPE_BUF (4096) bytes is all or nothing: when it does not
// fit it fails with EAGAIN and writes nothing.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe2(p, O_NONBLOCK);
    static char block[65536];
    CHECK(write(p[1], block, 65536 - 100) == 65536 - 100, "fill the pipe to 100 bytes below capacity");
    CHECK_ERRNO(write(p[1], block, 200), EAGAIN);
    CHECK(write(p[1], block, 100) == 100, "a write of exactly the room left succeeds");
    static char sink[65536];
    long total = 0, r;
    while ((r = read(p[0], sink, sizeof sink)) > 0) total += r;
    CHECK(total == 65536, "the pipe held 65436 + 100 bytes, nothing from the refused write");
    return tap_done();
}
