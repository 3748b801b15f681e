// wait4(2) with WNOHANG returns 0 while a child is still running, and the child's pid once
// it has exited.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe(p);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[1]);
        char c;
        read(p[0], &c, 1);
        _exit(7);
    }
    close(p[0]);
    int status = 12345;
    CHECK(wait4(pid, &status, WNOHANG, NULL) == 0, "WNOHANG with the child blocked returns 0");
    CHECK(wait4(-1, &status, WNOHANG, NULL) == 0, "WNOHANG for any child returns 0 too");
    close(p[1]);
    CHECK(wait4(pid, &status, 0, NULL) == pid && WEXITSTATUS(status) == 7, "a blocking wait4 then reaps it");
    CHECK_ERRNO(wait4(-1, &status, WNOHANG, NULL), ECHILD);
    return tap_done();
}
