// A child killed by a signal is reported with WIFSIGNALED and WTERMSIG (SIGKILL, SIGTERM,
// SIGUSR1 at their default actions), WIFEXITED false; the raw word is the signal number.
#include "tap.h"

static int killed_by(int sig) {
    pid_t pid = fork();
    if (pid == 0) {
        signal(sig, SIG_DFL);
        kill(getpid(), sig);
        _exit(0);
    }
    int status = -1;
    wait4(pid, &status, 0, NULL);
    return status;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int s = killed_by(SIGKILL);
    CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL && !WIFEXITED(s), "SIGKILL: WIFSIGNALED, WTERMSIG 9");
    s = killed_by(SIGTERM);
    CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM, "SIGTERM: WTERMSIG 15");
    s = killed_by(SIGUSR1);
    CHECK(s == SIGUSR1, "SIGUSR1: the raw status word is 10 (no core flag)");
    pid_t pid = fork();
    if (pid == 0) { pause(); _exit(0); }
    kill(pid, SIGKILL);
    int status;
    CHECK(waitpid(pid, &status, 0) == pid && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
          "a parent's kill(SIGKILL) ends a child blocked in pause()");
    return tap_done();
}
