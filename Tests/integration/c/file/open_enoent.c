// open(2) of a name that does not exist, or inside a directory that does not exist,
// fails with ENOENT (also with O_CREAT when the parent is missing); so does "".
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_ERRNO(open(tap_path("missing"), O_RDONLY), ENOENT);
    CHECK_ERRNO(open(tap_path("no-dir/file"), O_RDONLY), ENOENT);
    CHECK_ERRNO(open(tap_path("no-dir/file"), O_WRONLY | O_CREAT, 0644), ENOENT);
    CHECK_ERRNO(open("", O_RDONLY), ENOENT);
    return tap_done();
}
