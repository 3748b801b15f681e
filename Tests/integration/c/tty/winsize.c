// TIOCGWINSZ/TIOCSWINSZ as on Linux: the first size is the terminal's own — a fresh
// pseudo-terminal (and a serial line) says 0x0, a VT its text size (Apus's console under
// QEMU: the screen's 160x50 grid, or APUS_CONSOLE_SIZE=COLSxROWS when the boot says
// otherwise, e.g. 0x0 with console=ttyS0); TIOCSWINSZ stores all four fields, a bad pointer
// is EFAULT either way; a change sends SIGWINCH to the foreground process group only (not
// to the caller unless it is in it, and nothing for an unchanged size), and a background
// process may set the size without SIGTTOU.
#include "tty_helpers.h"

static volatile sig_atomic_t winches, ttous;
static void on_winch(int sig) { (void)sig; winches++; }
static void on_ttou(int sig) { (void)sig; ttous++; }

/// Waits up to 2 s for `counter` to reach `want`.
static int await_count(volatile sig_atomic_t *counter, int want) {
    for (int i = 0; i < 200 && *counter < want; i++) {
        struct timespec d = {0, 10 * 1000 * 1000};
        nanosleep(&d, NULL);
    }
    return *counter >= want;
}

enum { SELF_SIGNALLED, SAME_SIZE_QUIET, OTHER_GROUP_SIGNALLED, CALLER_NOT_SIGNALLED, NO_TTOU, CHECKS };
static const char *descriptions[CHECKS] = {
    "a new size sends SIGWINCH to the foreground group (here the caller's)",
    "setting the same size again sends nothing",
    "after tcsetpgrp, the new foreground group gets SIGWINCH",
    "... and the caller, now in the background, does not",
    "a background process sets the size without SIGTTOU",
};

/// A session leader on a terminal of its own: the SIGWINCH rules, reported through `report`.
static int session_checks(int report) {
    char ok[CHECKS] = {0};
    signal(SIGWINCH, on_winch);
    signal(SIGTTOU, on_ttou);
    if (setsid() < 0) return 10;
    int tty = tap_session_tty(0);
    if (tty < 0) return 11;
    struct winsize saved, w = {0};
    if (ioctl(tty, TIOCGWINSZ, &saved) != 0) return 12;
    w.ws_row = saved.ws_row + 3;
    w.ws_col = saved.ws_col + 7;
    ioctl(tty, TIOCSWINSZ, &w);
    ok[SELF_SIGNALLED] = await_count(&winches, 1);
    ioctl(tty, TIOCSWINSZ, &w);
    struct timespec d = {0, 100 * 1000 * 1000};
    nanosleep(&d, NULL);
    ok[SAME_SIZE_QUIET] = winches == 1;

    // A second group takes the terminal; it exits 0 once SIGWINCH came.
    int ready[2];
    if (pipe(ready) != 0) return 13;
    pid_t other = fork();
    if (other == 0) {
        sigset_t block, old;
        sigemptyset(&block);
        sigaddset(&block, SIGWINCH);
        sigprocmask(SIG_BLOCK, &block, &old);
        winches = 0;
        setpgid(0, 0);
        close(ready[0]);
        write(ready[1], "r", 1);
        alarm(5);
        while (winches == 0) sigsuspend(&old);
        _exit(0);
    }
    setpgid(other, other);
    close(ready[1]);
    char byte;
    read(ready[0], &byte, 1);
    int before = winches;
    if (tcsetpgrp(tty, other) == 0) {
        w.ws_col++;
        ok[NO_TTOU] = ioctl(tty, TIOCSWINSZ, &w) == 0;
        int status;
        waitpid(other, &status, 0);
        ok[OTHER_GROUP_SIGNALLED] = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        nanosleep(&d, NULL);
        ok[CALLER_NOT_SIGNALLED] = winches == before;
        ok[NO_TTOU] = ok[NO_TTOU] && ttous == 0;
        signal(SIGTTOU, SIG_IGN);   // a handled SIGTTOU would restart tcsetpgrp for ever
        tcsetpgrp(tty, getpgrp());
    } else {
        kill(other, SIGKILL);
        waitpid(other, NULL, 0);
    }
    ioctl(tty, TIOCSWINSZ, &saved);
    return write(report, ok, sizeof ok) == (ssize_t)sizeof ok ? 0 : 14;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = tap_tty_fd();
    if (fd < 0) return 1;
    struct winsize saved, w = {0}, back;
    CHECK_OK(ioctl(fd, TIOCGWINSZ, &saved));
    if (tap_is_apus()) {
        int cols = 160, rows = 50;   // QEMU's OVMF screen (1280x800) in the 8x16 font
        const char *expected = getenv("APUS_CONSOLE_SIZE");
        if (expected) sscanf(expected, "%dx%d", &cols, &rows);
        char desc[128];
        snprintf(desc, sizeof desc, "the console starts at its terminal's size, %dx%d (the VT's text grid, 0x0 for a serial line)",
                 cols, rows);
        CHECK(saved.ws_col == cols && saved.ws_row == rows && saved.ws_xpixel == 0 && saved.ws_ypixel == 0, desc);
    } else if (fd != 0) {
        CHECK(saved.ws_col == 0 && saved.ws_row == 0 && saved.ws_xpixel == 0 && saved.ws_ypixel == 0,
              "a new pseudo-terminal starts at 0x0 (Linux)");
    } else {
        tap_printf("ok %d - the first size # SKIP standard input is a terminal someone sized", ++tap_count);
    }
    w.ws_row = 37;
    w.ws_col = 101;
    w.ws_xpixel = 808;
    w.ws_ypixel = 592;
    CHECK_OK(ioctl(fd, TIOCSWINSZ, &w));
    memset(&back, 0, sizeof back);
    CHECK(ioctl(fd, TIOCGWINSZ, &back) == 0 && back.ws_row == 37 && back.ws_col == 101 && back.ws_xpixel == 808
          && back.ws_ypixel == 592, "TIOCGWINSZ reads back 101x37 and the pixel sizes");
    CHECK_ERRNO(ioctl(fd, TIOCGWINSZ, TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(ioctl(fd, TIOCSWINSZ, TAP_BAD_POINTER), EFAULT);
    CHECK(ioctl(fd, TIOCGWINSZ, &back) == 0 && back.ws_col == 101, "a failed TIOCSWINSZ changes nothing");
    CHECK_OK(ioctl(fd, TIOCSWINSZ, &saved));

    char ok[CHECKS] = {0};
    CHECK(tap_child_reports(session_checks, ok, sizeof ok), "a session leader with a terminal ran the SIGWINCH checks");
    for (int i = 0; i < CHECKS; i++) CHECK(ok[i], descriptions[i]);
    return tap_done();
}
