// ps and kill: ps's shape (header, this process with its parent), kill by pid and group,
// signal names, errno texts and usage messages.
#include "utils.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char out[65536];
    int s;
    s = util_run(out, sizeof out, "kill", "-l", NULL);
    CHECK(tap_exited_with(s, 0) && strncmp(out, "HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2", 54) == 0, "kill -l lists the names");
    s = util_run(out, sizeof out, "kill", "-l", "137", NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "KILL\n") == 0, "kill -l 137 names the signal of an exit status");
    pid_t child = fork();
    if (child == 0) { pause(); _exit(0); }
    char pid[32];
    snprintf(pid, sizeof pid, "%d", (int)child);
    s = util_run(out, sizeof out, "kill", "-s", "USR1", pid, NULL);
    int status;
    waitpid(child, &status, 0);
    CHECK(tap_exited_with(s, 0) && tap_killed_by(status, SIGUSR1), "kill -s USR1 pid");
    child = fork();
    if (child == 0) { setpgid(0, 0); pause(); _exit(0); }
    setpgid(child, child);
    char group[32];
    snprintf(group, sizeof group, "-%d", (int)child);
    s = util_run(out, sizeof out, "kill", "-9", "--", group, NULL);
    waitpid(child, &status, 0);
    CHECK(tap_exited_with(s, 0) && tap_killed_by(status, SIGKILL), "kill -9 -- -pgid signals the group");
    s = util_run(out, sizeof out, "kill", "-s", "NOPE", "1", NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "unknown signal 'NOPE'"), "kill -s NOPE: unknown signal");
    s = util_run(out, sizeof out, "kill", "999999", NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "kill: (999999): No such process"), "kill of a missing pid: errno text");
    CHECK(tap_exited_with(util_run(out, sizeof out, "kill", NULL), 1) && strstr(out, "Usage: kill"), "kill: usage");

    // FIXME(issue 4): Apus has no /proc yet, so ps is only checked on Linux.
    if (!tap_is_apus()) {
        s = util_run(out, sizeof out, "ps", NULL);
        char line[128];
        snprintf(line, sizeof line, "\n%5d %5d ", (int)getpid(), (int)getppid());
        CHECK(tap_exited_with(s, 0) && strncmp(out, "  PID  PPID STAT CMD\n", 21) == 0 && strstr(out, line),
              "ps: header, then this process with its parent");
        CHECK(strstr(out, "utils.procs") != NULL, "ps shows this process's command line");
    }
    CHECK(tap_exited_with(util_run(out, sizeof out, "ps", "-Q", NULL), 1) && strstr(out, "Usage: ps"), "ps -Q: usage");
    return tap_done();
}
