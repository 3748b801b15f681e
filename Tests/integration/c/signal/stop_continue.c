// SIGSTOP stops a child: wait4 with WUNTRACED reports 0x7f | SIGSTOP << 8 once; SIGCONT
// continues it and WCONTINUED reports 0xffff; SIGTSTP at its default stops too; SIGKILL
// ends a stopped child. Without WUNTRACED a stop is not reported (WNOHANG gives 0).
#include "tap.h"

static pid_t spawn_sleeper(void) {
    pid_t pid = fork();
    if (pid == 0) {
        for (;;) pause();
    }
    return pid;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status = 0;
    pid_t child = spawn_sleeper();
    CHECK(child > 0, "fork");
    CHECK_OK(kill(child, SIGSTOP));
    CHECK(waitpid(child, &status, WUNTRACED) == child, "waitpid(WUNTRACED) returns the stopped child");
    CHECK(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP && status == 0x137f, "the status is 0x7f | SIGSTOP << 8");
    CHECK(waitpid(child, &status, WUNTRACED | WNOHANG) == 0, "the stop is reported only once");
    CHECK_OK(kill(child, SIGCONT));
    CHECK(waitpid(child, &status, WCONTINUED) == child, "waitpid(WCONTINUED) returns the continued child");
    CHECK(WIFCONTINUED(status) && status == 0xffff, "the status is 0xffff");
    CHECK_OK(kill(child, SIGTSTP));
    CHECK(waitpid(child, &status, WUNTRACED) == child && WIFSTOPPED(status) && WSTOPSIG(status) == SIGTSTP,
          "SIGTSTP at its default stops");
    CHECK(waitpid(child, &status, WNOHANG) == 0, "without WUNTRACED a stopped child is not reported");
    CHECK_OK(kill(child, SIGKILL));
    CHECK(waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
          "SIGKILL ends a stopped child");
    return tap_done();
}
