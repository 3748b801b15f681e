// rmdir(2) of a regular file fails with ENOTDIR; of a missing name with ENOENT.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_write_file(tap_path("f"), "x", 0644) == 0, "create a regular file");
    CHECK_ERRNO(rmdir(tap_path("f")), ENOTDIR);
    CHECK_ERRNO(rmdir(tap_path("missing")), ENOENT);
    return tap_done();
}
