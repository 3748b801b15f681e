// getcwd(2) into an unmapped buffer fails with EFAULT.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_getcwd, TAP_BAD_POINTER, 256), EFAULT);
    CHECK_ERRNO(syscall(SYS_getcwd, end, 256), EFAULT);
    return tap_done();
}
