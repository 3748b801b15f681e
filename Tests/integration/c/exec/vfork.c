// vfork(2) and clone(CLONE_VM|CLONE_VFORK) as posix_spawn uses them: the parent resumes only
// after the child execs or exits, and gets the child's status back. Meanwhile the parent's
// sleep is one no signal ends: /proc shows it as D, the sleeping child as S.
#include "tap.h"
#include <spawn.h>

/// How long the vfork child sleeps while its parent's state is read.
static const long child_sleep_ns = 300000000;

/// Forks a process that vforks a child sleeping `child_sleep_ns`; reads the states of the
/// blocked parent and of the child until they show D and S (or a second has passed).
static void check_vfork_parent_state(void) {
    int report[2];
    if (pipe(report) != 0) { CHECK(0, "pipe for the vfork states"); return; }
    pid_t middle = fork();
    if (middle == 0) {
        close(report[0]);
        pid_t child = vfork();
        if (child == 0) {
            pid_t me = (pid_t)syscall(SYS_getpid);
            struct timespec pause = {0, child_sleep_ns};
            syscall(SYS_write, report[1], &me, sizeof me);
            syscall(SYS_nanosleep, &pause, NULL);
            _exit(0);
        }
        int status;
        _exit(child > 0 && waitpid(child, &status, 0) == child && tap_exited_with(status, 0) ? 0 : 1);
    }
    close(report[1]);
    pid_t child = 0;
    ssize_t got = middle > 0 ? read(report[0], &child, sizeof child) : -1;
    close(report[0]);
    // The child may still be running (it just wrote), so each state is waited for.
    char parent_state = 0, child_state = 0;
    for (int tries = 0; got == sizeof child && tries < 100 && (parent_state != 'D' || child_state != 'S'); tries++) {
        if (parent_state != 'D') parent_state = tap_proc_state(middle);
        if (child_state != 'S') child_state = tap_proc_state(child);
        usleep(10000);
    }
    int status = -1;
    if (middle > 0) waitpid(middle, &status, 0);
    CHECK(parent_state == 'D', "a vfork parent waiting for its child is in state D (uninterruptible)");
    CHECK(child_state == 'S', "the vfork child asleep in nanosleep is in state S");
    CHECK(tap_exited_with(status, 0), "the parent resumed once the child exited");
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--exit7") == 0) return 7;
    tap_init(argc, argv);
    pid_t pid = vfork();
    if (pid == 0) _exit(5);
    int status;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && tap_exited_with(status, 5), "vfork child _exits with 5");
    pid = vfork();
    if (pid == 0) {
        char *args[] = {tap_self, "--exit7", NULL};
        execve(tap_self, args, NULL);
        _exit(99);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && tap_exited_with(status, 7), "vfork child execs a program that exits 7");
    char *args[] = {tap_self, "--exit7", NULL};
    CHECK(posix_spawn(&pid, tap_self, NULL, NULL, args, NULL) == 0, "posix_spawn starts the program");
    CHECK(waitpid(pid, &status, 0) == pid && tap_exited_with(status, 7), "posix_spawn's child exits 7");
    char *missing[] = {"/nonexistent/program", NULL};
    CHECK(posix_spawn(&pid, missing[0], NULL, NULL, missing, NULL) == ENOENT, "posix_spawn reports ENOENT from the child's exec");
    check_vfork_parent_state();
    return tap_done();
}
