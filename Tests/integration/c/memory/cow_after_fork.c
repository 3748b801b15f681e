// Copy-on-write after fork over many pages: the child sees the parent's data, then parent
// and child each write their own values to every page and see only their own; read-only
// data stays shared and readable in both.
#include "tap.h"

#define PAGES 512

static const char rodata[] = "read-only data survives fork";

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    unsigned char *p = mmap(NULL, PAGES * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED, "mmap 512 pages");
    for (int i = 0; i < PAGES; i++) p[i * page] = (unsigned char)i;
    int pipefd[2];
    pid_t pid = fork();
    if (pid == 0) {
        int ok = 1;
        for (int i = 0; i < PAGES; i++) if (p[i * page] != (unsigned char)i) ok = 0;
        for (int i = 0; i < PAGES; i++) p[i * page] = (unsigned char)(i + 100);
        usleep(20000);   // let the parent write its own values meanwhile
        for (int i = 0; i < PAGES; i++) if (p[i * page] != (unsigned char)(i + 100)) ok = 0;
        if (strcmp(rodata, "read-only data survives fork") != 0) ok = 0;
        _exit(ok ? 0 : 1);
    }
    (void)pipefd;
    CHECK(pid > 0, "fork");
    for (int i = 0; i < PAGES; i += 2) p[i * page] = (unsigned char)(i + 7);
    int status;
    waitpid(pid, &status, 0);
    CHECK(tap_exited_with(status, 0), "the child saw the parent's data and then only its own writes");
    int ok = 1;
    for (int i = 0; i < PAGES; i++) {
        unsigned char want = (unsigned char)(i % 2 == 0 ? i + 7 : i);
        if (p[i * page] != want) ok = 0;
    }
    CHECK(ok, "the parent sees its own writes and none of the child's");
    CHECK(strcmp(rodata, "read-only data survives fork") == 0, "read-only data is intact in the parent");
    return tap_done();
}
