// Interactive: ^C on the console sends SIGINT to the foreground process group and flushes
// the pending input. This process catches SIGINT (without SA_RESTART, so its read fails
// with EINTR); a child in the same group keeps SIGINT's default action and is killed by
// it. Then ^\ (SIGQUIT) and ^Z (SIGTSTP) reach the group too. The runner types at each
// "# tty:" marker (Tests/runner/runner-tests.sh). Not part of the suite.
#include "tty_helpers.h"

static volatile sig_atomic_t got[65];

static void handler(int signal) { got[signal]++; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    // As an init does: a session of its own that acquires the console as its terminal.
    CHECK(setsid() == getpid(), "setsid makes a session");
    int console = open("/dev/console", O_RDWR);
    CHECK(console >= 0 && tcgetsid(0) == getpid(), "opening the console made it the controlling terminal");
    CHECK(tcgetpgrp(0) == getpgrp(), "this process is in the console's foreground group");
    struct sigaction action = {0};
    action.sa_handler = handler;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    sigaction(SIGTSTP, &action, NULL);
    pid_t child = fork();
    if (child == 0) {
        signal(SIGINT, SIG_DFL);
        for (;;) pause();
    }
    char line[64];
    NOTE("tty: press ctrl-c");
    errno = 0;
    long n = read(0, line, sizeof line);
    int read_errno = errno;
    write(1, "\n", 1);   // the echo of "partial^C" left the cursor mid-line
    errno = read_errno;
    CHECK(n == -1 && errno == EINTR, "^C interrupts the blocked read (EINTR)");
    CHECK(got[SIGINT] == 1, "the reader's SIGINT handler ran once");
    int status;
    CHECK(waitpid(child, &status, 0) == child && tap_killed_by(status, SIGINT),
          "a child in the foreground group is killed by SIGINT");
    NOTE("tty: type after interrupt");
    n = read(0, line, sizeof line);
    CHECK(n == 6 && memcmp(line, "after\n", 6) == 0, "the line typed before ^C was flushed");
    NOTE("tty: press quit and suspend");
    n = read(0, line, sizeof line);
    CHECK(n == 5 && memcmp(line, "last\n", 5) == 0, "input after ^\\ and ^Z arrives");
    CHECK(got[SIGQUIT] == 1 && got[SIGTSTP] == 1, "^\\ raised SIGQUIT and ^Z raised SIGTSTP");
    NOTE("tty: done");
    return tap_done();
}
