// Where mmap puts things: a free, aligned hint is taken as is; MAP_FIXED replaces what was
// there (the new pages read as zero, the neighbours keep their data); MAP_FIXED_NOREPLACE
// fails with EEXIST on an occupied range and works on a free one; an unaligned MAP_FIXED
// address is EINVAL; mappings without a hint do not overlap.
#include "tap.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    const int anon = MAP_PRIVATE | MAP_ANONYMOUS;
    // Find a free region, then free it again and use it as a hint.
    char *probe = mmap(NULL, 16 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    CHECK(probe != MAP_FAILED, "mmap 16 pages without a hint");
    munmap(probe, 16 * page);
    char *hinted = mmap(probe, 4 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    CHECK(hinted == probe, "a free, aligned hint is used as is");
    memset(hinted, 'a', 4 * page);
    char *fixed = mmap(hinted + page, page, PROT_READ | PROT_WRITE, anon | MAP_FIXED, -1, 0);
    CHECK(fixed == hinted + page, "MAP_FIXED maps at the address");
    CHECK(fixed[0] == 0 && fixed[page - 1] == 0, "MAP_FIXED replaced the old page with a zero page");
    CHECK(hinted[page - 1] == 'a' && hinted[2 * page] == 'a', "the neighbours keep their data");
    CHECK_ERRNO(mmap(hinted + 3 * page, 2 * page, PROT_READ, anon | MAP_FIXED_NOREPLACE, -1, 0), EEXIST);
    CHECK(hinted[3 * page] == 'a', "a refused MAP_FIXED_NOREPLACE left the mapping alone");
    char *noreplace = mmap(hinted + 4 * page, page, PROT_READ, anon | MAP_FIXED_NOREPLACE, -1, 0);
    CHECK(noreplace == hinted + 4 * page, "MAP_FIXED_NOREPLACE on a free range maps there");
    CHECK_ERRNO(mmap(hinted + 1, page, PROT_READ, anon | MAP_FIXED, -1, 0), EINVAL);
    char *a = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    char *b = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    CHECK(a != MAP_FAILED && b != MAP_FAILED && (a + 3 * page <= b || b + 3 * page <= a),
          "two mappings without a hint do not overlap");
    CHECK(((unsigned long)a & (page - 1)) == 0, "mmap returns page-aligned addresses");
    return tap_done();
}
