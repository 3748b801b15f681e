// utimensat(2): explicit times are stored as given, UTIME_OMIT keeps one, UTIME_NOW or
// NULL takes the current time; a bad tv_nsec is EINVAL; writing updates mtime.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("f"), "x", 0644);
    struct timespec t[2] = {{1000000000, 5}, {1200000000, 7}};
    CHECK_OK(utimensat(AT_FDCWD, tap_path("f"), t, 0));
    struct stat st;
    CHECK(stat(tap_path("f"), &st) == 0 && st.st_atim.tv_sec == 1000000000 && st.st_atim.tv_nsec == 5
          && st.st_mtim.tv_sec == 1200000000 && st.st_mtim.tv_nsec == 7, "explicit atime and mtime are stored");
    struct timespec omit[2] = {{0, UTIME_OMIT}, {42, 0}};
    CHECK_OK(utimensat(AT_FDCWD, tap_path("f"), omit, 0));
    CHECK(stat(tap_path("f"), &st) == 0 && st.st_atim.tv_sec == 1000000000 && st.st_mtim.tv_sec == 42,
          "UTIME_OMIT keeps atime");
    CHECK_OK(utimensat(AT_FDCWD, tap_path("f"), NULL, 0));
    CHECK(stat(tap_path("f"), &st) == 0 && st.st_mtim.tv_sec != 42 && st.st_atim.tv_sec != 1000000000,
          "NULL times set both to now");
    struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
    CHECK_ERRNO(utimensat(AT_FDCWD, tap_path("f"), bad, 0), EINVAL);
    CHECK_ERRNO(utimensat(AT_FDCWD, tap_path("missing"), NULL, 0), ENOENT);
    CHECK_ERRNO(utimensat(AT_FDCWD, tap_path("f"), NULL, 0x1), EINVAL);
    CHECK_OK(utimensat(AT_FDCWD, tap_path("f"), t, 0));
    int fd = open(tap_path("f"), O_WRONLY);
    CHECK(write(fd, "y", 1) == 1 && fstat(fd, &st) == 0 && st.st_mtim.tv_sec != 1200000000, "a write updates mtime");
    CHECK_OK(futimens(fd, t));
    CHECK(fstat(fd, &st) == 0 && st.st_mtim.tv_sec == 1200000000, "futimens sets the times through the fd");
    CHECK_OK(fsync(fd));
    CHECK_OK(fdatasync(fd));
    close(fd);
    CHECK_ERRNO(fsync(4000), EBADF);
    return tap_done();
}
