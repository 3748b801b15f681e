// Process groups and sessions: children inherit the group and session; setpgid(0, 0)
// makes a new group; setpgid errors EINVAL (negative), ESRCH (not self or child), EPERM
// (session leader, group in another session, child in another session), EACCES (child has
// exec'd); setsid makes a new session and fails with EPERM for a group leader; getsid and
// getpgid of a missing process are ESRCH; kill(-pgid) reaches the group.
#include "tap.h"

static void nap(int ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static int new_session(void *arg) {
    (void)arg;
    pid_t me = getpid();
    if (setsid() != me) return 1;
    if (getsid(0) != me || getpgrp() != me) return 2;
    if (setsid() != -1 || errno != EPERM) return 3;
    if (setpgid(0, 0) != -1 || errno != EPERM) return 4;    // a session leader cannot move
    return 0;
}

static int leader_setsid(void *arg) {
    (void)arg;
    if (setpgid(0, 0) != 0) return 1;
    if (setsid() != -1 || errno != EPERM) return 2;
    return 0;
}

static int other_session_group(void *arg) {
    pid_t parent_group = (pid_t)(long)arg;
    if (setsid() < 0) return 1;
    if (setpgid(0, parent_group) != -1 || errno != EPERM) return 2;   // group of another session
    return 0;
}

static int parent_not_child(void *arg) {
    (void)arg;
    return setpgid(getppid(), 0) == -1 && errno == ESRCH ? 0 : 1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    if (argc > 1 && strcmp(argv[1], "pause") == 0) { for (;;) pause(); }
    CHECK(getpgrp() == getpgid(0) && getpgid(getpid()) == getpgrp(), "getpgrp equals getpgid(0)");
    pid_t group = getpgrp(), session = getsid(0);
    int status;

    pid_t child = fork();
    if (child == 0) {
        int ok = getpgrp() == group && getsid(0) == session;
        if (setpgid(0, 0) != 0 || getpgrp() != getpid()) ok = 0;
        nap(300);
        _exit(ok ? 0 : 1);
    }
    nap(100);
    CHECK(getpgid(child) == child, "setpgid(0, 0) in the child makes its own group");
    CHECK(getsid(child) == session, "the child keeps the session");
    CHECK(waitpid(child, &status, 0) == child && tap_exited_with(status, 0), "the child inherited group and session");

    CHECK_ERRNO(setpgid(0, -1), EINVAL);
    CHECK(tap_exited_with(tap_run_child(parent_not_child, NULL), 0), "setpgid on our parent (not self, not a child) is ESRCH");
    CHECK_ERRNO(getpgid(child), ESRCH);
    CHECK_ERRNO(getsid(child), ESRCH);

    CHECK(tap_exited_with(tap_run_child(new_session, NULL), 0), "setsid: new session, then EPERM; a session leader cannot setpgid");
    CHECK(tap_exited_with(tap_run_child(leader_setsid, NULL), 0), "setsid by a group leader is EPERM");
    CHECK(tap_exited_with(tap_run_child(other_session_group, (void *)(long)group), 0),
          "joining a group of another session is EPERM");

    child = fork();
    if (child == 0) { setsid(); for (;;) pause(); }
    nap(100);
    CHECK_ERRNO(setpgid(child, child), EPERM);
    kill(child, SIGKILL);
    waitpid(child, &status, 0);

    child = fork();
    if (child == 0) {
        execl(tap_self, tap_self, "pause", (char *)NULL);
        _exit(127);
    }
    nap(300);
    CHECK_ERRNO(setpgid(child, child), EACCES);
    kill(child, SIGKILL);
    waitpid(child, &status, 0);

    // kill(-pgid) reaches every member of a group.
    pid_t a = fork();
    if (a == 0) { setpgid(0, 0); for (;;) pause(); }
    setpgid(a, a);
    pid_t b = fork();
    if (b == 0) { setpgid(0, a); for (;;) pause(); }
    setpgid(b, a);
    nap(100);
    CHECK_OK(kill(-a, SIGTERM));
    int sa = 0, sb = 0;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    CHECK(tap_killed_by(sa, SIGTERM) && tap_killed_by(sb, SIGTERM), "kill(-pgid) signals the whole group");
    return tap_done();
}
