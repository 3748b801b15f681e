// chmod/fchmod set the permission bits stat shows; access(2) checks them against the
// caller (root reads and writes anything, but executes only with some x bit); the umask
// strips bits from new files and directories; umask(2) returns the old mask.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("f"), "data", 0644);
    struct stat st;
    CHECK_OK(chmod(tap_path("f"), 0600));
    CHECK(stat(tap_path("f"), &st) == 0 && (st.st_mode & 07777) == 0600 && S_ISREG(st.st_mode), "chmod 0600");
    int fd = open(tap_path("f"), O_RDONLY);
    CHECK_OK(fchmod(fd, 04755));
    CHECK(fstat(fd, &st) == 0 && (st.st_mode & 07777) == 04755, "fchmod 04755, set-user-ID kept for root");
    close(fd);
    CHECK_ERRNO(chmod(tap_path("missing"), 0644), ENOENT);
    CHECK_ERRNO(fchmod(4000, 0644), EBADF);
    CHECK_OK(access(tap_path("f"), F_OK));
    CHECK_ERRNO(access(tap_path("missing"), F_OK), ENOENT);
    CHECK_ERRNO(access(tap_path("f"), 8), EINVAL);
    if (geteuid() == 0) {
        CHECK_OK(chmod(tap_path("f"), 0));
        CHECK_OK(access(tap_path("f"), R_OK | W_OK));
        CHECK_ERRNO(access(tap_path("f"), X_OK), EACCES);
        fd = open(tap_path("f"), O_RDWR);
        CHECK(fd >= 0, "root opens a mode-0 file for reading and writing");
        close(fd);
        CHECK_OK(chmod(tap_path("f"), 0010));
        CHECK_OK(access(tap_path("f"), X_OK));
        CHECK_OK(mkdir(tap_path("d"), 0));
        CHECK_OK(access(tap_path("d"), R_OK | W_OK | X_OK));
        CHECK_OK(faccessat(AT_FDCWD, tap_path("d"), X_OK, 0));
    } else {
        NOTE("not root: the root-only checks are skipped");
    }
    mode_t old = umask(027);
    CHECK(umask(027) == 027, "umask returns the mask it set");
    fd = open(tap_path("new"), O_WRONLY | O_CREAT, 0777);
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0750, "umask 027 turns 0777 into 0750");
    close(fd);
    CHECK_OK(mkdir(tap_path("newdir"), 01777));
    CHECK(stat(tap_path("newdir"), &st) == 0 && (st.st_mode & 07777) == 01750, "mkdir keeps the sticky bit, drops 027");
    umask(0);
    fd = open(tap_path("open-mode"), O_WRONLY | O_CREAT, 0666);
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0666, "umask 0 keeps 0666");
    close(fd);
    CHECK((umask(old) & 0777) == 0, "umask(0) was in effect");
    return tap_done();
}
