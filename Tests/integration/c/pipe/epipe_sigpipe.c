// Writing to a pipe with no reader raises SIGPIPE (killing the writer by default); with
// SIGPIPE ignored the write fails with EPIPE.
#include "tap.h"

static int write_without_reader(void *arg) {
    (void)arg;
    int p[2];
    pipe(p);
    close(p[0]);
    write(p[1], "x", 1);
    return 0;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    signal(SIGPIPE, SIG_DFL);
    int status = tap_run_child(write_without_reader, NULL);
    CHECK(tap_killed_by(status, SIGPIPE), "the default action of SIGPIPE kills the writer");
    signal(SIGPIPE, SIG_IGN);
    int p[2];
    pipe(p);
    close(p[0]);
    CHECK_ERRNO(write(p[1], "x", 1), EPIPE);
    return tap_done();
}
