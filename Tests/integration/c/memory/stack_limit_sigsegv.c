// The stack grows only up to RLIMIT_STACK, read when it grows: a child that lowers its soft
// limit to 1 MiB and then recurses without end is killed by SIGSEGV, while a recursion that
// stays well inside the limit works.
#include "tap.h"
#include <sys/resource.h>

static __attribute__((noinline)) int recurse(int depth, int limit) {
    volatile char frame[1024];
    frame[0] = (char)depth;
    if (limit >= 0 && depth >= limit) return frame[0];
    return recurse(depth + 1, limit) + frame[0];
}

static int lower_limit(void) {
    struct rlimit limit = {1 << 20, RLIM_INFINITY};
    return setrlimit(RLIMIT_STACK, &limit);
}

static int bounded(void *arg) { (void)arg; if (lower_limit() != 0) return 2; recurse(0, 256); return 0; }
static int unbounded(void *arg) { (void)arg; if (lower_limit() != 0) return 2; recurse(0, -1); return 0; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_exited_with(tap_run_child(bounded, NULL), 0), "256 KiB of frames under a 1 MiB stack limit work");
    CHECK(tap_killed_by(tap_run_child(unbounded, NULL), SIGSEGV), "recursing past a 1 MiB stack limit raises SIGSEGV");
    return tap_done();
}
