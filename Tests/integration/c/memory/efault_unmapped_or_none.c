// A syscall handed a pointer into an unmapped page or a PROT_NONE page fails with EFAULT
// (both directions: the kernel reading it and writing it); a read-only page can be read by
// the kernel but not written.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED, "mmap 4 pages");
    memcpy(p, "ok\n", 3);
    memcpy(p + 2 * page, "ro\n", 3);
    char *none = p + page, *readonly = p + 2 * page;
    CHECK(mprotect(none, page, PROT_NONE) == 0 && mprotect(readonly, page, PROT_READ) == 0,
          "one page PROT_NONE, one read-only");
    munmap(p + 3 * page, page);
    CHECK_ERRNO(syscall(SYS_write, 1, none, 1), EFAULT);
    CHECK_ERRNO(syscall(SYS_uname, none), EFAULT);
    CHECK_ERRNO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, none), EFAULT);
    CHECK_ERRNO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, readonly), EFAULT);
    CHECK_ERRNO(syscall(SYS_uname, p + 3 * page), EFAULT);
    CHECK(syscall(SYS_write, 1, "# ", 2) == 2 && syscall(SYS_write, 1, readonly, 3) == 3,
          "the kernel can read a read-only page");
    struct timespec *ts = (struct timespec *)(none - sizeof(struct timespec));
    CHECK(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, ts) == 0, "a buffer ending exactly at the PROT_NONE page works");
    CHECK_ERRNO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, none - 8), EFAULT);
    return tap_done();
}
