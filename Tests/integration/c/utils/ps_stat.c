// ps's STAT column and the /proc/<pid>/stat fields behind it (tty_nr, tpgid), in a session
// of our own on a terminal (the console on Apus, a pseudo-terminal on the host): the
// session leader is "Ss+", ps itself "R+", a sleeping member of the foreground group "S+",
// a background group "S", a stopped one "T", a zombie "Z+"; after tcsetpgrp hands the
// terminal to the background group, the flags move with it.
#include "utils.h"
#include "tty_helpers.h"
#include <sys/sysmacros.h>

/// What the session leader found, one flag per check, sent back through a pipe.
enum {
    LEADER_FG, PS_FG, MEMBER_FG, OTHER_BG, STOPPED, ZOMBIE, TTY_NR, TPGID_LEADER, TPGID_OTHER,
    LEADER_AFTER, PS_AFTER, MEMBER_AFTER, OTHER_AFTER, CHECKS
};
static const char *descriptions[CHECKS] = {
    "the session leader, asleep in the foreground, is Ss+",
    "ps itself, running in the foreground group, is R+",
    "a sleeping member of the foreground group is S+",
    "a sleeping process in a background group is S",
    "a stopped background process is T",
    "an unreaped child of the foreground group is Z+ (it keeps its terminal until reaped)",
    "/proc/<pid>/stat tty_nr is the terminal's device number (Linux new_encode_dev)",
    "tpgid is the terminal's foreground group, for the leader",
    "... and for a background process too",
    "after tcsetpgrp to the other group the leader is Ss",
    "... ps (now in the background) is R",
    "... the old foreground member is S",
    "... the new foreground group is S+",
};

/// STAT of `pid` in ps's output ("  PID  PPID STAT CMD"), or "" when it is not listed.
static const char *stat_of(const char *listing, pid_t pid, char *stat, size_t size) {
    stat[0] = 0;
    for (const char *line = listing; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        int p = 0, pp = 0;
        char word[16];
        if (sscanf(line, "%d %d %15s", &p, &pp, word) == 3 && p == pid) {
            snprintf(stat, size, "%s", word);
            break;
        }
    }
    return stat;
}

/// STAT of ps itself: the only child of `parent` that runs, so the line whose PPID is
/// `parent` and whose STAT starts with R; "" when there is none.
static const char *running_child_stat(const char *listing, pid_t parent, char *stat, size_t size) {
    stat[0] = 0;
    for (const char *line = listing; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        int p = 0, pp = 0;
        char word[16];
        if (sscanf(line, "%d %d %15s", &p, &pp, word) == 3 && pp == parent && word[0] == 'R') snprintf(stat, size, "%s", word);
    }
    return stat;
}

/// Fields 7 and 8 (tty_nr, tpgid) of /proc/<pid>/stat; 0 on success.
static int stat_fields(pid_t pid, long *tty_nr, long *tpgid) {
    char path[64], text[1024] = {0};
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    char *close_paren = n > 0 ? strrchr(text, ')') : NULL;
    char state;
    int ppid, pgrp, session;
    if (!close_paren || sscanf(close_paren + 1, " %c %d %d %d %ld %ld", &state, &ppid, &pgrp, &session, tty_nr, tpgid) != 6)
        return -1;
    return 0;
}


/// Runs ps with its output into a file and reads it into `out`: the leader then sleeps in
/// waitpid, not in a read that each line of ps's output would wake (it would be R then).
static void run_ps(char *out, size_t size) {
    const char *path = tap_path("ps.out");
    out[0] = 0;
    pid_t child = fork();
    if (child == 0) {
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || dup2(fd, 1) < 0) _exit(98);
        char *argv[] = {(char *)util_bin("ps"), NULL};
        extern char **environ;
        execve(argv[0], argv, environ);
        _exit(99);
    }
    int status;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
    int fd = open(path, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, out, size - 1) : -1;
    out[n > 0 ? n : 0] = 0;
    if (fd >= 0) close(fd);
}

/// Waits (up to 5 s) until `pid`'s state letter is `want`.
static int settle(pid_t pid, char want) {
    for (int i = 0; i < 500; i++) {
        if (tap_proc_state(pid) == want) return 1;
        struct timespec d = {0, 10 * 1000 * 1000};
        nanosleep(&d, NULL);
    }
    return 0;
}

static int session_leader(int report) {
    char ok[CHECKS] = {0};
    if (setsid() < 0) return 10;
    int tty = tap_session_tty(0);
    if (tty < 0) return 11;
    pid_t me = getpid();
    pid_t member = fork();
    if (member == 0) { for (;;) pause(); }
    pid_t other = fork();
    if (other == 0) { setpgid(0, 0); for (;;) pause(); }
    setpgid(other, other);
    pid_t stopped = fork();
    if (stopped == 0) { setpgid(0, 0); for (;;) pause(); }
    setpgid(stopped, stopped);
    kill(stopped, SIGSTOP);
    int status;
    waitpid(stopped, &status, WUNTRACED);
    pid_t zombie = fork();
    if (zombie == 0) _exit(0);
    settle(member, 'S');
    settle(other, 'S');
    settle(zombie, 'Z');

    static char out[65536];
    char stat[16];
    run_ps(out, sizeof out);
    ok[LEADER_FG] = strcmp(stat_of(out, me, stat, sizeof stat), "Ss+") == 0;
    ok[PS_FG] = strcmp(running_child_stat(out, me, stat, sizeof stat), "R+") == 0;
    ok[MEMBER_FG] = strcmp(stat_of(out, member, stat, sizeof stat), "S+") == 0;
    ok[OTHER_BG] = strcmp(stat_of(out, other, stat, sizeof stat), "S") == 0;
    ok[STOPPED] = strcmp(stat_of(out, stopped, stat, sizeof stat), "T") == 0;
    ok[ZOMBIE] = strcmp(stat_of(out, zombie, stat, sizeof stat), "Z+") == 0;

    struct stat st;
    long tty_nr = -2, tpgid = -2, other_tty = -2, other_tpgid = -2;
    if (fstat(tty, &st) == 0 && stat_fields(me, &tty_nr, &tpgid) == 0 && stat_fields(other, &other_tty, &other_tpgid) == 0) {
        unsigned long major_number = major(st.st_rdev), minor_number = minor(st.st_rdev);
        long encoded = (long)((minor_number & 0xff) | (major_number << 8) | ((minor_number & ~0xfful) << 12));
        ok[TTY_NR] = tty_nr == encoded && other_tty == encoded && tty_nr != 0;
        ok[TPGID_LEADER] = tpgid == me;
        ok[TPGID_OTHER] = other_tpgid == me;
    }

    // Hand the terminal to the other group; the leader and ps are background now.
    if (tcsetpgrp(tty, other) == 0) {
        run_ps(out, sizeof out);
        ok[LEADER_AFTER] = strcmp(stat_of(out, me, stat, sizeof stat), "Ss") == 0;
        ok[PS_AFTER] = strcmp(running_child_stat(out, me, stat, sizeof stat), "R") == 0;
        ok[MEMBER_AFTER] = strcmp(stat_of(out, member, stat, sizeof stat), "S") == 0;
        ok[OTHER_AFTER] = strcmp(stat_of(out, other, stat, sizeof stat), "S+") == 0;
    }
    // Explain a failure in the case's output.
    for (int i = 0; i < CHECKS; i++) {
        if (!ok[i]) {
            tap_printf("# ps output:\n%s", out);
            break;
        }
    }
    kill(member, SIGKILL);
    kill(other, SIGKILL);
    kill(stopped, SIGKILL);
    while (wait(&status) > 0) {}
    return write(report, ok, sizeof ok) == (ssize_t)sizeof ok ? 0 : 12;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_tmpdir();   // made here, so tap_done removes it (the leader writes ps.out into it)
    char ok[CHECKS] = {0};
    CHECK(tap_child_reports(session_leader, ok, sizeof ok), "a session leader with a terminal ran the checks");
    for (int i = 0; i < CHECKS; i++) CHECK(ok[i], descriptions[i]);
    return tap_done();
}
