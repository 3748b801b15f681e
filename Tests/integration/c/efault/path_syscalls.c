// EFAULT from the path syscalls beyond open/stat: every path argument (rename's both,
// link, symlink's target, readlink's buffer, chmod, access, truncate, rmdir, getcwd) and
// utimensat's times, at address 1 and across the end of a mapping.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char *end = tap_page_end();
    memcpy(end - 3, "abc", 3);     // no NUL before the boundary
    char *bad = end - 3;
    tap_write_file(tap_path("f"), "x", 0644);
    CHECK_OK(symlink("f", tap_path("l")));
    const char *f = tap_path("f");
    CHECK_ERRNO(syscall(SYS_rename, bad, f), EFAULT);
    CHECK_ERRNO(syscall(SYS_rename, f, TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(syscall(SYS_link, f, bad), EFAULT);
    CHECK_ERRNO(syscall(SYS_symlink, bad, tap_path("s")), EFAULT);
    CHECK_ERRNO(syscall(SYS_symlink, "f", TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(syscall(SYS_readlink, tap_path("l"), TAP_BAD_POINTER, 16), EFAULT);
    CHECK_ERRNO(syscall(SYS_readlink, bad, end - 64, 16), EFAULT);
    CHECK_ERRNO(syscall(SYS_chmod, bad, 0644), EFAULT);
    CHECK_ERRNO(syscall(SYS_access, bad, F_OK), EFAULT);
    CHECK_ERRNO(syscall(SYS_truncate, bad, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_rmdir, bad), EFAULT);
    CHECK_ERRNO(syscall(SYS_lstat, TAP_BAD_POINTER, end - 200), EFAULT);
    CHECK_ERRNO(syscall(SYS_utimensat, AT_FDCWD, f, TAP_BAD_POINTER, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_utimensat, AT_FDCWD, f, end - 16, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_openat, AT_FDCWD, bad, O_RDONLY, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_newfstatat, AT_FDCWD, bad, end - 200, 0), EFAULT);
    struct stat st;
    CHECK(stat(f, &st) == 0 && st.st_size == 1, "nothing happened to the file");
    return tap_done();
}
