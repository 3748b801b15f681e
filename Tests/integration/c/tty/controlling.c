// The controlling terminal (Linux tty_io.c, tty_jobctrl.c): a session leader acquires the
// terminal it opens without O_NOCTTY; TIOCGSID/TIOCGPGRP are ENOTTY for a terminal that is
// not the caller's; /dev/tty opens it or is ENXIO; TIOCSCTTY and its EPERM cases; TIOCNOTTY;
// setsid detaches; TIOCSPGRP stays inside the session. Each scenario runs in a fresh child
// that makes its own session (the console on Apus, a pseudo-terminal on the host) and
// returns the number of the first step that failed.
#include "tty_helpers.h"
#include <sys/wait.h>

#define STEP(n, cond) do { if (!(cond)) return (n); } while (0)

static int wait_for(pid_t pid) {
    int status;
    return waitpid(pid, &status, 0) == pid ? status : -1;
}

static int acquire_on_open(void *unused) {
    (void)unused;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(0);
    STEP(2, fd >= 0);
    pid_t sid = -1;
    STEP(3, ioctl(fd, TIOCGSID, &sid) == 0 && sid == getpid());
    STEP(4, tcgetpgrp(fd) == getpgrp());
    int tty = open("/dev/tty", O_RDWR);
    STEP(5, tty >= 0 && isatty(tty));
    STEP(6, ioctl(fd, TIOCSCTTY, 0) == 0);          // already ours
    return 0;
}

static int noctty_then_tiocsctty(void *unused) {
    (void)unused;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(1);
    STEP(2, fd >= 0);
    pid_t value;
    STEP(3, ioctl(fd, TIOCGSID, &value) == -1 && errno == ENOTTY);
    STEP(4, ioctl(fd, TIOCGPGRP, &value) == -1 && errno == ENOTTY);
    STEP(5, open("/dev/tty", O_RDWR) == -1 && errno == ENXIO);
    value = getpgrp();
    STEP(6, ioctl(fd, TIOCSPGRP, &value) == -1 && errno == ENOTTY);
    STEP(7, ioctl(fd, TIOCSCTTY, 0) == 0);
    STEP(8, tcgetsid(fd) == getpid());
    // A non-leader of the session is refused, even though the terminal is its session's.
    pid_t child = fork();
    if (child == 0) _exit(ioctl(fd, TIOCSCTTY, 0) == -1 && errno == EPERM ? 0 : 1);
    STEP(9, tap_exited_with(wait_for(child), 0));
    return 0;
}

/// A second session may not take a terminal the first holds (EPERM); root may steal it
/// with arg 1, and the first session's leader then has none.
static int other_session(void *unused) {
    (void)unused;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(0);
    STEP(2, fd >= 0 && tcgetsid(fd) == getpid());
    pid_t child = fork();
    if (child == 0) {
        if (setsid() < 0) _exit(1);
        if (!(ioctl(fd, TIOCSCTTY, 0) == -1 && errno == EPERM)) _exit(2);
        if (geteuid() != 0) _exit(0);
        if (ioctl(fd, TIOCSCTTY, 1) != 0) _exit(3);
        if (tcgetsid(fd) != getpid()) _exit(4);
        _exit(0);
    }
    STEP(3, tap_exited_with(wait_for(child), 0));
    if (geteuid() == 0) {
        pid_t sid;
        STEP(4, ioctl(fd, TIOCGSID, &sid) == -1 && errno == ENOTTY);
    }
    return 0;
}

/// setsid detaches: a child of the session has the terminal, its own new session has not.
static int setsid_detaches(void *unused) {
    (void)unused;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(0);
    STEP(2, fd >= 0);
    pid_t child = fork();
    if (child == 0) {
        int tty = open("/dev/tty", O_RDWR);
        if (tty < 0) _exit(2);
        close(tty);
        if (setsid() < 0) _exit(3);
        if (!(open("/dev/tty", O_RDWR) == -1 && errno == ENXIO)) _exit(4);
        pid_t group;
        if (!(ioctl(fd, TIOCGPGRP, &group) == -1 && errno == ENOTTY)) _exit(5);
        _exit(0);
    }
    STEP(3, tap_exited_with(wait_for(child), 0));
    return 0;
}

/// TIOCSPGRP: EINVAL negative, ESRCH for no such group, EPERM for a group of another
/// session; a group of the session becomes the foreground.
static int set_foreground(void *arg) {
    pid_t outside = *(pid_t *)arg;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(0);
    STEP(2, fd >= 0);
    pid_t bad = -1;
    STEP(3, ioctl(fd, TIOCSPGRP, &bad) == -1 && errno == EINVAL);
    pid_t gone = fork();
    if (gone == 0) _exit(0);
    wait_for(gone);
    STEP(4, tcsetpgrp(fd, gone) == -1 && errno == ESRCH);
    STEP(5, tcsetpgrp(fd, outside) == -1 && errno == EPERM);
    pid_t child = fork();
    if (child == 0) { setpgid(0, 0); for (;;) pause(); }
    setpgid(child, child);
    STEP(6, tcsetpgrp(fd, child) == 0 && tcgetpgrp(fd) == child);
    kill(child, SIGKILL);
    wait_for(child);
    return 0;
}

/// TIOCNOTTY: by the leader, the session loses the terminal and the foreground group gets
/// SIGHUP; then it is ENOTTY.
static int notty(void *unused) {
    (void)unused;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(0);
    STEP(2, fd >= 0);
    pid_t child = fork();
    if (child == 0) { setpgid(0, 0); for (;;) pause(); }
    setpgid(child, child);
    STEP(3, tcsetpgrp(fd, child) == 0);
    STEP(4, ioctl(fd, TIOCNOTTY) == 0);
    STEP(5, tap_killed_by(wait_for(child), SIGHUP));
    pid_t sid;
    STEP(6, ioctl(fd, TIOCGSID, &sid) == -1 && errno == ENOTTY);
    STEP(7, ioctl(fd, TIOCNOTTY) == -1 && errno == ENOTTY);
    STEP(8, open("/dev/tty", O_RDWR) == -1 && errno == ENXIO);
    return 0;
}

static int hangup_pipe = -1;
static void on_hangup(int signal) {
    (void)signal;
    write(hangup_pipe, "H", 1);
    _exit(0);
}

/// The session leader exits: its foreground group gets SIGHUP.
static int leader_exit(void *arg) {
    int *p = arg;
    STEP(1, setsid() == getpid());
    int fd = tap_session_tty(0);
    STEP(2, fd >= 0);
    pid_t child = fork();
    if (child == 0) {
        hangup_pipe = p[1];
        signal(SIGHUP, on_hangup);
        setpgid(0, 0);
        write(p[1], "R", 1);
        for (;;) pause();
    }
    setpgid(child, child);
    char ready;
    STEP(3, read(p[0], &ready, 1) == 1);
    STEP(4, tcsetpgrp(fd, child) == 0);
    return 0;   // the exit hangs up the foreground group
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status = tap_run_child(acquire_on_open, NULL);
    CHECK(tap_exited_with(status, 0), "a session leader acquires the terminal it opens; TIOCGSID, TIOCGPGRP, /dev/tty");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    status = tap_run_child(noctty_then_tiocsctty, NULL);
    CHECK(tap_exited_with(status, 0), "O_NOCTTY: ENOTTY, /dev/tty ENXIO; TIOCSCTTY acquires; a non-leader gets EPERM");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    status = tap_run_child(other_session, NULL);
    CHECK(tap_exited_with(status, 0), "TIOCSCTTY on another session's terminal is EPERM (root steals with arg 1)");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    status = tap_run_child(setsid_detaches, NULL);
    CHECK(tap_exited_with(status, 0), "children share the terminal; setsid detaches (/dev/tty ENXIO)");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    pid_t outside = getpgrp();
    status = tap_run_child(set_foreground, &outside);
    CHECK(tap_exited_with(status, 0), "TIOCSPGRP: EINVAL, ESRCH, EPERM for another session's group, else the foreground");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    status = tap_run_child(notty, NULL);
    CHECK(tap_exited_with(status, 0), "TIOCNOTTY by the leader: SIGHUP to the foreground group, then ENOTTY");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    int p[2];
    CHECK_OK(pipe(p));
    status = tap_run_child(leader_exit, p);
    CHECK(tap_exited_with(status, 0), "the session leader set a foreground group and exited");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WEXITSTATUS(status));
    close(p[1]);
    char got = 0;
    CHECK(read(p[0], &got, 1) == 1 && got == 'H', "the leader's exit sent SIGHUP to the foreground group");
    return tap_done();
}
