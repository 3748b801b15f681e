// wait4(2) with no children fails with ECHILD, as does waiting for a pid that is not our
// child (our parent, or our own pid); an unknown option fails with EINVAL.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status;
    CHECK_ERRNO(wait4(-1, &status, 0, NULL), ECHILD);
    CHECK_ERRNO(wait4(getppid(), &status, 0, NULL), ECHILD);
    CHECK_ERRNO(wait4(getpid(), &status, 0, NULL), ECHILD);
    CHECK_ERRNO(wait4(-1, &status, 0x10000, NULL), EINVAL);
    return tap_done();
}
