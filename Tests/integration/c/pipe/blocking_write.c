// A blocking write larger than the pipe waits for the reader and completes: 1 MiB goes
// through a pipe in one write(2) call while a child drains it, intact and in order.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe(p);
    static unsigned char data[1 << 20];
    for (size_t i = 0; i < sizeof data; i++) data[i] = (unsigned char)(i * 7 + i / 4096);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[1]);
        static unsigned char got[1 << 20];
        size_t total = 0;
        long r;
        while ((r = read(p[0], got + total, sizeof got - total)) > 0) total += r;
        _exit(total == sizeof got && memcmp(got, data, sizeof got) == 0 ? 0 : 1);
    }
    close(p[0]);
    CHECK(write(p[1], data, sizeof data) == (long)sizeof data, "one write(2) of 1 MiB returns 1 MiB");
    close(p[1]);
    int status;
    waitpid(pid, &status, 0);
    CHECK(tap_exited_with(status, 0), "the reader got the 1 MiB intact and in order");
    return tap_done();
}
