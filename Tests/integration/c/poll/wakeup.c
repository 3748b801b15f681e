// poll(2) sleeps on the files' wait queues (Linux poll_wait): a write to a pipe wakes a
// poller on its read end at once, not at the next timer tick. Two processes bounce a byte
// through two pipes 200 times, each side waiting in poll with a long timeout; with a wake-up
// only every tick (10 ms) that would take seconds. Also: the last writer's close wakes a
// poller with POLLHUP, and a poll with nothing ready still ends at its timeout.
#include "tap.h"
#include <poll.h>
#include <sys/wait.h>
#include <time.h>

#define ROUNDS 200

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int wait_readable(int fd) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    return poll(&p, 1, 10000) == 1 && (p.revents & POLLIN);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int ping[2], pong[2];
    CHECK_OK(pipe(ping));
    CHECK_OK(pipe(pong));
    pid_t child = fork();
    if (child == 0) {
        char c;
        for (int i = 0; i < ROUNDS; i++) {
            if (!wait_readable(ping[0]) || read(ping[0], &c, 1) != 1 || write(pong[1], &c, 1) != 1) _exit(1);
        }
        _exit(0);
    }
    long start = now_ms();
    int ok = 1;
    char c = 'x';
    for (int i = 0; i < ROUNDS && ok; i++) {
        ok = write(ping[1], &c, 1) == 1 && wait_readable(pong[0]) && read(pong[0], &c, 1) == 1;
    }
    long took = now_ms() - start;
    CHECK(ok, "200 round trips through poll");
    CHECK(took < 1000, "poll wakes at once on a write, not on the tick");
    NOTE("%d round trips took %ld ms", ROUNDS, took);
    int status;
    CHECK(waitpid(child, &status, 0) == child && tap_exited_with(status, 0), "the echoing child saw every byte");

    int hup[2];
    CHECK_OK(pipe(hup));
    pid_t closer = fork();
    if (closer == 0) {
        close(hup[0]);
        usleep(50000);
        _exit(0);   // the last writer goes away
    }
    close(hup[1]);
    struct pollfd p = {.fd = hup[0], .events = POLLIN};
    start = now_ms();
    int n = poll(&p, 1, 10000);
    took = now_ms() - start;
    CHECK(n == 1 && (p.revents & POLLHUP), "the last writer's exit wakes the poller with POLLHUP");
    CHECK(took < 5000, "without waiting for the timeout");
    waitpid(closer, &status, 0);

    int idle[2];
    CHECK_OK(pipe(idle));
    p.fd = idle[0];
    p.events = POLLIN;
    start = now_ms();
    n = poll(&p, 1, 100);
    took = now_ms() - start;
    CHECK(n == 0 && p.revents == 0, "nothing ready: poll returns 0 at its timeout");
    CHECK(took >= 90 && took < 2000, "after about 100 ms");
    return tap_done();
}
