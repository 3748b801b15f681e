// Symlinks: readlink returns the target without a NUL (cut to the buffer), lstat sees the
// link and stat its target, O_NOFOLLOW refuses a final link (ELOOP), a dangling link
// stats ENOENT but lstats fine, a loop is ELOOP, readlink of a non-link is EINVAL.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("target"), "12345", 0644);
    CHECK_OK(symlink("target", tap_path("link")));
    CHECK_ERRNO(symlink("other", tap_path("link")), EEXIST);
    char buf[64];
    memset(buf, 'x', sizeof buf);
    CHECK(readlink(tap_path("link"), buf, sizeof buf) == 6 && memcmp(buf, "target", 6) == 0 && buf[6] == 'x',
          "readlink returns the 6-byte target, no NUL added");
    memset(buf, 'x', sizeof buf);
    CHECK(readlink(tap_path("link"), buf, 3) == 3 && memcmp(buf, "tarx", 4) == 0, "a short buffer gets the first bytes");
    CHECK_ERRNO(syscall(SYS_readlink, tap_path("link"), buf, 0), EINVAL);   // musl hides size 0
    CHECK_ERRNO(readlink(tap_path("target"), buf, sizeof buf), EINVAL);
    CHECK_ERRNO(readlink(tap_path("missing"), buf, sizeof buf), ENOENT);
    int dir = open(tap_tmpdir(), O_RDONLY | O_DIRECTORY);
    CHECK(readlinkat(dir, "link", buf, sizeof buf) == 6, "readlinkat resolves against the dirfd");
    close(dir);
    struct stat st, lst;
    CHECK(stat(tap_path("link"), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 5, "stat follows the link");
    CHECK(lstat(tap_path("link"), &lst) == 0 && S_ISLNK(lst.st_mode) && lst.st_size == 6 && (lst.st_mode & 0777) == 0777,
          "lstat describes the link: S_IFLNK, size 6, mode 0777");
    CHECK(lst.st_ino != st.st_ino, "the link has its own inode");
    int fd = open(tap_path("link"), O_RDONLY);
    CHECK(fd >= 0 && read(fd, buf, 5) == 5 && memcmp(buf, "12345", 5) == 0, "open follows the link");
    close(fd);
    CHECK_ERRNO(open(tap_path("link"), O_RDONLY | O_NOFOLLOW), ELOOP);
    fd = open(tap_path("link"), O_PATH | O_NOFOLLOW);
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && S_ISLNK(st.st_mode), "O_PATH|O_NOFOLLOW opens the link itself");
    CHECK(fd >= 0 && readlinkat(fd, "", buf, sizeof buf) == 6, "readlinkat(fd, \"\") reads an O_PATH link");
    close(fd);
    CHECK_OK(symlink("nowhere", tap_path("dangling")));
    CHECK_ERRNO(stat(tap_path("dangling"), &st), ENOENT);
    CHECK(lstat(tap_path("dangling"), &st) == 0 && S_ISLNK(st.st_mode), "a dangling link lstats fine");
    CHECK_OK(symlink("loop2", tap_path("loop1")));
    CHECK_OK(symlink("loop1", tap_path("loop2")));
    CHECK_ERRNO(open(tap_path("loop1"), O_RDONLY), ELOOP);
    CHECK_ERRNO(stat(tap_path("loop1"), &st), ELOOP);
    mkdir(tap_path("d"), 0755);
    tap_write_file(tap_path("d/inner"), "in", 0644);
    CHECK_OK(symlink("d", tap_path("dirlink")));
    CHECK(stat(tap_path("dirlink/inner"), &st) == 0 && st.st_size == 2, "a link in the middle of a path is followed");
    CHECK_ERRNO(symlink("", tap_path("empty")), ENOENT);
    CHECK_OK(unlink(tap_path("link")));
    CHECK(stat(tap_path("target"), &st) == 0, "unlinking the link leaves the target");
    return tap_done();
}
