// The new program's argc, argv and envp (issue 3 §3): what execve passes arrives exactly;
// argv NULL gives argc 1 with argv[0] "" (Linux since 5.18), envp NULL an empty
// environment; E2BIG for a string over MAX_ARG_STRLEN or more than the argument space.
#include "tap.h"

static int child_mode(int argc, char **argv, char **envp) {
    if (argc == 1 && strcmp(argv[0], "") == 0 && envp[0] == NULL) return 10;    // execve(p, NULL, NULL)
    if (argc == 4 && strcmp(argv[1], "--check") == 0 && strcmp(argv[2], "two words") == 0
        && strcmp(argv[3], "") == 0 && envp[0] && strcmp(envp[0], "A=1") == 0 && envp[1]
        && strcmp(envp[1], "EMPTY=") == 0 && envp[2] == NULL && argv[4] == NULL) return 11;
    return 1;
}

static int run(const char *path, char *const *args, char *const *env) {
    pid_t pid = fork();
    if (pid == 0) {
        execve(path, args, env);
        _exit(errno == E2BIG ? 98 : 99);
    }
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv, char **envp) {
    if (getenv("APUS_ARGS_CHILD") == NULL && (argc == 1 && argv[0][0] == 0)) return child_mode(argc, argv, envp);
    if (argc > 1 && strcmp(argv[1], "--check") == 0) return child_mode(argc, argv, envp);
    tap_init(argc, argv);
    char *args[] = {"name", "--check", "two words", "", NULL};
    char *env[] = {"A=1", "EMPTY=", NULL};
    CHECK(run(tap_self, args, env) == 11, "argv and envp arrive exactly, empty strings included");
    CHECK(run(tap_self, NULL, NULL) == 10, "argv NULL gives argc 1 and argv[0] \"\"; envp NULL no environment");

    static char big[131073];                          // MAX_ARG_STRLEN is 131072 with the NUL
    memset(big, 'b', sizeof big - 1);
    char *too_long[] = {"x", big, NULL};
    CHECK(run(tap_self, too_long, NULL) == 98, "a 131072-byte argument is E2BIG");
    big[131071] = 0;
    char *fits[] = {"x", "--check", big, NULL};
    CHECK(run(tap_self, fits, NULL) == 1, "a 131071-byte argument is accepted");
    char *many[40];
    for (int i = 0; i < 39; i++) many[i] = big;       // 39 x 128 KiB: past the 2 MiB space
    many[39] = NULL;
    CHECK(run(tap_self, many, NULL) == 98, "arguments past the argument space are E2BIG");
    return tap_done();
}
