// The brk system call returns the break in force afterwards: the new one when it moved,
// the old one when refused (below the start, absurdly high); shrinking drops the pages
// (growing again gives zeroed memory).
#include "tap.h"

static long sys_brk(void *p) { return syscall(SYS_brk, p); }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    char *start = (char *)sys_brk(0);
    CHECK(start != NULL && (long)start != -1, "brk(0) returns the current break");
    CHECK((char *)sys_brk(start + 1) == start + 1, "brk may end mid-page");
    CHECK((char *)sys_brk(start + 3 * page + 5) == start + 3 * page + 5, "brk grows across pages");
    start[3 * page + 4] = 'x';
    CHECK(start[3 * page + 4] == 'x', "the byte below the break is writable");
    CHECK((char *)sys_brk(start) == start, "brk shrinks back to the start");
    CHECK((char *)sys_brk(start + 4 * page) == start + 4 * page, "brk grows again");
    CHECK(start[3 * page + 4] == 0, "memory dropped by the shrink reads as zero after growing again");
    CHECK((char *)sys_brk(start - page) == start + 4 * page, "a break below the start is refused: the old break is returned");
    CHECK((char *)sys_brk((void *)-4096L) == start + 4 * page, "a break in kernel space is refused");
    CHECK((char *)sys_brk((void *)(1L << 50)) == start + 4 * page, "a break beyond user space is refused");
    CHECK((char *)sys_brk(start) == start, "and the break can still move afterwards");
    return tap_done();
}
