// Background process groups on the controlling terminal (Linux n_tty_read/n_tty_write and
// __tty_check_change): a read stops the group with SIGTTIN (EIO when SIGTTIN is ignored or
// the group is orphaned); a write stops it with SIGTTOU only when TOSTOP is set; tcsetattr
// stops it with SIGTTOU unless SIGTTOU is ignored. The leader's session holds the terminal
// (the console on Apus, a pseudo-terminal on the host); each background child reports
// through its exit status or a stop.
#include "tty_helpers.h"
#include <sys/wait.h>

#define STEP(n, cond) do { if (!(cond)) return (n); } while (0)

static int tty_fd = -1;

/// Forks a child into a background group of its own that runs `body`; returns its pid.
static pid_t background(int (*body)(void)) {
    pid_t child = fork();
    if (child == 0) {
        setpgid(0, 0);
        _exit(body());
    }
    setpgid(child, child);
    return child;
}

static int bg_read(void) { char c; return read(tty_fd, &c, 1) == -1 ? errno : 0; }
static int bg_write(void) { return write(tty_fd, "# background write\n", 19) == 19 ? 0 : 100 + errno; }
static int bg_tcsetattr(void) {
    struct termios t;
    if (tcgetattr(tty_fd, &t) != 0) return 99;
    return tcsetattr(tty_fd, TCSANOW, &t) == 0 ? 0 : 100 + errno;
}
static int bg_read_ignoring(void) { signal(SIGTTIN, SIG_IGN); return bg_read(); }
static int bg_tcsetattr_ignoring(void) { signal(SIGTTOU, SIG_IGN); return bg_tcsetattr(); }
static int bg_read_blocking(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTTIN);
    sigprocmask(SIG_BLOCK, &set, NULL);
    return bg_read();
}

/// Whether `child` stops with `sig`; it is killed afterwards.
static int stops_with(pid_t child, int sig) {
    int status;
    int ok = waitpid(child, &status, WUNTRACED) == child && WIFSTOPPED(status) && WSTOPSIG(status) == sig;
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    return ok;
}

static int exits_with(pid_t child, int code) {
    int status;
    return waitpid(child, &status, 0) == child && tap_exited_with(status, code);
}

static int session(void *unused) {
    (void)unused;
    STEP(1, setsid() == getpid());
    tty_fd = tap_session_tty(0);
    STEP(2, tty_fd >= 0 && tcgetpgrp(tty_fd) == getpgrp());
    STEP(3, stops_with(background(bg_read), SIGTTIN));
    STEP(4, exits_with(background(bg_read_ignoring), EIO));
    STEP(5, exits_with(background(bg_read_blocking), EIO));
    STEP(6, exits_with(background(bg_write), 0));                 // no TOSTOP: writes go out
    struct termios t, saved;
    STEP(7, tcgetattr(tty_fd, &saved) == 0);
    t = saved;
    t.c_lflag |= TOSTOP;
    STEP(8, tcsetattr(tty_fd, TCSANOW, &t) == 0);
    STEP(9, stops_with(background(bg_write), SIGTTOU));
    STEP(10, tcsetattr(tty_fd, TCSANOW, &saved) == 0);
    STEP(11, stops_with(background(bg_tcsetattr), SIGTTOU));
    STEP(12, exits_with(background(bg_tcsetattr_ignoring), 0));
    // Orphaned: a group whose only member's parent left the session's other groups.
    int p[2];
    STEP(13, pipe(p) == 0);
    pid_t middle = fork();
    if (middle == 0) {
        // `middle` is 0 in here: the orphan must wait for this process's own pid to go,
        // or it reads before its group is orphaned, stops with SIGTTIN, and the SIGHUP
        // that orphaning then sends a stopped group kills it.
        pid_t parent = getpid();
        pid_t orphan = fork();
        if (orphan == 0) {
            setpgid(0, 0);
            while (getppid() == parent) usleep(10000);   // wait to be orphaned
            char c;
            int result = read(tty_fd, &c, 1) == -1 ? errno : 0;
            write(p[1], &result, sizeof result);
            _exit(0);
        }
        setpgid(orphan, orphan);
        _exit(0);
    }
    STEP(14, exits_with(middle, 0));
    int result = -1;
    STEP(15, read(p[0], &result, sizeof result) == sizeof result && result == EIO);
    return 0;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status = tap_run_child(session, NULL);
    CHECK(tap_exited_with(status, 0), "background reads: SIGTTIN or EIO; writes: SIGTTOU with TOSTOP; tcsetattr: SIGTTOU unless ignored; orphaned: EIO");
    if (!tap_exited_with(status, 0)) NOTE("failed at step %d", WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
    return tap_done();
}
