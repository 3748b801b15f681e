// read(2) on an empty pipe blocks until a writer writes: a child writes after 200 ms and
// the read returns its data no sooner.
#include "tap.h"

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe(p);
    long start = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        struct timespec d = {0, 200 * 1000 * 1000};
        nanosleep(&d, NULL);
        write(p[1], "late", 4);
        _exit(0);
    }
    char buf[8] = {0};
    CHECK(read(p[0], buf, sizeof buf) == 4 && memcmp(buf, "late", 4) == 0, "read returns the child's 4 bytes");
    CHECK(now_ms() - start >= 190, "read waited for the writer (about 200 ms)");
    waitpid(pid, NULL, 0);
    return tap_done();
}
