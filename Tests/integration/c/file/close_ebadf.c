// close(2) of a descriptor that is not open fails with EBADF, including a second close.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_ERRNO(close(-1), EBADF);
    CHECK_ERRNO(close(4000), EBADF);
    int fd = CHECK_OK(open(tap_tmpdir(), O_RDONLY));
    CHECK_OK(close(fd));
    CHECK_ERRNO(close(fd), EBADF);
    return tap_done();
}
