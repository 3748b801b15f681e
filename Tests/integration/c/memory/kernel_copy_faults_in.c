// Kernel copies fault pages in like user accesses do: a syscall writing into a fresh,
// never-touched anonymous page works (demand zero from kernel mode), and one writing into a
// page shared copy-on-write after fork gives the writer its own copy — the other side keeps
// its data.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    char *fresh = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(fresh != MAP_FAILED, "mmap 2 pages, untouched");
    CHECK(syscall(SYS_uname, fresh + page - 100) == 0, "uname into an untouched page (and across into the next) works");
    CHECK(fresh[page - 100] != 0 && fresh[0] == 0, "the kernel's bytes arrived; the rest reads as zero");

    char *shared = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(shared, 'p', page);
    pid_t pid = fork();
    if (pid == 0) {
        struct timespec *ts = (struct timespec *)shared;
        if (syscall(SYS_clock_gettime, CLOCK_MONOTONIC, ts) != 0) _exit(2);
        // tv_nsec < 10^9 cannot be the bytes "pppppppp" (0x7070707070707070).
        _exit(shared[page - 1] == 'p' && memcmp(shared + 8, "pppppppp", 8) != 0 ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    CHECK(tap_exited_with(status, 0), "in the child, clock_gettime wrote into its copy of a shared page");
    int intact = 1;
    for (long i = 0; i < page; i++) if (shared[i] != 'p') intact = 0;
    CHECK(intact, "the parent's page is untouched");
    return tap_done();
}
