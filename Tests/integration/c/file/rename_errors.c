// rename(2): a directory onto a non-empty directory fails with ENOTEMPTY, a file onto a
// directory with EISDIR, a directory onto a file with ENOTDIR, a missing source with
// ENOENT; a file onto a file replaces it.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    mkdir(tap_path("d1"), 0755);
    mkdir(tap_path("d2"), 0755);
    tap_write_file(tap_path("d2/inner"), "x", 0644);
    tap_write_file(tap_path("f1"), "one", 0644);
    tap_write_file(tap_path("f2"), "two", 0644);
    CHECK_ERRNO(rename(tap_path("d1"), tap_path("d2")), ENOTEMPTY);
    CHECK_ERRNO(rename(tap_path("f1"), tap_path("d1")), EISDIR);
    CHECK_ERRNO(rename(tap_path("d1"), tap_path("f1")), ENOTDIR);
    CHECK_ERRNO(rename(tap_path("missing"), tap_path("x")), ENOENT);
    CHECK_OK(rename(tap_path("f1"), tap_path("f2")));
    char buf[8] = {0};
    int fd = open(tap_path("f2"), O_RDONLY);
    CHECK(fd >= 0 && read(fd, buf, sizeof buf) == 3 && strcmp(buf, "one") == 0, "f2 now holds f1's data");
    close(fd);
    struct stat st;
    CHECK_ERRNO(stat(tap_path("f1"), &st), ENOENT);
    CHECK_OK(rename(tap_path("d1"), tap_path("d3")));
    CHECK(stat(tap_path("d3"), &st) == 0 && S_ISDIR(st.st_mode), "an empty directory can be renamed");
    return tap_done();
}
