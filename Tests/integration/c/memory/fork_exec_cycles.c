// 1,000 fork + execve + exit cycles return every frame: sysinfo's freeram after them is
// exactly what it was before (checked on Apus only: on Linux freeram moves with the rest of
// the system). Everything else — every fork, exec and exit status — holds on both.
#include "tap.h"
#include <sys/sysinfo.h>

#define CYCLES 1000
#define WARMUP 10

/// One cycle: the child touches some memory (heap, stack, a mapping) and execs this program
/// in child mode, which exits 42. Returns 1 when the status says so.
static int cycle(void) {
    pid_t pid = fork();
    if (pid < 0) return 0;
    if (pid == 0) {
        char *m = mmap(NULL, 8 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m != MAP_FAILED) memset(m, 1, 8 * 4096);
        char *argv[] = {tap_self, "child", NULL};
        char *envp[] = {NULL};
        execve(tap_self, argv, envp);
        _exit(99);
    }
    int status;
    if (waitpid(pid, &status, 0) != pid) return 0;
    return tap_exited_with(status, 42);
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "child") == 0) {
        volatile char stack[16384];
        stack[0] = 1;
        void *heap = malloc(100000);
        if (heap) memset(heap, 2, 100000);
        return 42 + stack[0] - 1;
    }
    tap_init(argc, argv);
    int good = 1;
    for (int i = 0; i < WARMUP; i++) good &= cycle();   // lets kernel tables reach their size
    unsigned long long before = tap_settled_freeram();
    for (int i = 0; i < CYCLES; i++) good &= cycle();
    unsigned long long after = tap_settled_freeram();
    CHECK(good, "1,000 fork+exec+exit cycles: every child exec'd and exited 42");
    if (tap_is_apus()) {
        if (before != after) NOTE("freeram before %llu, after %llu", before, after);
        CHECK(before == after, "Apus: freeram after 1,000 cycles is exactly what it was before");
    }
    return tap_done();
}
