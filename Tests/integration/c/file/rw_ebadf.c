// read(2)/write(2) on a closed descriptor, write on a read-only one and read on a
// write-only one fail with EBADF.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char buf[8];
    CHECK_ERRNO(read(4000, buf, 1), EBADF);
    CHECK_ERRNO(write(4000, "x", 1), EBADF);
    CHECK(tap_write_file(tap_path("f"), "data", 0644) == 0, "create a file");
    int ro = open(tap_path("f"), O_RDONLY);
    int wo = open(tap_path("f"), O_WRONLY);
    CHECK(ro >= 0 && wo >= 0, "open it read-only and write-only");
    CHECK_ERRNO(write(ro, "x", 1), EBADF);
    CHECK_ERRNO(read(wo, buf, 1), EBADF);
    close(ro);
    close(wo);
    return tap_done();
}
