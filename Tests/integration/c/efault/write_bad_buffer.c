// write(2) from an unmapped buffer fails with EFAULT (address 1; the first byte past a
// mapping at a page boundary) and writes nothing; the last mapped byte can be written.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = open(tap_path("f"), O_RDWR | O_CREAT, 0644);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_write, fd, TAP_BAD_POINTER, 1), EFAULT);
    CHECK_ERRNO(syscall(SYS_write, fd, end, 1), EFAULT);
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.st_size == 0, "the failed writes wrote nothing");
    end[-1] = 'z';
    CHECK(syscall(SYS_write, fd, end - 1, 1) == 1, "writing from the last mapped byte works");
    close(fd);
    return tap_done();
}
