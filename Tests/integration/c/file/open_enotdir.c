// A regular file used as a directory in a path gives ENOTDIR, as does O_DIRECTORY on a file.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_write_file(tap_path("file"), "x", 0644) == 0, "create a regular file");
    CHECK_ERRNO(open(tap_path("file/child"), O_RDONLY), ENOTDIR);
    CHECK_ERRNO(open(tap_path("file/child"), O_WRONLY | O_CREAT, 0644), ENOTDIR);
    CHECK_ERRNO(open(tap_path("file"), O_RDONLY | O_DIRECTORY), ENOTDIR);
    CHECK_ERRNO(mkdir(tap_path("file/sub"), 0755), ENOTDIR);
    return tap_done();
}
