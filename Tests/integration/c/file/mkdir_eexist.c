// mkdir(2) of a name that exists, as a directory or as a file, fails with EEXIST.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_OK(mkdir(tap_path("d"), 0755));
    CHECK_ERRNO(mkdir(tap_path("d"), 0755), EEXIST);
    CHECK(tap_write_file(tap_path("f"), "", 0644) == 0, "create a regular file");
    CHECK_ERRNO(mkdir(tap_path("f"), 0755), EEXIST);
    CHECK_ERRNO(mkdir(tap_path("missing/d"), 0755), ENOENT);
    return tap_done();
}
