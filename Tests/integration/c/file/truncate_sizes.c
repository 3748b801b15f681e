// truncate(2)/ftruncate(2): growing adds zeros, shrinking drops data (growing again shows
// zeros, not the old bytes), the position is unchanged; negative lengths are EINVAL, a
// directory is EISDIR by path and EINVAL by descriptor, a read-only descriptor EINVAL.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = open(tap_path("f"), O_RDWR | O_CREAT, 0644);
    CHECK(write(fd, "abcdefghij", 10) == 10, "write 10 bytes");
    struct stat st;
    CHECK_OK(ftruncate(fd, 10000));
    CHECK(fstat(fd, &st) == 0 && st.st_size == 10000, "ftruncate grows to 10000");
    CHECK(lseek(fd, 0, SEEK_CUR) == 10, "the position is unchanged");
    static char buf[10000];
    memset(buf, 1, sizeof buf);
    CHECK(pread(fd, buf, sizeof buf, 0) == 10000 && memcmp(buf, "abcdefghij", 10) == 0, "read it all back");
    int zeros = 1;
    for (int i = 10; i < 10000; i++) if (buf[i]) zeros = 0;
    CHECK(zeros, "the grown part reads as zeros");
    CHECK_OK(ftruncate(fd, 3));
    CHECK_OK(ftruncate(fd, 8));
    memset(buf, 1, 16);
    CHECK(pread(fd, buf, 16, 0) == 8 && memcmp(buf, "abc\0\0\0\0\0", 8) == 0, "shrink then grow: the old bytes are gone");
    CHECK_OK(truncate(tap_path("f"), 2));
    CHECK(fstat(fd, &st) == 0 && st.st_size == 2, "truncate by path to 2");
    CHECK_OK(truncate(tap_path("f"), 0));
    CHECK(fstat(fd, &st) == 0 && st.st_size == 0 && read(fd, buf, 1) == 0, "truncate to 0: empty");
    CHECK_ERRNO(ftruncate(fd, -1), EINVAL);
    CHECK_ERRNO(truncate(tap_path("f"), -1), EINVAL);
    CHECK_ERRNO(truncate(tap_path("missing"), 0), ENOENT);
    CHECK_ERRNO(ftruncate(4000, 0), EBADF);
    int ro = open(tap_path("f"), O_RDONLY);
    CHECK_ERRNO(ftruncate(ro, 0), EINVAL);
    close(ro);
    mkdir(tap_path("d"), 0755);
    CHECK_ERRNO(truncate(tap_path("d"), 0), EISDIR);
    int dir = open(tap_path("d"), O_RDONLY | O_DIRECTORY);
    CHECK_ERRNO(ftruncate(dir, 0), EINVAL);
    close(dir);
    close(fd);
    return tap_done();
}
