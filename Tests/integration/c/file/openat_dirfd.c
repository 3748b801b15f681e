// openat(2) resolves a relative path against a directory descriptor (or AT_FDCWD); a
// non-directory dirfd gives ENOTDIR and a closed one EBADF; absolute paths ignore dirfd.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    mkdir(tap_path("d"), 0755);
    tap_write_file(tap_path("d/inner"), "in", 0644);
    int dir = CHECK_OK(open(tap_path("d"), O_RDONLY | O_DIRECTORY));
    int fd = CHECK_OK(openat(dir, "inner", O_RDONLY));
    char buf[4] = {0};
    CHECK(fd >= 0 && read(fd, buf, 3) == 2 && strcmp(buf, "in") == 0, "openat(dir, \"inner\") opens d/inner");
    close(fd);
    int file = open(tap_path("d/inner"), O_RDONLY);
    CHECK_ERRNO(openat(file, "x", O_RDONLY), ENOTDIR);
    CHECK_ERRNO(openat(4000, "x", O_RDONLY), EBADF);
    fd = openat(4000, tap_path("d/inner"), O_RDONLY);
    CHECK(fd >= 0, "an absolute path ignores the (bad) dirfd");
    if (fd >= 0) close(fd);
    CHECK(chdir(tap_path("d")) == 0, "chdir into d");
    fd = openat(AT_FDCWD, "inner", O_RDONLY);
    CHECK(fd >= 0, "AT_FDCWD resolves against the working directory");
    close(fd);
    close(file);
    close(dir);
    chdir("/");
    return tap_done();
}
