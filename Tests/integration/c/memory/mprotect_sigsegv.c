// mprotect: a read-only page can be read but writing it kills a child with SIGSEGV; a
// PROT_NONE page cannot even be read; giving the rights back restores access and the data.
#include "tap.h"

static char *region;
static long page;

static int write_first(void *arg) { (void)arg; region[0] = 'w'; return 0; }
static int read_second(void *arg) { (void)arg; return region[page] == 'x' ? 0 : 1; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    page = sysconf(_SC_PAGESIZE);
    region = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(region != MAP_FAILED, "mmap 2 pages read-write");
    memset(region, 'x', 2 * page);
    CHECK(mprotect(region, page, PROT_READ) == 0, "mprotect the first page read-only");
    CHECK(region[5] == 'x', "a read-only page can be read");
    CHECK(tap_killed_by(tap_run_child(write_first, NULL), SIGSEGV), "writing a read-only page raises SIGSEGV");
    CHECK(mprotect(region + page, page, PROT_NONE) == 0, "mprotect the second page PROT_NONE");
    CHECK(tap_killed_by(tap_run_child(read_second, NULL), SIGSEGV), "reading a PROT_NONE page raises SIGSEGV");
    CHECK(mprotect(region, 2 * page, PROT_READ | PROT_WRITE) == 0, "mprotect both back to read-write");
    region[0] = 'y';
    CHECK(region[0] == 'y' && region[page] == 'x' && region[2 * page - 1] == 'x', "writes work again and the data survived");
    return tap_done();
}
