// read(2) on a directory descriptor fails with EISDIR.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = CHECK_OK(open(tap_tmpdir(), O_RDONLY | O_DIRECTORY));
    char buf[16];
    CHECK_ERRNO(read(fd, buf, sizeof buf), EISDIR);
    close(fd);
    return tap_done();
}
