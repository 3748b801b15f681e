// rmdir(2) of a directory that still has an entry fails with ENOTEMPTY and leaves it.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_OK(mkdir(tap_path("d"), 0755));
    CHECK(tap_write_file(tap_path("d/f"), "x", 0644) == 0, "create a file inside");
    CHECK_ERRNO(rmdir(tap_path("d")), ENOTEMPTY);
    struct stat st;
    CHECK(stat(tap_path("d/f"), &st) == 0, "the entry is still there");
    CHECK_OK(unlink(tap_path("d/f")));
    CHECK_OK(rmdir(tap_path("d")));
    CHECK_ERRNO(stat(tap_path("d"), &st), ENOENT);
    return tap_done();
}
