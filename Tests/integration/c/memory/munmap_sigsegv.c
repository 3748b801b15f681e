// After munmap, touching the unmapped page kills a child with SIGSEGV, while the pages
// around the hole keep working; a second munmap of the same range succeeds.
#include "tap.h"

static char *region;
static long page;

static int touch_hole(void *arg) { (void)arg; region[page] = 1; return 0; }
static int read_hole(void *arg) { (void)arg; return region[page + 7]; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    page = sysconf(_SC_PAGESIZE);
    region = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(region != MAP_FAILED, "mmap 3 pages");
    memset(region, 'm', 3 * page);
    CHECK(munmap(region + page, page) == 0, "munmap the middle page");
    CHECK(tap_killed_by(tap_run_child(touch_hole, NULL), SIGSEGV), "writing the unmapped page raises SIGSEGV");
    CHECK(tap_killed_by(tap_run_child(read_hole, NULL), SIGSEGV), "reading the unmapped page raises SIGSEGV");
    CHECK(region[page - 1] == 'm' && region[2 * page] == 'm', "the pages beside the hole keep their data");
    CHECK(munmap(region + page, page) == 0, "unmapping a hole again succeeds");
    return tap_done();
}
