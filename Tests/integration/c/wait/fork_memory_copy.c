// After fork(2) the child has a copy of memory: its writes (stack, data, heap, mmap
// private) are not seen by the parent; it starts with the parent's values; fork returns
// 0 in the child and the child's pid in the parent; getppid in the child is the parent.
#include "tap.h"

static int global = 1;

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int local = 2;
    int *heap = malloc(sizeof *heap);
    *heap = 3;
    int *anon = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    *anon = 4;
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        int saw = global == 1 && local == 2 && *heap == 3 && *anon == 4 && getppid() == parent && getpid() != parent;
        global = 10; local = 20; *heap = 30; *anon = 40;
        _exit(saw ? 0 : 1);
    }
    CHECK(pid > 0, "fork returns the child's pid in the parent");
    int status;
    waitpid(pid, &status, 0);
    CHECK(tap_exited_with(status, 0), "the child saw the parent's values, its parent's pid, a pid of its own");
    CHECK(global == 1 && local == 2 && *heap == 3 && *anon == 4, "the child's writes did not reach the parent");
    return tap_done();
}
