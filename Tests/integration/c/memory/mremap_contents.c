// mremap keeps the contents: shrinking drops the tail, growing in place keeps the address,
// MREMAP_MAYMOVE moves when the space after is taken, MREMAP_FIXED moves to the given
// address; the old range of a moved mapping is gone.
#include "tap.h"

static char *gone;
static int touch_gone(void *arg) { (void)arg; return gone[0]; }

static int filled(const char *p, long n, char c) {
    for (long i = 0; i < n; i++) if (p[i] != c) return 0;
    return 1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    const int anon = MAP_PRIVATE | MAP_ANONYMOUS;
    char *p = mmap(NULL, 8 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    CHECK(p != MAP_FAILED, "mmap 8 pages");
    munmap(p + 4 * page, 4 * page);   // room to grow in place
    memset(p, 'g', 4 * page);
    char *in_place = mremap(p, 4 * page, 6 * page, 0);
    CHECK(in_place == p, "growing into free space keeps the address");
    CHECK(filled(p, 4 * page, 'g') && p[6 * page - 1] == 0, "the old contents stay, the new pages read as zero");
    char *shrunk = mremap(p, 6 * page, 2 * page, 0);
    CHECK(shrunk == p && filled(p, 2 * page, 'g'), "shrinking keeps the address and the head");
    char *blocker = mmap(p + 2 * page, page, PROT_READ, anon | MAP_FIXED, -1, 0);
    CHECK(blocker == p + 2 * page, "map a page right after it");
    CHECK_ERRNO(mremap(p, 2 * page, 4 * page, 0), ENOMEM);
    char *moved = mremap(p, 2 * page, 64 * page, MREMAP_MAYMOVE);
    CHECK(moved != MAP_FAILED && moved != p, "MREMAP_MAYMOVE moves the mapping");
    CHECK(filled(moved, 2 * page, 'g') && moved[64 * page - 1] == 0, "the moved mapping keeps its contents");
    gone = p;
    CHECK(tap_killed_by(tap_run_child(touch_gone, NULL), SIGSEGV), "the old range is unmapped after the move");
    char *target = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    memset(target, 'o', 4 * page);
    char *fixed = mremap(moved, 64 * page, 4 * page, MREMAP_MAYMOVE | MREMAP_FIXED, target);
    CHECK(fixed == target, "MREMAP_FIXED moves to the given address, replacing what was there");
    CHECK(filled(fixed, 2 * page, 'g') && fixed[3 * page] == 0, "and keeps the contents");
    return tap_done();
}
