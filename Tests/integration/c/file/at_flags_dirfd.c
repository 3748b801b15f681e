// The *at calls' dirfd and flags: newfstatat with AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH,
// unknown flags EINVAL, a dirfd that is no directory ENOTDIR, a bad one EBADF; mkdirat,
// unlinkat (AT_REMOVEDIR), renameat, symlinkat, fchmodat, faccessat relative to a dirfd;
// O_PATH descriptors: fstat and dirfd work, read is EBADF; fchdir.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    mkdir(tap_path("d"), 0755);
    int dir = CHECK_OK(open(tap_path("d"), O_RDONLY | O_DIRECTORY));
    CHECK_OK(mkdirat(dir, "sub", 0755));
    int fd = openat(dir, "file", O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0, "openat creates d/file");
    CHECK_OK(symlinkat("file", dir, "link"));
    struct stat st;
    CHECK(fstatat(dir, "link", &st, 0) == 0 && S_ISREG(st.st_mode), "fstatat follows");
    CHECK(fstatat(dir, "link", &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode), "AT_SYMLINK_NOFOLLOW does not");
    CHECK(fstatat(fd, "", &st, AT_EMPTY_PATH) == 0 && S_ISREG(st.st_mode), "AT_EMPTY_PATH stats the fd");
    CHECK(fstatat(AT_FDCWD, "", &st, AT_EMPTY_PATH) == 0 && S_ISDIR(st.st_mode), "AT_EMPTY_PATH with AT_FDCWD: the cwd");
    CHECK(fstatat(1, "", &st, AT_EMPTY_PATH) == 0, "AT_EMPTY_PATH on standard output");
    CHECK_ERRNO(fstatat(dir, "", &st, 0), ENOENT);
    CHECK_ERRNO(syscall(SYS_newfstatat, dir, "file", &st, 0x1), EINVAL);
    CHECK_ERRNO(fstatat(fd, "x", &st, 0), ENOTDIR);
    CHECK_ERRNO(fstatat(4000, "x", &st, 0), EBADF);
    CHECK_ERRNO(mkdirat(fd, "x", 0755), ENOTDIR);
    CHECK_OK(fchmodat(dir, "file", 0600, 0));
    CHECK(fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0600, "fchmodat relative to the dirfd");
    CHECK_OK(faccessat(dir, "file", F_OK, 0));
    CHECK_OK(renameat(dir, "file", dir, "renamed"));
    CHECK_ERRNO(fstatat(dir, "file", &st, 0), ENOENT);
    CHECK_ERRNO(unlinkat(dir, "sub", 0), EISDIR);
    CHECK_ERRNO(unlinkat(dir, "renamed", AT_REMOVEDIR), ENOTDIR);
    CHECK_ERRNO(unlinkat(dir, "sub", 0x1), EINVAL);
    CHECK_OK(unlinkat(dir, "sub", AT_REMOVEDIR));
    CHECK_OK(unlinkat(dir, "renamed", 0));
    int path = open(tap_path("d"), O_PATH);
    CHECK(path >= 0 && fstat(path, &st) == 0 && S_ISDIR(st.st_mode), "an O_PATH descriptor fstats");
    char c;
    CHECK_ERRNO(read(path, &c, 1), EBADF);
    CHECK_ERRNO(syscall(SYS_getdents64, path, &st, sizeof st), EBADF);
    CHECK(fstatat(path, "link", &st, AT_SYMLINK_NOFOLLOW) == 0, "an O_PATH descriptor works as a dirfd");
    CHECK((fcntl(path, F_GETFL) & O_PATH) != 0, "F_GETFL shows O_PATH");
    CHECK_OK(fchdir(path));
    char cwd[4096];
    CHECK(getcwd(cwd, sizeof cwd) != NULL && strcmp(cwd, tap_path("d")) == 0, "fchdir to an O_PATH directory");
    CHECK_ERRNO(fchdir(fd), ENOTDIR);
    CHECK_ERRNO(fchdir(4000), EBADF);
    chdir("/");
    close(path);
    close(fd);
    close(dir);
    return tap_done();
}
