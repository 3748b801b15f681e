// unlink(2) of a directory fails with EISDIR (Linux's choice; POSIX allows EPERM).
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_OK(mkdir(tap_path("d"), 0755));
    CHECK_ERRNO(unlink(tap_path("d")), EISDIR);
    CHECK_ERRNO(unlink(tap_path("missing")), ENOENT);
    return tap_done();
}
