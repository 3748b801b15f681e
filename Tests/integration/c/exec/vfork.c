// vfork(2) and clone(CLONE_VM|CLONE_VFORK) as posix_spawn uses them: the parent resumes only
// after the child execs or exits, and gets the child's status back.
#include "tap.h"
#include <spawn.h>

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--exit7") == 0) return 7;
    tap_init(argc, argv);
    pid_t pid = vfork();
    if (pid == 0) _exit(5);
    int status;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && tap_exited_with(status, 5), "vfork child _exits with 5");
    pid = vfork();
    if (pid == 0) {
        char *args[] = {tap_self, "--exit7", NULL};
        execve(tap_self, args, NULL);
        _exit(99);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && tap_exited_with(status, 7), "vfork child execs a program that exits 7");
    char *args[] = {tap_self, "--exit7", NULL};
    CHECK(posix_spawn(&pid, tap_self, NULL, NULL, args, NULL) == 0, "posix_spawn starts the program");
    CHECK(waitpid(pid, &status, 0) == pid && tap_exited_with(status, 7), "posix_spawn's child exits 7");
    char *missing[] = {"/nonexistent/program", NULL};
    CHECK(posix_spawn(&pid, missing[0], NULL, NULL, missing, NULL) == ENOENT, "posix_spawn reports ENOENT from the child's exec");
    return tap_done();
}
