// execve resets caught signals to SIG_DFL and keeps SIG_IGN, keeps the mask and pending
// signals, and clears the alternate stack. The check runs in the exec'd image (this
// program run again with "check") and is reported through the exit status bits.
#include "tap.h"

static void handler(int sig) { (void)sig; }
static char altstack[16384];

static int check(void) {
    int bad = 0;
    struct sigaction sa;
    sigaction(SIGUSR1, NULL, &sa);
    if (sa.sa_handler != SIG_DFL) bad |= 1;
    sigaction(SIGUSR2, NULL, &sa);
    if (sa.sa_handler != SIG_IGN) bad |= 2;
    sigset_t mask, pending;
    sigprocmask(SIG_BLOCK, NULL, &mask);
    if (!sigismember(&mask, SIGTERM)) bad |= 4;
    sigpending(&pending);
    if (!sigismember(&pending, SIGTERM)) bad |= 8;
    stack_t ss;
    sigaltstack(NULL, &ss);
    if (ss.ss_flags != SS_DISABLE) bad |= 16;
    return bad;
}

static int prepare_and_exec(void *arg) {
    (void)arg;
    signal(SIGUSR1, handler);
    signal(SIGUSR2, SIG_IGN);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigprocmask(SIG_BLOCK, &set, NULL);
    kill(getpid(), SIGTERM);
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    execl(tap_self, tap_self, "check", (char *)NULL);
    return 100;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    if (argc > 1 && strcmp(argv[1], "check") == 0) return check();
    int status = tap_run_child(prepare_and_exec, NULL);
    CHECK(status != -1 && WIFEXITED(status) && WEXITSTATUS(status) != 100, "the self-exec ran");
    int bits = WIFEXITED(status) ? WEXITSTATUS(status) : 255;
    CHECK(!(bits & 1), "a caught signal is reset to SIG_DFL");
    CHECK(!(bits & 2), "SIG_IGN is kept");
    CHECK(!(bits & 4), "the mask is kept");
    CHECK(!(bits & 8), "a pending signal stays pending");
    CHECK(!(bits & 16), "the alternate stack is cleared");
    return tap_done();
}
