// sysinfo(2): sane fields everywhere (mem_unit, totalram >= freeram > 0, at least one
// process, loads present); on Apus freeram is exact: touching N fresh pages lowers it by at
// least N pages and unmapping them raises it by exactly N pages (on Linux freeram moves
// with everything else the system does, so those two checks run on Apus only).
#include "tap.h"
#include <sys/sysinfo.h>

static unsigned long long free_bytes(void) {
    struct sysinfo info;
    if (sysinfo(&info) != 0) return 0;
    return (unsigned long long)info.freeram * info.mem_unit;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    struct sysinfo info;
    memset(&info, 0xAB, sizeof info);
    CHECK(sysinfo(&info) == 0, "sysinfo succeeds");
    CHECK(info.mem_unit >= 1 && info.totalram > 0 && info.freeram > 0 && info.freeram <= info.totalram,
          "totalram >= freeram > 0 with a mem_unit");
    CHECK(info.procs >= 1, "at least one process");
    CHECK_ERRNO(sysinfo((struct sysinfo *)TAP_BAD_POINTER), EFAULT);
    if (tap_is_apus()) {
        CHECK(info.mem_unit == 1 && info.totalhigh == 0 && info.freehigh == 0 && info.totalswap == 0,
              "Apus: mem_unit 1, no high memory, no swap");
        enum { N = 64 };
        char *p = mmap(NULL, N * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        p[0] = 1;   // the page tables for the range now exist
        unsigned long long before = free_bytes();
        for (int i = 1; i < N; i++) p[i * page] = 1;
        unsigned long long touched = free_bytes();
        CHECK(before - touched == (unsigned long long)(N - 1) * page, "Apus: touching 63 fresh pages costs exactly 63 frames");
        munmap(p, N * page);
        CHECK(free_bytes() - touched == (unsigned long long)N * page, "Apus: munmap returns exactly those 64 frames");
    }
    return tap_done();
}
