// O_CREAT|O_EXCL on an existing file (or directory) fails with EEXIST; without O_EXCL it opens.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = CHECK_OK(open(tap_path("f"), O_WRONLY | O_CREAT | O_EXCL, 0644));
    if (fd >= 0) close(fd);
    CHECK_ERRNO(open(tap_path("f"), O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    CHECK_ERRNO(open(tap_tmpdir(), O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    fd = CHECK_OK(open(tap_path("f"), O_WRONLY | O_CREAT, 0644));
    if (fd >= 0) close(fd);
    return tap_done();
}
