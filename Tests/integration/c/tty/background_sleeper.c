// A reader already asleep on the terminal when its group is moved to the background, as
// Linux's n_tty_read does it: job control is checked when a read starts, not while it
// sleeps, so the sleeper stays asleep (no SIGTTIN) and takes input that then arrives; a
// signal that restarts the read (SA_RESTART) runs the check again, and the reader stops
// with SIGTTIN; brought back to the foreground and continued, it reads again.
// Input can only be typed from the host's pseudo-terminal master (the guest's console has
// no other end a program can write to), so that one check runs on the host only.
#include "tty_helpers.h"
#include <sys/wait.h>

static void on_usr1(int sig) { (void)sig; }

/// The terminal for the session: the console on Apus; on the host a pseudo-terminal whose
/// master is returned in `master` (-1 on Apus).
static int session_terminal(int *master) {
    *master = -1;
    if (tap_is_apus()) return open("/dev/console", O_RDWR);
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0) return -1;
    *master = m;
    return open(ptsname(m), O_RDWR);
}


static void pause_ms(int ms) {
    struct timespec d = {ms / 1000, (ms % 1000) * 1000 * 1000};
    nanosleep(&d, NULL);
}

/// Waits (up to 5 s) until `pid` sleeps.
static int asleep(pid_t pid) {
    for (int i = 0; i < 500; i++) {
        if (tap_proc_state(pid) == 'S') return 1;
        pause_ms(10);
    }
    return 0;
}

/// A reader in a group of its own: once the terminal's foreground group, it says so
/// through `ready` (from then on its only sleep is the read), reads one line and reports
/// the byte count through `report`. Returns once it is about to read.
static pid_t start_reader(int tty, int report) {
    int ready[2];
    if (pipe(ready) != 0) return -1;
    pid_t child = fork();
    if (child == 0) {
        close(ready[0]);
        struct sigaction sa = {0};
        sa.sa_handler = on_usr1;
        sa.sa_flags = SA_RESTART;
        sigaction(SIGUSR1, &sa, NULL);
        setpgid(0, 0);
        for (int i = 0; i < 500 && tcgetpgrp(tty) != getpid(); i++) pause_ms(10);
        write(ready[1], "r", 1);
        char line[64];
        ssize_t n = read(tty, line, sizeof line);
        char count = (char)(n < 0 ? -1 : n);
        write(report, &count, 1);
        _exit(0);
    }
    setpgid(child, child);
    close(ready[1]);
    tcsetpgrp(tty, child);
    char byte;
    read(ready[0], &byte, 1);
    close(ready[0]);
    return child;
}

enum { STAYS_ASLEEP, TAKES_INPUT, STAYS_ASLEEP_2, RESTART_STOPS, BACK_READS, CHECKS };
static const char *descriptions[CHECKS] = {
    "a reader asleep when its group goes to the background stays asleep, not stopped",
    "... and takes the input that then arrives (host: typed on the pty master)",
    "a second sleeper moved to the background is not stopped either",
    "a signal that restarts its read (SA_RESTART) stops it with SIGTTIN",
    "back in the foreground and continued, it sleeps in its read again",
};

static int session(int report) {
    char ok[CHECKS] = {0};
    if (setsid() < 0) return 10;
    int master;
    int tty = session_terminal(&master);
    if (tty < 0) return 11;
    signal(SIGTTOU, SIG_IGN);   // the leader hands the terminal around from the background
    int results[2];
    if (pipe(results) != 0) return 12;
    char count = 0;
    int status;

    // First sleeper: moved to the background, then input arrives.
    pid_t reader = start_reader(tty, results[1]);
    if (asleep(reader)) {
        tcsetpgrp(tty, getpgrp());
        pause_ms(300);
        ok[STAYS_ASLEEP] = waitpid(reader, &status, WNOHANG | WUNTRACED) == 0 && tap_proc_state(reader) == 'S';
        if (master >= 0) {
            write(master, "x\n", 2);
            ok[TAKES_INPUT] = read(results[0], &count, 1) == 1 && count == 2;
        } else {
            ok[TAKES_INPUT] = 2;   // not checkable here: reported as a skip
        }
    }
    kill(reader, SIGKILL);
    waitpid(reader, &status, 0);

    // Second sleeper: moved to the background, then a signal restarts its read.
    reader = start_reader(tty, results[1]);
    if (asleep(reader)) {
        tcsetpgrp(tty, getpgrp());
        pause_ms(300);
        ok[STAYS_ASLEEP_2] = waitpid(reader, &status, WNOHANG | WUNTRACED) == 0 && tap_proc_state(reader) == 'S';
        kill(reader, SIGUSR1);
        ok[RESTART_STOPS] = waitpid(reader, &status, WUNTRACED) == reader && WIFSTOPPED(status)
                            && WSTOPSIG(status) == SIGTTIN;
        tcsetpgrp(tty, reader);
        kill(reader, SIGCONT);
        pause_ms(300);
        ok[BACK_READS] = waitpid(reader, &status, WNOHANG | WUNTRACED) == 0 && asleep(reader);
        tcsetpgrp(tty, getpgrp());
    }
    kill(reader, SIGKILL);
    waitpid(reader, &status, 0);
    return write(report, ok, sizeof ok) == (ssize_t)sizeof ok ? 0 : 13;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char ok[CHECKS] = {0};
    CHECK(tap_child_reports(session, ok, sizeof ok), "a session leader with a terminal ran the checks");
    for (int i = 0; i < CHECKS; i++) {
        if (ok[i] == 2) tap_printf("ok %d - %s # SKIP the console has no master side to type on", ++tap_count, descriptions[i]);
        else CHECK(ok[i] == 1, descriptions[i]);
    }
    return tap_done();
}
