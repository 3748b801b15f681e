// wait4(-1) reaps every child exactly once, each with its own status; waiting for a
// specific pid picks that child even when others exited first.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    pid_t pids[5];
    for (int i = 0; i < 5; i++) {
        pids[i] = fork();
        if (pids[i] == 0) _exit(10 + i);
    }
    int status;
    CHECK(waitpid(pids[4], &status, 0) == pids[4] && WEXITSTATUS(status) == 14, "waitpid for the last child gets it");
    int seen[5] = {0, 0, 0, 0, 1}, ok = 1;
    for (int n = 0; n < 4; n++) {
        pid_t got = wait4(-1, &status, 0, NULL);
        int found = 0;
        for (int i = 0; i < 5; i++) {
            if (got == pids[i]) {
                found = 1;
                seen[i]++;
                if (WEXITSTATUS(status) != 10 + i) ok = 0;
            }
        }
        if (!found) ok = 0;
    }
    int once = 1;
    for (int i = 0; i < 5; i++) if (seen[i] != 1) once = 0;
    CHECK(ok && once, "wait4(-1) returns the other four, each once with its code");
    CHECK_ERRNO(wait4(-1, &status, 0, NULL), ECHILD);
    return tap_done();
}
