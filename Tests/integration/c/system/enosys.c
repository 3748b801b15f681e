// A syscall number the kernel does not have returns ENOSYS (issue 3 §1) and the process
// carries on; so do numbers far past the table and negative ones.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_ERRNO(syscall(400), ENOSYS);            // in the unused gap 335-423 of the x86_64 table
    CHECK_ERRNO(syscall(511), ENOSYS);
    CHECK_ERRNO(syscall(100000), ENOSYS);
    CHECK_ERRNO(syscall(-1L), ENOSYS);
    CHECK(getpid() > 0, "the process still runs");
    return tap_done();
}
