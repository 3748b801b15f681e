// madvise(MADV_DONTNEED) on private anonymous memory: the pages read as zero afterwards,
// the mapping stays (writable), and pages outside the range keep their data.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED, "mmap 4 pages");
    memset(p, 'd', 4 * page);
    CHECK(madvise(p + page, 2 * page, MADV_DONTNEED) == 0, "MADV_DONTNEED the middle two pages");
    CHECK(p[page] == 0 && p[3 * page - 1] == 0, "the dropped pages read as zero");
    CHECK(p[page - 1] == 'd' && p[3 * page] == 'd', "the pages around keep their data");
    p[page] = 'n';
    CHECK(p[page] == 'n', "the dropped pages are still mapped and writable");
    CHECK(madvise(p, 4 * page, MADV_NORMAL) == 0 && madvise(p, 4 * page, MADV_WILLNEED) == 0,
          "paging hints are accepted");
    return tap_done();
}
