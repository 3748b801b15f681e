// pipe2(2) with O_CLOEXEC marks both ends FD_CLOEXEC, without it neither; an unknown flag
// fails with EINVAL.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2], q[2];
    CHECK_OK(pipe2(p, O_CLOEXEC));
    CHECK(fcntl(p[0], F_GETFD) == FD_CLOEXEC && fcntl(p[1], F_GETFD) == FD_CLOEXEC, "O_CLOEXEC sets FD_CLOEXEC on both ends");
    CHECK_OK(pipe2(q, 0));
    CHECK(fcntl(q[0], F_GETFD) == 0 && fcntl(q[1], F_GETFD) == 0, "without it neither end is close-on-exec");
    CHECK((fcntl(q[0], F_GETFL) & O_ACCMODE) == O_RDONLY && (fcntl(q[1], F_GETFL) & O_ACCMODE) == O_WRONLY,
          "the read end is O_RDONLY and the write end O_WRONLY");
    CHECK_ERRNO(pipe2(q, O_APPEND), EINVAL);
    return tap_done();
}
