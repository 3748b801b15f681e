// A path argument at address 1, or one whose bytes run into an unmapped page before the
// NUL, fails with EFAULT for open/stat/mkdir/chdir/unlink; the same name ending with its
// NUL on the last mapped byte is read normally (ENOENT for a missing file).
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    struct stat st;
    CHECK_ERRNO(syscall(SYS_open, TAP_BAD_POINTER, O_RDONLY, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_stat, TAP_BAD_POINTER, &st), EFAULT);
    memcpy(end - 3, "abc", 3);   // no NUL before the boundary
    CHECK_ERRNO(syscall(SYS_open, end - 3, O_RDONLY, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_stat, end - 3, &st), EFAULT);
    CHECK_ERRNO(syscall(SYS_mkdir, end - 3, 0755), EFAULT);
    CHECK_ERRNO(syscall(SYS_chdir, end - 3), EFAULT);
    CHECK_ERRNO(syscall(SYS_unlink, end - 3), EFAULT);
    const char *missing = tap_path("missing");
    size_t n = strlen(missing) + 1;
    memcpy(end - n, missing, n);  // the NUL is the last mapped byte
    CHECK_ERRNO(syscall(SYS_open, end - n, O_RDONLY, 0), ENOENT);
    return tap_done();
}
