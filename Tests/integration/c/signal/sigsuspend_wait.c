// sigsuspend waits with a temporary mask: a signal blocked outside it is delivered inside,
// sigsuspend returns EINTR after the handler, and the old mask is back afterwards. Also
// wait4 over process groups: pid 0 (our group) and -pgid.
#include "tap.h"

static volatile int got;
static void handler(int sig) { got = sig; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    signal(SIGUSR1, handler);
    sigset_t block, empty, after;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigemptyset(&empty);
    sigprocmask(SIG_BLOCK, &block, NULL);
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        struct timespec ts = {0, 100 * 1000000L};
        nanosleep(&ts, NULL);
        kill(parent, SIGUSR1);
        _exit(0);
    }
    errno = 0;
    CHECK(sigsuspend(&empty) == -1 && errno == EINTR, "sigsuspend returns EINTR");
    CHECK(got == SIGUSR1, "the signal blocked outside was delivered inside");
    sigprocmask(SIG_BLOCK, NULL, &after);
    CHECK(sigismember(&after, SIGUSR1), "the old mask is restored");
    int status;
    CHECK(waitpid(0, &status, 0) == child, "waitpid(0) reaps a child of our group");

    child = fork();
    if (child == 0) { setpgid(0, 0); _exit(5); }
    setpgid(child, child);
    CHECK(waitpid(-child, &status, 0) == child && tap_exited_with(status, 5), "waitpid(-pgid) reaps from that group");
    child = fork();
    if (child == 0) { setpgid(0, 0); _exit(6); }
    setpgid(child, child);
    CHECK(waitpid(0, &status, WNOHANG) == -1 && errno == ECHILD, "waitpid(0) does not see a child in another group");
    waitpid(child, &status, 0);
    return tap_done();
}
