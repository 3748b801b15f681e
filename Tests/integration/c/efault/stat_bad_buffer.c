// stat(2)/fstat(2) into a struct stat that is unmapped or straddles the end of a mapping
// fail with EFAULT; one that ends exactly at the boundary is filled.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    CHECK_ERRNO(syscall(SYS_stat, tap_tmpdir(), TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(syscall(SYS_stat, tap_tmpdir(), end - 100), EFAULT);
    int fd = open(tap_tmpdir(), O_RDONLY);
    CHECK_ERRNO(syscall(SYS_fstat, fd, end - 8), EFAULT);
    struct stat *fits = (struct stat *)(end - sizeof(struct stat));
    CHECK(syscall(SYS_stat, tap_tmpdir(), fits) == 0 && S_ISDIR(fits->st_mode), "a struct stat ending at the boundary is filled");
    close(fd);
    return tap_done();
}
