// lseek(2) on a pipe fails with ESPIPE.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    CHECK_OK(pipe(p));
    CHECK_ERRNO(lseek(p[0], 0, SEEK_SET), ESPIPE);
    CHECK_ERRNO(lseek(p[1], 0, SEEK_CUR), ESPIPE);
    return tap_done();
}
