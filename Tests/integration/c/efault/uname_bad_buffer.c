// uname(2) into an unmapped or straddling buffer fails with EFAULT.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_uname, TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(syscall(SYS_uname, end - 100), EFAULT);
    struct utsname *fits = (struct utsname *)(end - sizeof(struct utsname));
    CHECK(syscall(SYS_uname, fits) == 0 && fits->machine[0] != 0, "a utsname ending at the boundary is filled");
    return tap_done();
}
