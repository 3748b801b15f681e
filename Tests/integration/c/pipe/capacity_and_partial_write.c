// A pipe holds 65536 bytes (16 pages). A non-blocking write larger than the room left
// writes what fits and returns that count (70000 into an empty pipe: 65536; 8192 with one
// page free: 4096); into a full pipe it fails with EAGAIN.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    static char block[70000];
    int p[2];
    CHECK_OK(pipe2(p, O_NONBLOCK));
    CHECK(write(p[1], block, sizeof block) == 65536, "70000 bytes into an empty pipe: 65536 written");
    CHECK_ERRNO(write(p[1], block, 1), EAGAIN);
    static char sink[70000];
    CHECK(read(p[0], sink, sizeof sink) == 65536, "65536 bytes come back out");
    CHECK_ERRNO(read(p[0], sink, 1), EAGAIN);
    CHECK(write(p[1], block, 65536 - 4096) == 65536 - 4096, "fill all but one page");
    CHECK(write(p[1], block, 8192) == 4096, "an 8192-byte write with one page free writes 4096");
    CHECK_ERRNO(write(p[1], block, 4096), EAGAIN);
    return tap_done();
}
