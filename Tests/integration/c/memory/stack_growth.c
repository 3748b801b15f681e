// The stack grows on demand: a deep recursion using about 4 MiB of stack works, and so does
// one large frame touched from its far end first; the memory reads as zero when new.
#include "tap.h"

static int depth_reached;

static __attribute__((noinline)) int recurse(int depth) {
    volatile char frame[1024];
    frame[0] = (char)depth;
    frame[sizeof frame - 1] = (char)depth;
    if (depth > depth_reached) depth_reached = depth;
    int below = depth > 0 ? recurse(depth - 1) : 0;
    return below + (frame[0] == (char)depth && frame[sizeof frame - 1] == (char)depth ? 1 : 0);
}

static __attribute__((noinline)) int big_frame(void) {
    volatile char buffer[2 << 20];
    buffer[0] = 1;                   // the lowest address first: far below the stack's end
    buffer[sizeof buffer - 1] = 2;
    return buffer[0] + buffer[sizeof buffer - 1] + buffer[sizeof buffer / 2];
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(recurse(4000) == 4001, "a 4000-deep recursion with 1 KiB frames keeps every frame intact");
    CHECK(big_frame() == 3, "a 2 MiB frame touched from its lowest address works and reads zero in the middle");
    return tap_done();
}
