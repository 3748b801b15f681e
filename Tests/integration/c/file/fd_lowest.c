// open(2) returns the lowest descriptor not in use.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int a = open(tap_tmpdir(), O_RDONLY);
    int b = open(tap_tmpdir(), O_RDONLY);
    int c = open(tap_tmpdir(), O_RDONLY);
    CHECK(a >= 3 && b == a + 1 && c == b + 1, "three opens return consecutive descriptors");
    close(b);
    int d = open(tap_tmpdir(), O_RDONLY);
    CHECK(d == b, "after closing the middle one, the next open reuses it");
    close(0);
    int e = open(tap_tmpdir(), O_RDONLY);
    CHECK(e == 0, "with 0 closed, open returns 0");
    return tap_done();
}
