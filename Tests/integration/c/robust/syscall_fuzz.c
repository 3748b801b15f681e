// Nothing user space passes may bring the kernel down (issue 3): children running as an
// unprivileged user, alone in their own session, make thousands of syscalls with arguments
// drawn from a fixed pseudo-random sequence — small numbers, -1, flags, pointers into a
// scratch buffer, NULL, unmapped, kernel-half and non-canonical addresses. A child may die
// of what it does to itself (a signal, an exit, munmap of its own code); the parent
// restarts it, kills it if it blocks, and checks the system still works afterwards.
#include "tap.h"
#include <sys/resource.h>

#define FUZZ_UID 54321
#define CHILDREN 24
#define CALLS_PER_CHILD 1500
#define CHILD_SECONDS 4

static unsigned long long state;
static unsigned long long next_random(void) {
    state ^= state << 13; state ^= state >> 7; state ^= state << 17;
    return state;
}

static char *scratch;

static long argument(void) {
    switch (next_random() % 12) {
    case 0: return 0;
    case 1: return -1;
    case 2: return (long)(next_random() % 16);
    case 3: return (long)(next_random() % 4096);
    case 4: return (long)(scratch + next_random() % 8192);               // valid memory
    case 5: return (long)(scratch + 8192 - (next_random() % 16));         // at the end of it
    case 6: return 0x0000400000000000L + (long)(next_random() % 0x100000); // kernel half (Apus)
    case 7: return 0x00007fff80000000L;                                    // kernel image (Apus)
    case 8: return (long)0xffff800000000000UL;                            // upper half
    case 9: return (long)0x8000000000000000UL;                            // non-canonical
    case 10: return 1L << (next_random() % 63);
    default: return (long)next_random();
    }
}

/// Syscalls a child must not make: ones that create processes (a fork bomb tests the
/// machine's size, not the kernel's checks) or replace the fuzzer with another program.
static int excluded(long nr) {
    return nr == SYS_fork || nr == SYS_vfork || nr == SYS_clone || nr == 435 /* clone3 */
        || nr == SYS_execve || nr == SYS_execveat
        || nr == SYS_ptrace;                    // a traced child stops under its parent's wait
}

static void fuzz_child(unsigned long long seed) {
    state = seed * 0x9E3779B97F4A7C15ULL + 1;
    setsid();                                   // its own session and group: kill(0) stays inside
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0); dup2(null, 1); dup2(null, 2);
    if (null > 2) close(null);
    struct rlimit files = {64, 64};
    setrlimit(RLIMIT_NOFILE, &files);
    if (setgid(FUZZ_UID) != 0 || setuid(FUZZ_UID) != 0) _exit(3);
    scratch = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (scratch == MAP_FAILED) _exit(4);
    alarm(CHILD_SECONDS);
    for (int i = 0; i < CALLS_PER_CHILD; i++) {
        long nr = (long)(next_random() % 335);
        if (excluded(nr)) continue;
        long a[6];
        for (int k = 0; k < 6; k++) a[k] = argument();
        syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    }
    _exit(0);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    if (getuid() != 0) { CHECK(0, "runs as root (to drop to an unprivileged user)"); return tap_done(); }
    int finished = 0, signaled = 0, killed_by_us = 0;
    for (int child = 0; child < CHILDREN; child++) {
        pid_t pid = fork();
        if (pid == 0) fuzz_child((unsigned long long)child + 1);
        if (pid < 0) { CHECK(0, "fork a fuzz child"); break; }
        int status = 0;
        // Poll: a child may block forever in a syscall or ignore SIGALRM.
        for (int waited = 0;; waited++) {
            pid_t r = waitpid(pid, &status, WNOHANG);
            if (r == pid && (WIFEXITED(status) || WIFSIGNALED(status))) break;
            if (r == pid) { kill(pid, SIGKILL); killed_by_us++; continue; }   // stopped
            if (waited == (CHILD_SECONDS + 4) * 20) { kill(pid, SIGKILL); killed_by_us++; }
            struct timespec tick = {0, 50 * 1000 * 1000};
            nanosleep(&tick, NULL);
        }
        if (WIFEXITED(status)) finished++;
        if (WIFSIGNALED(status)) signaled++;
    }
    NOTE("%d children exited, %d died of a signal, %d were killed for blocking", finished, signaled, killed_by_us);
    CHECK(finished + signaled == CHILDREN, "every fuzz child ended and was reaped");
    // The system still works: a file, a pipe, a child.
    CHECK(tap_write_file(tap_path("after"), "ok", 0644) == 0, "files still work after the fuzzing");
    int p[2];
    char byte = 0;
    CHECK(pipe(p) == 0 && write(p[1], "x", 1) == 1 && read(p[0], &byte, 1) == 1 && byte == 'x', "pipes still work");
    pid_t pid = fork();
    if (pid == 0) _exit(7);
    int status;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && tap_exited_with(status, 7), "fork and wait still work");
    return tap_done();
}
