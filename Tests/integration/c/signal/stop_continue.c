// SIGSTOP stops a child: wait4 with WUNTRACED reports 0x7f | SIGSTOP << 8 once; SIGCONT
// continues it and WCONTINUED reports 0xffff; SIGTSTP at its default stops too; SIGKILL
// ends a stopped child. Without WUNTRACED a stop is not reported (WNOHANG gives 0). In an
// orphaned process group (here: a new session) SIGTSTP does not stop; SIGTSTP is checked
// in a group whose parent is in another group of the session, which is not orphaned
// (a child of init never guards its group, so that check runs one generation down).
#include "tap.h"

static pid_t spawn_sleeper(void) {
    pid_t pid = fork();
    if (pid == 0) {
        for (;;) pause();
    }
    return pid;
}

static void nap(int ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/// In a forked helper: a grandchild in its own group gets SIGTSTP and stops.
static int tstp_in_guarded_group(void *arg) {
    (void)arg;
    pid_t g = fork();
    if (g == 0) { setpgid(0, 0); for (;;) pause(); }
    setpgid(g, g);
    nap(50);
    alarm(10);
    int status = 0, ok = 0;
    kill(g, SIGTSTP);
    if (waitpid(g, &status, WUNTRACED) == g && WIFSTOPPED(status) && WSTOPSIG(status) == SIGTSTP) ok = 1;
    kill(g, SIGKILL);
    waitpid(g, &status, 0);
    return ok ? 0 : 1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status = 0;
    pid_t child = spawn_sleeper();
    CHECK(child > 0, "fork");
    CHECK_OK(kill(child, SIGSTOP));
    CHECK(waitpid(child, &status, WUNTRACED) == child, "waitpid(WUNTRACED) returns the stopped child");
    CHECK(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP && status == 0x137f, "the status is 0x7f | SIGSTOP << 8");
    CHECK(waitpid(child, &status, WUNTRACED | WNOHANG) == 0, "the stop is reported only once");
    CHECK_OK(kill(child, SIGCONT));
    CHECK(waitpid(child, &status, WCONTINUED) == child, "waitpid(WCONTINUED) returns the continued child");
    CHECK(WIFCONTINUED(status) && status == 0xffff, "the status is 0xffff");
    CHECK_OK(kill(child, SIGSTOP));
    CHECK(waitpid(child, &status, WUNTRACED) == child && WIFSTOPPED(status), "stopped again");
    CHECK(waitpid(child, &status, WNOHANG) == 0, "without WUNTRACED a stopped child is not reported");
    CHECK_OK(kill(child, SIGKILL));
    CHECK(waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
          "SIGKILL ends a stopped child");
    CHECK(tap_exited_with(tap_run_child(tstp_in_guarded_group, NULL), 0), "SIGTSTP at its default stops");

    // A session leader's group is orphaned: its parent is in another session.
    pid_t orphan = fork();
    if (orphan == 0) { setsid(); for (;;) pause(); }
    nap(100);
    CHECK_OK(kill(orphan, SIGTSTP));
    nap(100);
    CHECK(waitpid(orphan, &status, WUNTRACED | WNOHANG) == 0, "SIGTSTP does not stop an orphaned process group");
    CHECK_OK(kill(orphan, SIGSTOP));
    CHECK(waitpid(orphan, &status, WUNTRACED) == orphan && WIFSTOPPED(status), "SIGSTOP still does");
    kill(orphan, SIGKILL);
    waitpid(orphan, &status, 0);
    return tap_done();
}
