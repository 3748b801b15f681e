// Microbenchmarks of the paths a small kernel should win on: a trivial syscall, fork + exit
// + wait, fork + exec + wait, and a pipe round trip between two processes. The same static
// binary runs on the Linux host and as PID 1 in the guest (`make bench`); each line is
// "bench: NAME N ns/op (COUNT ops)". Figures, not assertions on time: the machines are
// shared. The TAP lines only say each loop's operations all succeeded (for the runner).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int checks, failures;

static void report(const char *name, long long start, int count, int ok) {
    long long per = (now_ns() - start) / count;
    printf("bench: %-18s %10lld ns/op (%d ops)\n", name, per, count);
    checks++;
    if (!ok) failures++;
    printf("%s %d - every %s succeeded\n", ok ? "ok" : "not ok", checks, name);
    fflush(stdout);
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--exit") == 0) return 0;
    int scale = getenv("BENCH_SCALE") ? atoi(getenv("BENCH_SCALE")) : 1;
    if (scale < 1) scale = 1;

    int n = 200000 / scale;
    long long start = now_ns();
    int ok = 1;
    for (int i = 0; i < n; i++) ok &= syscall(SYS_getppid) >= 0;
    report("syscall (getppid)", start, n, ok);

    n = 400 / scale;
    start = now_ns();
    ok = 1;
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid == 0) _exit(0);
        int status;
        ok &= pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    report("fork+exit+wait", start, n, ok);

    n = 200 / scale;
    start = now_ns();
    ok = 1;
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            char *args[] = {argv[0], "--exit", NULL};
            execve(argv[0], args, NULL);
            _exit(1);
        }
        int status;
        ok &= pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    report("fork+exec+wait", start, n, ok);

    int there[2], back[2];
    if (pipe(there) != 0 || pipe(back) != 0) return 1;
    n = 20000 / scale;
    pid_t pid = fork();
    if (pid == 0) {
        char byte;
        for (int i = 0; i < n; i++) {
            if (read(there[0], &byte, 1) != 1 || write(back[1], &byte, 1) != 1) _exit(1);
        }
        _exit(0);
    }
    start = now_ns();
    ok = 1;
    for (int i = 0; i < n && ok; i++) {
        char byte = 'x';
        ok = write(there[1], &byte, 1) == 1 && read(back[0], &byte, 1) == 1;
    }
    report("pipe round trip", start, n, ok);
    waitpid(pid, NULL, 0);
    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures != 0;
}
