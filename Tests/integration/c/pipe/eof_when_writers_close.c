// read(2) on a pipe returns 0 only after every write end is closed, including a copy
// inherited by a child; until then it blocks.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe(p);
    int sync[2];
    pipe(sync);
    pid_t pid = fork();
    if (pid == 0) {
        // Holds the write end open until the parent tells it to go.
        close(p[0]);
        char c;
        read(sync[0], &c, 1);
        write(p[1], "z", 1);
        _exit(0);
    }
    close(p[1]);
    close(sync[0]);
    write(sync[1], "g", 1);
    char buf[4];
    CHECK(read(p[0], buf, sizeof buf) == 1 && buf[0] == 'z', "the child's byte arrives");
    CHECK(read(p[0], buf, sizeof buf) == 0, "after the child exits (its write end closed) read returns 0");
    int status;
    waitpid(pid, &status, 0);
    CHECK(read(p[0], buf, sizeof buf) == 0, "EOF stays EOF");
    return tap_done();
}
