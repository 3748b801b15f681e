// The C integration cases' harness (Tests/integration/c/<area>/<case>.c, built with
// `musl-gcc -static`): TAP lines `ok N - desc` / `not ok N - desc`, then the summary
// `N passed, M failed`; `tap_done()` returns the exit status (non-zero on any failure).
// Each case checks one behaviour that Linux shows; Linux is the reference, Apus must match.
// Output goes through write(2) one whole line at a time, so nothing is buffered at fork.
// Helpers: scratch directories, children, self-execution, the page-boundary pointer for
// EFAULT checks, and the kernel's name for the few places where Apus differs on purpose.
#ifndef APUS_TAP_H
#define APUS_TAP_H

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int tap_count, tap_failures;
static char tap_scratch[256];
static char tap_self[4096];

/// Writes one formatted line to standard output in a single write(2).
__attribute__((format(printf, 1, 2))) static void tap_printf(const char *format, ...) {
    char line[1024];
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(line, sizeof line - 1, format, ap);
    va_end(ap);
    if (n < 0) return;
    if (n > (int)sizeof line - 2) n = sizeof line - 2;
    line[n++] = '\n';
    for (int done = 0; done < n;) {
        ssize_t w = write(1, line + done, n - done);
        if (w <= 0) { if (w < 0 && errno == EINTR) continue; return; }
        done += w;
    }
}

/// Records one check.
static __attribute__((unused)) void tap_result(int ok, const char *desc, const char *file, int line, const char *detail) {
    tap_count++;
    if (!ok) tap_failures++;
    tap_printf("%s %d - %s", ok ? "ok" : "not ok", tap_count, desc);
    if (!ok && detail) tap_printf("#   %s:%d: %s", file, line, detail);
}

/// A `# text` comment line.
#define NOTE(...) tap_printf("# " __VA_ARGS__)

/// Checks that `cond` holds.
#define CHECK(cond, desc) tap_result(!!(cond), (desc), __FILE__, __LINE__, "failed: " #cond)

/// Checks that `call` fails (returns -1, or MAP_FAILED) with errno `expected`.
#define CHECK_ERRNO(call, expected) do { \
        errno = 0; \
        long tap_r_ = (long)(call); \
        int tap_e_ = errno; \
        char tap_d_[512]; \
        snprintf(tap_d_, sizeof tap_d_, "returned %ld, errno %d (%s); expected -1 with %s", \
                 tap_r_, tap_e_, strerror(tap_e_), #expected); \
        tap_result(tap_r_ == -1 && tap_e_ == (expected), #call " fails with " #expected, \
                   __FILE__, __LINE__, tap_d_); \
    } while (0)

/// Checks that `call` succeeds (does not return -1) and evaluates to its result.
#define CHECK_OK(call) ({ \
        errno = 0; \
        long tap_r_ = (long)(call); \
        int tap_e_ = errno; \
        char tap_d_[512]; \
        snprintf(tap_d_, sizeof tap_d_, "returned %ld, errno %d (%s)", tap_r_, tap_e_, strerror(tap_e_)); \
        tap_result(tap_r_ != -1, #call " succeeds", __FILE__, __LINE__, tap_d_); \
        tap_r_; \
    })

/// Removes `path` and everything below it (for the scratch directory).
static __attribute__((unused)) void tap_remove_tree(const char *path) {
    struct stat st;
    if (lstat(path, &st) != 0) return;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL) {
                if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
                char child[4096];
                snprintf(child, sizeof child, "%s/%s", path, e->d_name);
                tap_remove_tree(child);
            }
            closedir(d);
        }
        chmod(path, 0700);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/// A fresh scratch directory for this run (under $TMPDIR or /tmp), removed by tap_done.
static __attribute__((unused)) const char *tap_tmpdir(void) {
    if (tap_scratch[0]) return tap_scratch;
    const char *base = getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
    snprintf(tap_scratch, sizeof tap_scratch, "%s/apus-case-%d", base, (int)getpid());
    tap_remove_tree(tap_scratch);
    if (mkdir(tap_scratch, 0755) != 0) {
        tap_printf("Bail out! cannot create %s: %s", tap_scratch, strerror(errno));
        _exit(2);
    }
    return tap_scratch;
}

/// `name` inside the scratch directory (a static buffer per call site is the caller's job:
/// this returns a pointer into a small ring of buffers).
static __attribute__((unused)) const char *tap_path(const char *name) {
    static char ring[8][4096];
    static int next;
    char *buffer = ring[next++ % 8];
    snprintf(buffer, 4096, "%s/%s", tap_tmpdir(), name);
    return buffer;
}

/// Creates file `path` with `mode` holding `text`; returns 0 or -1.
static __attribute__((unused)) int tap_write_file(const char *path, const char *text, mode_t mode) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (fd < 0) return -1;
    size_t n = strlen(text);
    ssize_t w = write(fd, text, n);
    close(fd);
    if (w != (ssize_t)n) return -1;
    return chmod(path, mode);
}

/// Remembers the absolute path of this program (argv[0] made absolute) for self-exec.
static __attribute__((unused)) void tap_init(int argc, char **argv) {
    (void)argc;
    if (argv[0][0] == '/') {
        snprintf(tap_self, sizeof tap_self, "%s", argv[0]);
    } else {
        char cwd[2048];
        if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
        snprintf(tap_self, sizeof tap_self, "%s/%s", cwd, argv[0]);
    }
}

/// Prints the summary, removes the scratch directory and returns the exit status.
static __attribute__((unused)) int tap_done(void) {
    if (tap_scratch[0]) tap_remove_tree(tap_scratch);
    tap_printf("%d passed, %d failed", tap_count - tap_failures, tap_failures);
    return (tap_failures == 0 && tap_count > 0) ? 0 : 1;
}

/// Forks; the child runs `fn(arg)` and _exits with its result. Returns the wait status,
/// or -1 if fork or waitpid failed.
static __attribute__((unused)) int tap_run_child(int (*fn)(void *), void *arg) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) _exit(fn(arg));
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return status;
}

/// Runs argv[0] with `argv` in a child (after `prepare()`, when given, returns 0) and puts
/// what it writes to standard output, NUL-terminated, in `out`. Returns the wait status, or
/// -1 if the child could not be started. The child exits 98 if prepare fails, 99 if exec does.
static __attribute__((unused)) int tap_capture(char *const argv[], char *out, size_t size, int (*prepare)(void)) {
    extern char **environ;
    int p[2];
    if (size == 0 || pipe(p) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        dup2(p[1], 1);
        if (prepare && prepare() != 0) _exit(98);
        execve(argv[0], argv, environ);
        _exit(99);
    }
    close(p[1]);
    size_t used = 0;
    ssize_t n;
    while (used < size - 1 && (n = read(p[0], out + used, size - 1 - used)) > 0) used += (size_t)n;
    out[used] = 0;
    close(p[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return status;
}

/// The wait status says the child exited with `code`.
static __attribute__((unused)) int tap_exited_with(int status, int code) {
    return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == code;
}

/// The state letter of /proc/<pid>/stat (R, S, T, Z, ...), 0 if unreadable.
static __attribute__((unused)) char tap_proc_state(pid_t pid) {
    char path[64], text[512] = {0};
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    char *p = n > 0 ? strrchr(text, ')') : NULL;
    return p && p[1] == ' ' ? p[2] : 0;
}

/// Runs `checks(report)` in a forked child (session checks: the child makes itself a
/// session leader, which the test's own process may not be) and reads back `count` result
/// bytes it writes to `report`. True when they all came and the child exited 0.
static __attribute__((unused)) int tap_child_reports(int (*checks)(int report), char *results, size_t count) {
    int p[2];
    if (pipe(p) != 0) return 0;
    pid_t child = fork();
    if (child == 0) {
        close(p[0]);
        _exit(checks(p[1]));
    }
    close(p[1]);
    ssize_t got = child > 0 ? read(p[0], results, count) : -1;
    close(p[0]);
    int status = -1;
    if (child > 0) waitpid(child, &status, 0);
    return got == (ssize_t)count && tap_exited_with(status, 0);
}

/// The wait status says signal `sig` killed the child.
static __attribute__((unused)) int tap_killed_by(int status, int sig) {
    return status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == sig;
}

/// True when running on Apus (uname sysname "Apus"), false on the Linux host. Use only
/// where Apus differs from Linux on purpose, and say so at the check.
static __attribute__((unused)) int tap_is_apus(void) {
    struct utsname u;
    return uname(&u) == 0 && strcmp(u.sysname, "Apus") == 0;
}

/// sysinfo's freeram in bytes once it has settled: on Apus a thread that just exited is
/// freed by the next context switch on its CPU, so a reading right after a child's exit
/// can catch it still allocated. Waits for two equal readings 10 ms apart (a leak is
/// stable, so this hides none); 0 if sysinfo fails.
static __attribute__((unused)) unsigned long long tap_settled_freeram(void) {
    unsigned long long last = 0;
    for (int attempt = 0; attempt < 20; attempt++) {
        struct sysinfo info;
        if (sysinfo(&info) != 0) return 0;
        unsigned long long now = (unsigned long long)info.freeram * info.mem_unit;
        if (attempt > 0 && now == last) return now;
        last = now;
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
    return last;
}

/// The first byte past a mapping, at an exact page boundary: maps two read-write pages,
/// unmaps the second and returns its address (the end of the first). The byte before it
/// is valid memory; the returned address is not.
static __attribute__((unused)) char *tap_page_end(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    munmap(p + page, page);
    return p + page;
}

/// An address below the first page that is never mapped.
#define TAP_BAD_POINTER ((void *)1)

#endif
