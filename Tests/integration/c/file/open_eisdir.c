// Opening a directory for writing fails with EISDIR; read-only opening succeeds.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    const char *dir = tap_tmpdir();
    CHECK_ERRNO(open(dir, O_WRONLY), EISDIR);
    CHECK_ERRNO(open(dir, O_RDWR), EISDIR);
    CHECK_ERRNO(open(dir, O_WRONLY | O_CREAT, 0644), EISDIR);
    int fd = CHECK_OK(open(dir, O_RDONLY));
    if (fd >= 0) close(fd);
    return tap_done();
}
