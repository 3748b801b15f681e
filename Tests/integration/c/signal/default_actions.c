// Default actions, each in a child (PID 1 is immune to default actions on Linux): SIGTERM
// and SIGUSR1 terminate (wait status = the signal), SIGCHLD and SIGURG are ignored, SIGKILL
// kills even when the child blocks everything, SIGSEGV from raise terminates.
#include "tap.h"

static int self_signal(void *arg) {
    kill(getpid(), (int)(long)arg);
    return 0;
}

static int blocked_kill(void *arg) {
    (void)arg;
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    signal(SIGTERM, SIG_IGN);
    kill(getpid(), SIGKILL);
    return 0;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_killed_by(tap_run_child(self_signal, (void *)(long)SIGTERM), SIGTERM), "SIGTERM terminates");
    CHECK(tap_killed_by(tap_run_child(self_signal, (void *)(long)SIGUSR1), SIGUSR1), "SIGUSR1 terminates");
    CHECK(tap_killed_by(tap_run_child(self_signal, (void *)(long)SIGRTMIN), SIGRTMIN), "a real-time signal terminates");
    CHECK(tap_exited_with(tap_run_child(self_signal, (void *)(long)SIGCHLD), 0), "SIGCHLD is ignored by default");
    CHECK(tap_exited_with(tap_run_child(self_signal, (void *)(long)SIGURG), 0), "SIGURG is ignored by default");
    CHECK(tap_exited_with(tap_run_child(self_signal, (void *)(long)SIGCONT), 0), "SIGCONT on a running process does nothing");
    CHECK(tap_killed_by(tap_run_child(blocked_kill, NULL), SIGKILL), "SIGKILL kills through a full mask");
    int status = tap_run_child(self_signal, (void *)(long)SIGSEGV);
    CHECK(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV, "SIGSEGV terminates");
    return tap_done();
}
