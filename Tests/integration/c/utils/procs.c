// ps, kill and /proc: ps's shape (header, this process with its parent), kill by pid and group,
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

    s = util_run(out, sizeof out, "ps", NULL);
    char line[128];
    snprintf(line, sizeof line, "\n%5d %5d ", (int)getpid(), (int)getppid());
    CHECK(tap_exited_with(s, 0) && strncmp(out, "  PID  PPID STAT CMD\n", 21) == 0 && strstr(out, line),
          "ps: header, then this process with its parent");
    CHECK(strstr(out, "utils.procs") != NULL, "ps shows this process's command line");
    // The ps process itself: running, child of this one, argv from its cmdline.
    // (STAT may carry flags after the R: '+' when this runs in a terminal's foreground.)
    snprintf(line, sizeof line, " %5d R", (int)getpid());
    CHECK(strstr(out, line) != NULL, "ps sees itself running (R) as this process's child");

    // /proc the Linux way: /proc/self, /proc/<pid>/stat fields, cmdline.
    char target[64] = {0}, expect[64];
    snprintf(expect, sizeof expect, "%d", (int)getpid());
    CHECK(readlink("/proc/self", target, sizeof target - 1) > 0 && strcmp(target, expect) == 0, "/proc/self names the caller");
    char path[64], stat_text[1024] = {0};
    snprintf(path, sizeof path, "/proc/%d/stat", (int)getpid());
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0 && read(fd, stat_text, sizeof stat_text - 1) > 0, "/proc/<pid>/stat can be read");
    if (fd >= 0) close(fd);
    int pid_field = 0, ppid = 0, pgrp = 0, session = 0;
    char comm[64] = {0}, state = 0;
    int fields = sscanf(stat_text, "%d (%63[^)]) %c %d %d %d", &pid_field, comm, &state, &ppid, &pgrp, &session);
    CHECK(fields == 6 && pid_field == getpid() && strcmp(comm, "utils.procs") == 0 && state == 'R' && ppid == getppid()
          && pgrp == getpgrp() && session == getsid(0), "stat: pid (comm) state ppid pgrp session, as the process sees them");
    int count = 0;
    for (char *p = strrchr(stat_text, ')'); p && *p; p++) if (*p == ' ') count++;
    CHECK(count >= 50, "stat has Linux's 52 fields");
    char cmdline[4096] = {0};
    snprintf(path, sizeof path, "/proc/%d/cmdline", (int)getpid());
    fd = open(path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, cmdline, sizeof cmdline - 1) : -1;
    if (fd >= 0) close(fd);
    CHECK(n > 0 && strcmp(cmdline, argv[0]) == 0 && cmdline[n - 1] == 0, "cmdline is argv, NUL-terminated");
    snprintf(path, sizeof path, "/proc/%d", (int)getpid());
    struct stat st;
    CHECK(stat(path, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid(), "/proc/<pid> is a directory owned by the process's user");
    CHECK(stat("/proc/999999", &st) != 0 && errno == ENOENT, "/proc of a missing pid: ENOENT");
    CHECK(tap_exited_with(util_run(out, sizeof out, "ps", "-Q", NULL), 1) && strstr(out, "Usage: ps"), "ps -Q: usage");
    return tap_done();
}
