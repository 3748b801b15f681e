// stat(2)/fstat(2)/lstat(2) report type, size and link count; a directory has at least
// two links; stat of a missing name fails with ENOENT.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("f"), "12345", 0640);
    struct stat st, st2;
    CHECK(stat(tap_path("f"), &st) == 0, "stat a file");
    CHECK(S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0640, "it is a regular file with mode 0640");
    CHECK(st.st_size == 5 && st.st_nlink == 1, "size 5, one link");
    int fd = open(tap_path("f"), O_RDONLY);
    CHECK(fstat(fd, &st2) == 0 && st2.st_ino == st.st_ino && st2.st_dev == st.st_dev, "fstat names the same inode");
    close(fd);
    CHECK(lstat(tap_path("f"), &st2) == 0 && st2.st_ino == st.st_ino, "lstat of a non-link matches stat");
    CHECK(stat(tap_tmpdir(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_nlink >= 2, "a directory has at least 2 links");
    CHECK_ERRNO(stat(tap_path("missing"), &st), ENOENT);
    CHECK_ERRNO(fstat(4000, &st), EBADF);
    return tap_done();
}
