// The README's "add your own program" path, tested: a static musl program, merged into the
// initrd with `make image ROOTFS_EXTRA=dir` and started as PID 1 with `init=`, runs with
// the argv, envp and auxv Linux would give it, forks, execs, and powers the machine off with
// reboot(2); the suite boots it (Tests/runner/rootfs-extra.sh) twice, reads its TAP and
// checks the runs ended through POWER_OFF (the kernel's log line and the exit device's pass
// code) and through RESTART (the log line and a machine reset, which ends QEMU under
// -no-reboot).
#include "tap.h"
#include <sys/auxv.h>

int main(int argc, char **argv, char **envp) {
    if (argc == 3 && strcmp(argv[1], "--child") == 0) return atoi(argv[2]);
    tap_init(argc, argv);
    CHECK(getpid() == 1, "runs as PID 1");
    CHECK(argc == 1 && strcmp(argv[0], "/opt/extra/extra_init") == 0, "argv is [the init= path]");
    int home = 0, path = 0, count = 0, restart = 0;
    for (char **e = envp; *e; e++, count++) {
        home |= strcmp(*e, "HOME=/") == 0;
        path |= strncmp(*e, "PATH=", 5) == 0;
        restart |= strcmp(*e, "EXTRA_END=restart") == 0;   // from the kernel command line
    }
    CHECK(home && path, "envp has HOME=/ and PATH, as Linux gives init");
    CHECK(getauxval(AT_PAGESZ) == 4096 && getauxval(AT_RANDOM) != 0 && getauxval(AT_PHDR) != 0, "auxv has AT_PAGESZ, AT_RANDOM, AT_PHDR");
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    CHECK(execfn && strcmp(execfn, argv[0]) == 0, "AT_EXECFN is the init= path");
    pid_t pid = fork();
    if (pid == 0) {
        char *args[] = {argv[0], "--child", "42", NULL};
        execve(argv[0], args, envp);
        _exit(99);
    }
    int status;
    CHECK(pid > 1 && waitpid(pid, &status, 0) == pid && tap_exited_with(status, 42), "fork + execve of itself; the child exits 42");
    int verdict = tap_done();
    if (verdict != 0) return verdict;
    // The last act: POWER_OFF (or, with EXTRA_END=restart on the command line, RESTART)
    // does not return; if it does, the run fails.
    unsigned command = restart ? 0x01234567 /* LINUX_REBOOT_CMD_RESTART */ : 0x4321fedc /* POWER_OFF */;
    syscall(SYS_reboot, 0xfee1dead, 672274793, command, NULL);
    tap_printf("not ok 7 - reboot(%s) returned (errno %d)", restart ? "RESTART" : "POWER_OFF", errno);
    return 1;
}
