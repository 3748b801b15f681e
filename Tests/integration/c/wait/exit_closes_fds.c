// A process's descriptors are closed when it exits: the write end a child held is gone, so
// the parent's read sees EOF once the child has exited.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int p[2];
    pipe(p);
    pid_t pid = fork();
    if (pid == 0) _exit(0);   // exits holding p[1]
    close(p[1]);
    int status;
    waitpid(pid, &status, 0);
    char c;
    CHECK(read(p[0], &c, 1) == 0, "read returns EOF: exit closed the child's write end");
    return tap_done();
}
