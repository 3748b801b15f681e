// read(2) on an empty O_NONBLOCK pipe with a writer open fails with EAGAIN; O_NONBLOCK set
// later with fcntl(F_SETFL) has the same effect.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe2(p, O_NONBLOCK);
    char c;
    CHECK_ERRNO(read(p[0], &c, 1), EAGAIN);
    int q[2];
    pipe(q);
    CHECK_OK(fcntl(q[0], F_SETFL, O_NONBLOCK));
    CHECK((fcntl(q[0], F_GETFL) & O_NONBLOCK) != 0, "F_GETFL shows O_NONBLOCK");
    CHECK_ERRNO(read(q[0], &c, 1), EAGAIN);
    return tap_done();
}
