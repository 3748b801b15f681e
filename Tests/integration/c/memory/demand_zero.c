// Pages of an anonymous mapping and of a fresh brk area read as zero on first touch, in any
// order and far apart, and keep what is written to them.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    size_t length = 64 << 20;   // 64 MiB: touched sparsely, only the touched pages cost memory
    unsigned char *p = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED, "mmap 64 MiB of anonymous memory");
    if (p == MAP_FAILED) return tap_done();
    int zero = 1;
    for (size_t off = length - page; ; off -= 4097 * 16) {
        if (p[off] != 0 || p[off + page - 1 - (off % page)] != 0) zero = 0;
        if (off < 4097 * 16) break;
    }
    CHECK(zero, "pages touched top-down and far apart read as zero");
    p[0] = 1; p[length - 1] = 2; p[length / 2] = 3;
    CHECK(p[0] == 1 && p[length - 1] == 2 && p[length / 2] == 3 && p[1] == 0, "written bytes stay, the rest of the page is zero");

    unsigned char *start = (unsigned char *)syscall(SYS_brk, 0);
    unsigned char *end = (unsigned char *)syscall(SYS_brk, start + 8 * page);
    CHECK(end == start + 8 * page, "brk grows by 8 pages");
    int heapZero = 1;
    for (long i = 0; i < 8 * page; i += 511) if (start[i] != 0) heapZero = 0;
    CHECK(heapZero, "new brk memory reads as zero");
    CHECK(munmap(p, length) == 0, "munmap the 64 MiB");
    return tap_done();
}
