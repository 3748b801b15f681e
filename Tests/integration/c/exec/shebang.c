// `#!` scripts (issue 3 §3): argv becomes [interpreter, optional argument, script path,
// original argv[1...]]; a script may name another script as its interpreter a few times
// over, then ELOOP; a missing interpreter is ENOENT, an empty #! line ENOEXEC. This
// program is its own interpreter: run with "--as-interpreter" it checks what it got.
#include "tap.h"

static int as_interpreter(int argc, char **argv) {
    // Expected: argv[0] = this program, argv[1] = "--as-interpreter" (the #! argument),
    // argv[2] = the script's path, then "one", "two words".
    const char *expect_script = getenv("EXPECT_SCRIPT");
    if (argc == 5 && strcmp(argv[1], "--as-interpreter") == 0 && expect_script
        && strcmp(argv[2], expect_script) == 0 && strcmp(argv[3], "one") == 0 && strcmp(argv[4], "two words") == 0)
        return 20;
    if (argc == 3 && strcmp(argv[1], "--as-interpreter") == 0 && expect_script && strcmp(argv[2], expect_script) == 0)
        return 21;
    const char *nested = getenv("EXPECT_NESTED");
    if (argc == 4 && strcmp(argv[1], "--as-interpreter") == 0 && expect_script && nested
        && strcmp(argv[2], expect_script) == 0 && strcmp(argv[3], nested) == 0)
        return 22;
    return 2;
}

static int run(const char *path, const char *expect_script, int *err) {
    pid_t pid = fork();
    if (pid == 0) {
        setenv("EXPECT_SCRIPT", expect_script, 1);
        char *args[] = {"ignored-argv0", "one", "two words", NULL};
        extern char **environ;
        execve(path, args, environ);
        _exit(100 + errno);
    }
    int status;
    waitpid(pid, &status, 0);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    *err = code >= 100 ? code - 100 : 0;
    return code;
}

static void script(const char *name, const char *line, mode_t mode) {
    char text[8192];
    snprintf(text, sizeof text, "%s\necho not a shell script\n", line);
    tap_write_file(tap_path(name), text, mode);
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--as-interpreter") == 0) return as_interpreter(argc, argv);
    tap_init(argc, argv);
    char line[8192];
    int err;
    snprintf(line, sizeof line, "#!%s --as-interpreter", tap_self);
    script("s1", line, 0755);
    CHECK(run(tap_path("s1"), tap_path("s1"), &err) == 20, "argv is [interpreter, argument, script, argv[1...]]");
    snprintf(line, sizeof line, "#!  %s\t--as-interpreter   ", tap_self);
    script("s-blanks", line, 0755);
    CHECK(run(tap_path("s-blanks"), tap_path("s-blanks"), &err) == 20, "blanks around the interpreter and argument are dropped");

    // s2's interpreter is s1 (a script): argv gets s1's interpreter line in front.
    snprintf(line, sizeof line, "#!%s", tap_path("s1"));
    script("s2", line, 0755);
    pid_t pid = fork();
    if (pid == 0) {
        setenv("EXPECT_SCRIPT", tap_path("s1"), 1);
        setenv("EXPECT_NESTED", tap_path("s2"), 1);
        char *args[] = {"x", NULL};
        extern char **environ;
        execve(tap_path("s2"), args, environ);
        _exit(100 + errno);
    }
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 22,
          "a script may name another script as its interpreter: argv is [self, arg, s1, s2]");

    // A chain of scripts, each the interpreter of the next: five rewrites work, six ELOOP.
    char previous[4096];
    snprintf(previous, sizeof previous, "%s", tap_path("s1"));
    for (int depth = 2; depth <= 6; depth++) {
        char name[32];
        snprintf(name, sizeof name, "chain%d", depth);
        snprintf(line, sizeof line, "#!%s", previous);
        script(name, line, 0755);
        snprintf(previous, sizeof previous, "%s", tap_path(name));
    }
    run(tap_path("chain5"), "", &err);
    CHECK(err == 0, "five levels of scripts run");
    run(tap_path("chain6"), "", &err);
    CHECK(err == ELOOP, "six levels of scripts fail with ELOOP");

    script("no-interp", "#!/nonexistent/interpreter", 0755);
    run(tap_path("no-interp"), "", &err);
    CHECK(err == ENOENT, "a missing interpreter is ENOENT");
    script("empty-line", "#!", 0755);
    run(tap_path("empty-line"), "", &err);
    CHECK(err == ENOEXEC, "an empty #! line is ENOEXEC");
    snprintf(line, sizeof line, "#!%s --as-interpreter", tap_self);
    script("not-executable", line, 0644);
    run(tap_path("not-executable"), "", &err);
    CHECK(err == EACCES, "a script without execute permission is EACCES");
    return tap_done();
}
