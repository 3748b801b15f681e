// wait4(2) reports a child's exit code in WEXITSTATUS with WIFEXITED true and WIFSIGNALED
// false; only the low 8 bits of the code survive (exit(256) reads as 0, exit(-1) as 255).
#include "tap.h"

static int code_of(int code) {
    pid_t pid = fork();
    if (pid == 0) _exit(code);
    int status = -1;
    wait4(pid, &status, 0, NULL);
    return status;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int s = code_of(0);
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0 && !WIFSIGNALED(s), "exit(0): WIFEXITED, code 0, not signaled");
    s = code_of(1);
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 1, "exit(1): code 1");
    s = code_of(255);
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 255, "exit(255): code 255");
    s = code_of(256);
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0, "exit(256): code 0 (low 8 bits)");
    s = code_of(-1);
    CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 255, "exit(-1): code 255");
    s = code_of(42);
    CHECK(s == 42 << 8, "the raw status word is code << 8");
    return tap_done();
}
