// SIGCHLD: the parent's handler gets CLD_EXITED with the child's pid and exit code,
// CLD_KILLED with the signal, CLD_STOPPED/CLD_CONTINUED (not with SA_NOCLDSTOP). With
// SIGCHLD at SIG_IGN or SA_NOCLDWAIT children are reaped by the kernel and wait4 returns
// ECHILD.
#include "tap.h"

static volatile int codes[8], statuses[8], pids[8], count;

static void on_child(int sig, siginfo_t *info, void *uc) {
    (void)sig; (void)uc;
    if (count < 8) {
        codes[count] = info->si_code;
        statuses[count] = info->si_status;
        pids[count] = info->si_pid;
        count++;
    }
}

static void nap(int ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

static void install(int flags, void (*handler)(int)) {
    struct sigaction sa = {0};
    if (handler) sa.sa_handler = handler; else sa.sa_sigaction = on_child;
    sa.sa_flags = flags | (handler ? 0 : SA_SIGINFO);
    sigaction(SIGCHLD, &sa, NULL);
}


int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status;
    install(0, NULL);
    pid_t child = fork();
    if (child == 0) _exit(7);
    waitpid(child, &status, 0);
    CHECK(count == 1 && codes[0] == CLD_EXITED && statuses[0] == 7 && pids[0] == child,
          "CLD_EXITED with the pid and exit code");

    count = 0;
    child = fork();
    if (child == 0) { for (;;) pause(); }
    kill(child, SIGSTOP);
    waitpid(child, &status, WUNTRACED);
    kill(child, SIGCONT);
    waitpid(child, &status, WCONTINUED);
    // Linux sends CLD_CONTINUED when the child next runs, after wait4 can already see
    // it: give it the chance before killing it (and so the two SIGCHLDs do not merge).
    for (int i = 0; i < 100 && count < 2; i++) nap(10);
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    CHECK(count == 3 && codes[0] == CLD_STOPPED && statuses[0] == SIGSTOP, "CLD_STOPPED with the stop signal");
    CHECK(codes[1] == CLD_CONTINUED && statuses[1] == SIGCONT, "CLD_CONTINUED");
    CHECK(codes[2] == CLD_KILLED && statuses[2] == SIGKILL, "CLD_KILLED with the signal");

    install(SA_NOCLDSTOP, NULL);
    count = 0;
    child = fork();
    if (child == 0) { for (;;) pause(); }
    kill(child, SIGSTOP);
    waitpid(child, &status, WUNTRACED);
    CHECK(count == 0 && WIFSTOPPED(status), "SA_NOCLDSTOP: no SIGCHLD for a stop, wait4 still sees it");
    kill(child, SIGKILL);
    waitpid(child, &status, 0);

    install(0, SIG_IGN);
    child = fork();
    if (child == 0) _exit(1);
    nap(200);
    errno = 0;
    CHECK(waitpid(child, &status, 0) == -1 && errno == ECHILD, "SIGCHLD at SIG_IGN: the child is reaped, wait4 says ECHILD");

    install(SA_NOCLDWAIT, NULL);
    count = 0;
    child = fork();
    if (child == 0) _exit(1);
    nap(200);
    errno = 0;
    CHECK(waitpid(child, &status, 0) == -1 && errno == ECHILD, "SA_NOCLDWAIT: wait4 says ECHILD");
    CHECK(count == 1 && codes[0] == CLD_EXITED, "SA_NOCLDWAIT with a handler still sends SIGCHLD");
    return tap_done();
}
