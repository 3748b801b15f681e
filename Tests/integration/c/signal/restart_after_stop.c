// A stop and continue interrupt blocking syscalls without running a handler, so they
// restart transparently: nanosleep goes on for what was left of the original request
// (restart_syscall; its clock kept running while stopped), and a blocking wait4 still
// returns the child it was waiting for.
#include "tap.h"

static long ms_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

static void nap(int ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static void stop_then_continue(pid_t pid) {
    nap(100);
    kill(pid, SIGSTOP);
    int status;
    waitpid(pid, &status, WUNTRACED);
    nap(500);
    kill(pid, SIGCONT);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status;
    pid_t child = fork();
    if (child == 0) {
        struct timespec start, req = {1, 0};
        clock_gettime(CLOCK_MONOTONIC, &start);
        int r = nanosleep(&req, NULL);
        long elapsed = ms_since(&start);
        // 1 s in all: the 500 ms stopped count against the request, as on Linux.
        _exit(r == 0 && elapsed >= 1000 && elapsed < 1400 ? 0 : 1);
    }
    stop_then_continue(child);
    CHECK(waitpid(child, &status, 0) == child && tap_exited_with(status, 0),
          "nanosleep resumes for the time left after a stop and continue");

    child = fork();
    if (child == 0) {
        pid_t grandchild = fork();
        if (grandchild == 0) { nap(1000); _exit(9); }
        int s = 0;
        pid_t r = waitpid(grandchild, &s, 0);
        _exit(r == grandchild && WIFEXITED(s) && WEXITSTATUS(s) == 9 ? 0 : 1);
    }
    stop_then_continue(child);
    CHECK(waitpid(child, &status, 0) == child && tap_exited_with(status, 0),
          "a blocking wait4 restarts after a stop and continue");
    return tap_done();
}
