// File times against the wall clock: a new file's atime/mtime/ctime are "now" (the RTC on
// Apus), the initrd's files carry their build time (not 1970), a write moves mtime and
// ctime, chmod moves ctime, and utimensat/futimens follow Linux: explicit times (before the
// epoch too), UTIME_NOW/UTIME_OMIT, both OMIT returning 0 before anything is looked at,
// EFAULT/EINVAL/ENOENT/EBADF in Linux's order, and who may do what (ATTR_TOUCH needs
// write permission — EACCES; any other change needs ownership — EPERM, even NOW beside OMIT).
#include "tap.h"
#include "file_times.h"

/// 2024-01-01 00:00 UTC: anything earlier means the clock (or the archive) is not real.
#define SANE_EPOCH 1704067200L

static const char *target;

/// In a child that dropped to uid/gid 65534: utimensat on `target` with `times`; exits
/// with 0 on success or the errno.
static int as_nobody(void *arg) {
    if (setgid(65534) != 0 || setuid(65534) != 0) return 200;
    return utimensat(AT_FDCWD, target, (const struct timespec *)arg, 0) == 0 ? 0 : errno;
}

static int nobody_result(const char *path, const struct timespec *times) {
    target = path;
    int status = tap_run_child(as_nobody, (void *)times);
    return (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct stat st;

    struct timespec start = realtime();
    CHECK(start.tv_sec > SANE_EPOCH, "CLOCK_REALTIME is the real date (the RTC on Apus)");
    const char *f = tap_path("f");
    CHECK_OK(tap_write_file(f, "x", 0644));
    struct timespec end = realtime();
    CHECK(stat(f, &st) == 0 && within(st.st_atim, start, end) && within(st.st_mtim, start, end)
          && within(st.st_ctim, start, end), "a new file's atime, mtime and ctime are now");

    // This program's own file: on Apus it came from the initrd, whose members keep their mtimes.
    CHECK(stat(tap_self, &st) == 0 && st.st_mtim.tv_sec > SANE_EPOCH && st.st_mtim.tv_sec <= end.tv_sec
          && st.st_atim.tv_sec > SANE_EPOCH, "an installed program's mtime and atime are its build time, not 1970");
    CHECK(stat(tap_self, &st) == 0 && !before(st.st_ctim, st.st_mtim), "its ctime is not before its mtime");

    // Writes move mtime and ctime from an old explicit time to now.
    struct timespec old[2] = {{1000000000, 5}, {1200000000, 7}};
    CHECK_OK(utimensat(AT_FDCWD, f, old, 0));
    CHECK(stat(f, &st) == 0 && st.st_atim.tv_sec == 1000000000 && st.st_atim.tv_nsec == 5
          && st.st_mtim.tv_sec == 1200000000 && st.st_mtim.tv_nsec == 7, "explicit times are stored to the nanosecond");
    struct timespec changed = st.st_ctim;
    CHECK(changed.tv_sec >= start.tv_sec - 1, "utimensat sets ctime to now, not to the given times");
    pause_briefly();
    int fd = open(f, O_WRONLY);
    start = realtime();
    CHECK(write(fd, "yz", 2) == 2, "write succeeds");
    end = realtime();
    CHECK(fstat(fd, &st) == 0 && within(st.st_mtim, start, end) && within(st.st_ctim, start, end)
          && before(changed, st.st_ctim), "a write sets mtime and ctime to now");
    CHECK(st.st_atim.tv_sec == 1000000000, "a write leaves atime alone");
    changed = st.st_ctim;
    pause_briefly();
    CHECK_OK(fchmod(fd, 0640));
    CHECK(fstat(fd, &st) == 0 && before(changed, st.st_ctim) && st.st_mtim.tv_sec != 1200000000
          && st.st_mtim.tv_sec <= st.st_ctim.tv_sec, "chmod moves ctime, not mtime");
    CHECK_OK(fchmod(fd, 0644));

    // UTIME_NOW and UTIME_OMIT, one at a time.
    CHECK_OK(utimensat(AT_FDCWD, f, old, 0));
    struct timespec now_omit[2] = {{0, UTIME_NOW}, {12345, UTIME_OMIT}};
    start = realtime();
    CHECK_OK(utimensat(AT_FDCWD, f, now_omit, 0));
    end = realtime();
    CHECK(stat(f, &st) == 0 && within(st.st_atim, start, end) && st.st_mtim.tv_sec == 1200000000
          && st.st_mtim.tv_nsec == 7, "UTIME_NOW sets atime to now, UTIME_OMIT keeps mtime");
    struct timespec omit_now[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
    CHECK_OK(utimensat(AT_FDCWD, f, old, 0));
    start = realtime();
    CHECK_OK(utimensat(AT_FDCWD, f, omit_now, 0));
    end = realtime();
    CHECK(stat(f, &st) == 0 && st.st_atim.tv_sec == 1000000000 && within(st.st_mtim, start, end),
          "UTIME_OMIT keeps atime, UTIME_NOW sets mtime to now");

    // Before the epoch and the largest nanosecond.
    struct timespec early[2] = {{-1, 999999999}, {-86400 * 365, 0}};
    CHECK_OK(utimensat(AT_FDCWD, f, early, 0));
    CHECK(stat(f, &st) == 0 && st.st_atim.tv_sec == -1 && st.st_atim.tv_nsec == 999999999
          && st.st_mtim.tv_sec == -86400 * 365, "times before 1970 are kept");

    // Both OMIT: 0 before the path, the flags or the fd are looked at.
    struct timespec omit[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
    CHECK(stat(f, &st) == 0, "stat");
    struct timespec ctime_before = st.st_ctim;
    pause_briefly();
    CHECK_OK(utimensat(AT_FDCWD, f, omit, 0));
    CHECK(stat(f, &st) == 0 && st.st_ctim.tv_sec == ctime_before.tv_sec && st.st_ctim.tv_nsec == ctime_before.tv_nsec,
          "both UTIME_OMIT changes nothing, not even ctime");
    CHECK_OK(utimensat(AT_FDCWD, tap_path("missing"), omit, 0));
    CHECK_OK(utimensat(AT_FDCWD, f, omit, 0x4000));
    CHECK_OK(utimensat(AT_FDCWD, TAP_BAD_POINTER, omit, 0));
    CHECK_OK(futimens(4000, omit));

    // Errors, in Linux's order.
    // The raw syscall: musl's utimensat reads the times itself first.
    CHECK_ERRNO(syscall(SYS_utimensat, AT_FDCWD, f, TAP_BAD_POINTER, 0), EFAULT);
    struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
    struct timespec negative[2] = {{0, 0}, {0, -1}};
    CHECK_ERRNO(utimensat(AT_FDCWD, f, bad, 0), EINVAL);
    CHECK_ERRNO(utimensat(AT_FDCWD, f, negative, 0), EINVAL);
    CHECK_ERRNO(utimensat(AT_FDCWD, tap_path("missing"), bad, 0), ENOENT);
    CHECK_ERRNO(utimensat(AT_FDCWD, f, bad, 0x4000), EINVAL);
    CHECK_ERRNO(utimensat(AT_FDCWD, tap_path("missing"), NULL, 0), ENOENT);
    CHECK_ERRNO(utimensat(fd, NULL, NULL, AT_SYMLINK_NOFOLLOW), EINVAL);
    CHECK_ERRNO(futimens(4000, NULL), EBADF);
    CHECK_ERRNO(futimens(4000, bad), EBADF);
    int path_fd = open(f, O_PATH);
    CHECK_ERRNO(futimens(path_fd, NULL), EBADF);
    CHECK_OK(utimensat(path_fd, "", NULL, AT_EMPTY_PATH));
    close(path_fd);

    // futimens through a descriptor, with NULL (both now).
    CHECK_OK(futimens(fd, old));
    start = realtime();
    CHECK_OK(futimens(fd, NULL));
    end = realtime();
    CHECK(fstat(fd, &st) == 0 && within(st.st_atim, start, end) && within(st.st_mtim, start, end),
          "futimens(NULL) sets both to now");
    close(fd);

    // Who may: another user with write permission may only touch (both now); without it, EACCES.
    if (geteuid() == 0) {
        struct timespec now_now[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
        struct timespec now_only[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
        CHECK_OK(chmod(f, 0666));
        CHECK(nobody_result(f, NULL) == 0, "another user with write permission may set both to now (NULL)");
        CHECK(nobody_result(f, now_now) == 0, "... and with {UTIME_NOW, UTIME_NOW}");
        CHECK(nobody_result(f, now_only) == EPERM, "... but {UTIME_NOW, UTIME_OMIT} is EPERM (owner only)");
        CHECK(nobody_result(f, old) == EPERM, "... and explicit times are EPERM");
        CHECK(nobody_result(f, omit) == 0, "... both UTIME_OMIT is 0 for anyone");
        CHECK_OK(chmod(f, 0644));
        CHECK(nobody_result(f, NULL) == EACCES, "without write permission, NULL times are EACCES");
        CHECK(nobody_result(f, old) == EPERM, "... and explicit times EPERM");
        CHECK_OK(chmod(f, 0444));
        CHECK_OK(utimensat(AT_FDCWD, f, NULL, 0));
        CHECK_OK(utimensat(AT_FDCWD, f, old, 0));
    } else {
        tap_printf("ok %d - another user's rights # SKIP not root: cannot become another user", ++tap_count);
    }
    return tap_done();
}
