// Bytes written to a pipe come out of its read end in order; a pipe is a FIFO in fstat.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    CHECK_OK(pipe(p));
    CHECK(write(p[1], "first ", 6) == 6 && write(p[1], "second", 6) == 6, "two writes of 6 bytes");
    char buf[32] = {0};
    CHECK(read(p[0], buf, sizeof buf) == 12 && memcmp(buf, "first second", 12) == 0, "one read returns both, in order");
    struct stat st;
    CHECK(fstat(p[0], &st) == 0 && S_ISFIFO(st.st_mode), "fstat reports a FIFO");
    CHECK_ERRNO(write(p[0], "x", 1), EBADF);
    CHECK_ERRNO(read(p[1], buf, 1), EBADF);
    return tap_done();
}
