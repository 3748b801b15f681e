// Interactive: a reader asleep on the console when its group is moved to the background
// keeps sleeping and takes the line typed next, as Linux's n_tty_read (job control is
// checked when a read starts, not while it sleeps; tty.background_sleeper checks the rest,
// and this part on the host through a pty). The runner types at the "# tty:" marker
// (Tests/runner/runner-tests.sh). Not part of the suite.
#include "tty_helpers.h"
#include <sys/wait.h>


int main(int argc, char **argv) {
    tap_init(argc, argv);
    alarm(60);
    CHECK(setsid() == getpid(), "setsid makes a session");
    int console = open("/dev/console", O_RDWR);
    CHECK(console >= 0 && tcgetsid(console) == getpid(), "opening the console made it the controlling terminal");
    signal(SIGTTOU, SIG_IGN);
    int report[2], ready[2];
    if (pipe(report) != 0 || pipe(ready) != 0) return 1;
    pid_t reader = fork();
    if (reader == 0) {
        setpgid(0, 0);
        while (tcgetpgrp(console) != getpid()) usleep(10000);
        write(ready[1], "r", 1);   // from here on, its only sleep is the read
        char line[64];
        ssize_t n = read(console, line, sizeof line);
        write(report[1], line, n > 0 ? (size_t)n : 0);
        _exit(n > 0 ? 0 : 1);
    }
    setpgid(reader, reader);
    CHECK(tcsetpgrp(console, reader) == 0, "the reader's group takes the console");
    char byte;
    close(ready[1]);
    read(ready[0], &byte, 1);
    for (int i = 0; i < 500 && tap_proc_state(reader) != 'S'; i++) usleep(10000);
    usleep(200000);
    CHECK(tap_proc_state(reader) == 'S', "the reader sleeps in its read");
    CHECK(tcsetpgrp(console, getpgrp()) == 0, "the console goes back to this group: the reader is in the background");
    usleep(200000);
    NOTE("tty: type for the background sleeper");
    char got[64] = {0};
    ssize_t n = read(report[0], got, sizeof got - 1);
    int status;
    CHECK(waitpid(reader, &status, WUNTRACED) == reader && WIFEXITED(status) && WEXITSTATUS(status) == 0,
          "the sleeper was not stopped with SIGTTIN and its read returned");
    CHECK(n == 5 && memcmp(got, "late\n", 5) == 0, "it read the line typed while it was in the background");
    NOTE("tty: done");
    return tap_done();
}
