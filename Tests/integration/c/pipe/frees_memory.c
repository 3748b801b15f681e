// Pipes give their memory back: after 200 pipes are made, written to, read from and closed
// (also through a forked child), free memory is what it was. Apus only: on Linux free
// memory moves with everything else the host does.
#include "tap.h"
#include <sys/sysinfo.h>

static void churn(void) {
    for (int i = 0; i < 100; i++) {
        int p[2];
        if (pipe(p) != 0) return;
        write(p[1], "data", 4);
        char buf[4];
        read(p[0], buf, 4);
        close(p[0]);
        close(p[1]);
    }
    for (int i = 0; i < 100; i++) {
        int p[2];
        if (pipe(p) != 0) return;
        pid_t pid = fork();
        if (pid == 0) { close(p[0]); write(p[1], "x", 1); _exit(0); }
        close(p[1]);
        char c;
        read(p[0], &c, 1);
        close(p[0]);
        waitpid(pid, NULL, 0);
    }
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    churn();   // warm up: first-use allocations (heap slabs) stay
    unsigned long before = tap_settled_freeram();
    churn();
    unsigned long after = tap_settled_freeram();
    NOTE("free before %lu KiB, after %lu KiB", before / 1024, after / 1024);
    if (tap_is_apus()) CHECK(after == before, "free memory after 200 pipes equals free memory before");
    else CHECK(1, "free memory is only exact on Apus");
    return tap_done();
}
