// getdents64(2) into an unmapped buffer fails with EFAULT.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = open(tap_tmpdir(), O_RDONLY | O_DIRECTORY);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_getdents64, fd, TAP_BAD_POINTER, 4096), EFAULT);
    CHECK_ERRNO(syscall(SYS_getdents64, fd, end, 4096), EFAULT);
    close(fd);
    return tap_done();
}
