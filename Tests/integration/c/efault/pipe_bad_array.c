// pipe2(2) with an unwritable fd array fails with EFAULT (address 1; an array whose second
// int is past the boundary) and leaves no descriptor behind.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    int probe = dup(0);
    close(probe);
    CHECK_ERRNO(syscall(SYS_pipe2, TAP_BAD_POINTER, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_pipe2, end - sizeof(int), 0), EFAULT);
    int again = dup(0);
    CHECK(again == probe, "no descriptor leaked: the lowest free one is unchanged");
    close(again);
    return tap_done();
}
