// lseek(2) to a negative offset or with an unknown whence fails with EINVAL and leaves
// the offset where it was.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_write_file(tap_path("f"), "0123456789", 0644) == 0, "create a 10-byte file");
    int fd = open(tap_path("f"), O_RDONLY);
    CHECK(lseek(fd, 4, SEEK_SET) == 4, "seek to 4");
    CHECK_ERRNO(lseek(fd, -1, SEEK_SET), EINVAL);
    CHECK_ERRNO(lseek(fd, -5, SEEK_CUR), EINVAL);
    CHECK_ERRNO(lseek(fd, -11, SEEK_END), EINVAL);
    CHECK_ERRNO(lseek(fd, 0, 42), EINVAL);
    CHECK(lseek(fd, 0, SEEK_CUR) == 4, "the offset is still 4");
    CHECK_ERRNO(lseek(4000, 0, SEEK_SET), EBADF);
    close(fd);
    return tap_done();
}
