// A stand-in /bin/sh for the guest test of /sbin/init (Tests/runner/init-test.sh), so init
// is tested without depending on the real shell. Run as "sh /etc/rc" it records that rc
// ran and leaves an orphan behind; run as "sh" the first time it exits 3 (init must
// respawn it), the second time it checks what init promised — rc ran, the shell came
// back, the orphan was reaped, the environment, the session and the console — prints TAP
// and sends init SIGTERM, which must power the machine off.
#include "tap.h"

static int read_int(const char *path) {
    char buf[32] = {0};
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    read(fd, buf, sizeof buf - 1);
    close(fd);
    return atoi(buf);
}

static void write_int(const char *path, int value) {
    char buf[32];
    snprintf(buf, sizeof buf, "%d\n", value);
    tap_write_file(path, buf, 0644);
}

static int rc_mode(void) {
    write_int("/tmp/rc-ran", 1);
    pid_t child = fork();
    if (child == 0) {
        pid_t grandchild = fork();
        if (grandchild == 0) {
            struct timespec t = {0, 200 * 1000 * 1000};
            nanosleep(&t, NULL);
            _exit(0);
        }
        write_int("/tmp/orphan-pid", grandchild);
        _exit(0);   // the grandchild is now an orphan: init must reap it
    }
    int status;
    waitpid(child, &status, 0);
    return 0;
}

static int has_env(char **envp, const char *entry) {
    for (char **e = envp; *e; e++) if (strcmp(*e, entry) == 0) return 1;
    return 0;
}

int main(int argc, char **argv, char **envp) {
    if (argc == 2 && strcmp(argv[1], "/etc/rc") == 0) return rc_mode();
    int runs = read_int("/tmp/sh-runs") + 1;
    write_int("/tmp/sh-runs", runs);
    if (runs == 1) return 3;
    tap_init(argc, argv);
    CHECK(runs == 2, "init respawned the shell after it exited 3");
    CHECK(read_int("/tmp/rc-ran") == 1, "init ran /etc/rc with /bin/sh before the shell");
    CHECK(getppid() == 1, "the shell is init's child");
    CHECK(getsid(0) == getpid() && getpgrp() == getpid(), "the shell is a session and group leader (setsid)");
    CHECK(tcgetpgrp(0) == getpid(), "the shell's group is the console's foreground group");
    CHECK(fcntl(0, F_GETFD) >= 0 && fcntl(1, F_GETFD) >= 0 && fcntl(2, F_GETFD) >= 0 && isatty(0), "fds 0-2 are the console");
    CHECK(has_env(envp, "PATH=/bin:/sbin") && has_env(envp, "HOME=/") && has_env(envp, "SHELL=/bin/sh")
          && (has_env(envp, "TERM=linux") || has_env(envp, "TERM=vt100")), "PATH, HOME, TERM and SHELL are set");
    CHECK(has_env(envp, "apus_init_test=1"), "a kernel command-line NAME=value reaches the shell's environment");
    pid_t orphan = read_int("/tmp/orphan-pid");
    int gone = 0;
    for (int i = 0; i < 100 && !gone; i++) {
        gone = kill(orphan, 0) != 0 && errno == ESRCH;
        struct timespec t = {0, 50 * 1000 * 1000};
        if (!gone) nanosleep(&t, NULL);
    }
    CHECK(orphan > 1 && gone, "the orphan rc left behind was reaped by init (no zombie)");
    pid_t lingering = fork();
    if (lingering == 0) { for (;;) pause(); }   // init's shutdown must end it too
    int verdict = tap_done();
    kill(1, SIGTERM);
    for (;;) pause();
    return verdict;
}
