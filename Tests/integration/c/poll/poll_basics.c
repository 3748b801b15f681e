// poll(2) over pipes, files and bad descriptors: readiness bits, POLLHUP when the writers
// are gone, POLLNVAL for a closed fd, negative fds ignored, timeouts, EFAULT, EINVAL, and
// EINTR when a handler runs. (musl calls poll at startup of every AT_SECURE program.)
#include "tap.h"
#include <poll.h>
#include <sys/resource.h>

static void on_alarm(int s) { (void)s; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    CHECK(pipe(p) == 0, "a pipe");
    struct pollfd fds[4] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}, {-1, POLLIN, 0}, {1000, POLLIN, 0}};
    CHECK(poll(fds, 4, 0) == 2 && fds[0].revents == 0 && (fds[1].revents & POLLOUT) && fds[2].revents == 0
          && fds[3].revents == POLLNVAL, "empty pipe: write end ready, read end not, -1 ignored, a closed fd POLLNVAL");
    CHECK(write(p[1], "x", 1) == 1 && poll(fds, 1, 0) == 1 && (fds[0].revents & POLLIN), "after a write the read end is POLLIN");
    close(p[1]);
    char c;
    read(p[0], &c, 1);
    CHECK(poll(fds, 1, 0) == 1 && (fds[0].revents & POLLHUP), "with every writer gone the read end is POLLHUP");
    close(p[0]);

    CHECK(tap_write_file(tap_path("f"), "data", 0644) == 0, "a file");
    int fd = open(tap_path("f"), O_RDWR);
    struct pollfd file = {fd, POLLIN | POLLOUT, 0};
    CHECK(poll(&file, 1, -1) == 1 && (file.revents & (POLLIN | POLLOUT)) == (POLLIN | POLLOUT), "a regular file is always ready");
    close(fd);

    int q[2];
    pipe(q);
    struct pollfd wait_read = {q[0], POLLIN, 0};
    struct timespec before, after;
    clock_gettime(CLOCK_MONOTONIC, &before);
    int r = poll(&wait_read, 1, 50);
    clock_gettime(CLOCK_MONOTONIC, &after);
    long elapsed_ms = (after.tv_sec - before.tv_sec) * 1000 + (after.tv_nsec - before.tv_nsec) / 1000000;
    CHECK(r == 0 && wait_read.revents == 0 && elapsed_ms >= 50, "a 50 ms timeout with nothing ready returns 0 after it");

    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    alarm(1);
    errno = 0;
    CHECK(poll(&wait_read, 1, 5000) == -1 && errno == EINTR, "a signal handler interrupts a waiting poll with EINTR");
    CHECK_ERRNO(syscall(SYS_poll, TAP_BAD_POINTER, 1, 0), EFAULT);
    struct rlimit files;
    getrlimit(RLIMIT_NOFILE, &files);
    CHECK_ERRNO(syscall(SYS_poll, &wait_read, files.rlim_cur + 1, 0), EINVAL);
    return tap_done();
}
