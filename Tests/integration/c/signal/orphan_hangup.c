// When an exit leaves a process group orphaned while a member is stopped, the group gets
// SIGHUP and then SIGCONT (POSIX; Linux kill_orphaned_pgrp): here a middle process puts
// its child in a new group, the child stops itself, the middle process exits, and the
// child's SIGHUP handler reports back with SIGUSR1.
#include "tap.h"

static pid_t test_pid;
static volatile int reported, timed_out;
static void on_hup(int sig) {
    (void)sig;
    kill(test_pid, SIGUSR1);
    _exit(0);
}
static void on_usr1(int sig) { (void)sig; reported = 1; }
static void on_alarm(int sig) { (void)sig; timed_out = 1; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    test_pid = getpid();
    signal(SIGUSR1, on_usr1);
    signal(SIGALRM, on_alarm);
    sigset_t block, empty;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigemptyset(&empty);
    sigprocmask(SIG_BLOCK, &block, NULL);
    pid_t middle = fork();
    if (middle == 0) {
        pid_t child = fork();
        if (child == 0) {
            signal(SIGHUP, on_hup);
            setpgid(0, 0);
            raise(SIGSTOP);
            _exit(3);   // continued without SIGHUP: no report, the case fails below
        }
        setpgid(child, child);
        int status;
        waitpid(child, &status, WUNTRACED);   // stopped: now leave it orphaned
        _exit(WIFSTOPPED(status) ? 0 : 1);
    }
    int status;
    CHECK(waitpid(middle, &status, 0) == middle && tap_exited_with(status, 0), "the grandchild stopped before its parent exited");
    alarm(10);
    while (!reported && !timed_out) sigsuspend(&empty);
    alarm(0);
    CHECK(reported, "the stopped grandchild got SIGHUP (and SIGCONT) when its group was orphaned");
    return tap_done();
}
