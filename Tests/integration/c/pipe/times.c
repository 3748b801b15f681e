// A pipe's inode has an owner and times, as pipefs gives it: made now, owned by its
// creator (mode 0600), left alone by reads and writes (Linux 6.8 stopped stamping
// anonymous pipes), and changed by futimens under the rules of any file: explicit times
// need the owner (EPERM), "now" needs write permission (EACCES), ctime moves with either.
#include "tap.h"
#include "file_times.h"

/// The uid and gid the unprivileged children switch to.
#define NOBODY 65534

static int same(struct timespec a, struct timespec b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }

static int become_nobody(void) { return setgid(NOBODY) == 0 && setuid(NOBODY) == 0; }

/// As nobody: a new pipe's owner is the creator.
static int nobody_makes_pipe(void *arg) {
    (void)arg;
    if (!become_nobody()) return 200;
    int p[2];
    struct stat st;
    if (pipe(p) != 0 || fstat(p[1], &st) != 0) return 201;
    return st.st_uid == NOBODY && st.st_gid == NOBODY ? 0 : 1;
}

static int inherited_fd;
static const struct timespec *inherited_times;

/// As nobody: futimens on root's pipe; 0 or the errno.
static int nobody_futimens(void *arg) {
    (void)arg;
    if (!become_nobody()) return 200;
    return futimens(inherited_fd, inherited_times) == 0 ? 0 : errno;
}

static int nobody_result(int fd, const struct timespec *times) {
    inherited_fd = fd;
    inherited_times = times;
    int status = tap_run_child(nobody_futimens, NULL);
    return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct timespec start = realtime();
    int p[2];
    CHECK_OK(pipe(p));
    struct timespec end = realtime();
    struct stat r, w;
    CHECK(fstat(p[0], &r) == 0 && fstat(p[1], &w) == 0 && r.st_ino == w.st_ino, "both ends are one inode");
    CHECK(within(r.st_atim, start, end) && same(r.st_atim, r.st_mtim) && same(r.st_mtim, r.st_ctim),
          "a new pipe's atime, mtime and ctime are now");
    CHECK(r.st_uid == geteuid() && r.st_gid == getegid() && (r.st_mode & 07777) == 0600,
          "it is its creator's, mode 0600");
    int status = tap_run_child(nobody_makes_pipe, NULL);
    CHECK(status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0, "a pipe made by uid 65534 is owned by 65534");

    pause_briefly();
    char c;
    CHECK(write(p[1], "x", 1) == 1 && read(p[0], &c, 1) == 1, "a byte goes through");
    struct stat after;
    CHECK(fstat(p[1], &after) == 0 && same(after.st_atim, r.st_atim) && same(after.st_mtim, r.st_mtim)
          && same(after.st_ctim, r.st_ctim), "reads and writes leave the times alone");

    struct timespec explicit_times[2] = {{100, 5}, {200, 7}};
    start = realtime();
    CHECK_OK(futimens(p[0], explicit_times));
    end = realtime();
    CHECK(fstat(p[1], &after) == 0 && after.st_atim.tv_sec == 100 && after.st_atim.tv_nsec == 5
          && after.st_mtim.tv_sec == 200 && after.st_mtim.tv_nsec == 7 && within(after.st_ctim, start, end),
          "futimens on the read end sets atime and mtime (seen through the write end); ctime is now");
    struct timespec omit_access[2] = {{0, UTIME_OMIT}, {300, 0}};
    CHECK_OK(futimens(p[1], omit_access));
    CHECK(fstat(p[0], &after) == 0 && after.st_atim.tv_sec == 100 && after.st_mtim.tv_sec == 300,
          "UTIME_OMIT keeps atime");
    start = realtime();
    CHECK_OK(futimens(p[1], NULL));
    end = realtime();
    CHECK(fstat(p[0], &after) == 0 && within(after.st_atim, start, end) && within(after.st_mtim, start, end),
          "futimens(NULL) sets both to now");
    struct timespec empty_path[2] = {{400, 0}, {0, UTIME_OMIT}};
    CHECK_OK(utimensat(p[1], "", empty_path, AT_EMPTY_PATH));
    CHECK(fstat(p[0], &after) == 0 && after.st_atim.tv_sec == 400, "utimensat with AT_EMPTY_PATH on a pipe end sets its times");
    struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
    CHECK_ERRNO(futimens(p[0], bad), EINVAL);
    CHECK(nobody_result(p[0], explicit_times) == EPERM, "uid 65534 may not set explicit times on root's pipe (EPERM)");
    CHECK(nobody_result(p[0], NULL) == EACCES, "... nor touch it, without write permission on the 0600 inode (EACCES)");
    return tap_done();
}
