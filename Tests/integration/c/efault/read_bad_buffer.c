// read(2) into an unmapped buffer fails with EFAULT: address 1, and the first byte past a
// mapping at an exact page boundary; the last byte before the boundary works.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("f"), "abcdef", 0644);
    int fd = open(tap_path("f"), O_RDONLY);
    char *end = tap_page_end();
    CHECK(end != NULL, "map two pages and unmap the second");
    CHECK_ERRNO(syscall(SYS_read, fd, TAP_BAD_POINTER, 1), EFAULT);
    CHECK_ERRNO(syscall(SYS_read, fd, end, 1), EFAULT);
    CHECK(syscall(SYS_read, fd, end - 1, 1) == 1 && end[-1] == 'a', "reading into the last mapped byte works");
    close(fd);
    return tap_done();
}
