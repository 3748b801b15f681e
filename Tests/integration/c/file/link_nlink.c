// Hard links: link(2) adds a name for the same inode (st_nlink counts the names), data
// written through one name reads through the other, unlink drops one name; a directory
// cannot be linked (EPERM), an existing new name is EEXIST; linkat follows a symlink only
// with AT_SYMLINK_FOLLOW; mkdir adds one link to the parent.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("a"), "one", 0644);
    CHECK_OK(link(tap_path("a"), tap_path("b")));
    struct stat sa, sb;
    CHECK(stat(tap_path("a"), &sa) == 0 && stat(tap_path("b"), &sb) == 0, "both names stat");
    CHECK(sa.st_ino == sb.st_ino && sa.st_nlink == 2 && sb.st_nlink == 2, "same inode, two links");
    int fd = open(tap_path("b"), O_WRONLY | O_APPEND);
    CHECK(write(fd, "two", 3) == 3, "append through the second name");
    close(fd);
    char buf[16] = {0};
    fd = open(tap_path("a"), O_RDONLY);
    CHECK(read(fd, buf, sizeof buf) == 6 && strcmp(buf, "onetwo") == 0, "the first name sees the data");
    close(fd);
    CHECK_ERRNO(link(tap_path("a"), tap_path("b")), EEXIST);
    CHECK_ERRNO(link(tap_path("missing"), tap_path("c")), ENOENT);
    CHECK_OK(mkdir(tap_path("d"), 0755));
    CHECK_ERRNO(link(tap_path("d"), tap_path("dlink")), EPERM);
    CHECK_ERRNO(link(tap_path("a"), tap_path("nodir/c")), ENOENT);
    CHECK_OK(unlink(tap_path("a")));
    CHECK(stat(tap_path("b"), &sb) == 0 && sb.st_nlink == 1, "after unlink one link is left");
    CHECK_OK(symlink("b", tap_path("sym")));
    CHECK_OK(linkat(AT_FDCWD, tap_path("sym"), AT_FDCWD, tap_path("hard-to-sym"), 0));
    CHECK(lstat(tap_path("hard-to-sym"), &sa) == 0 && S_ISLNK(sa.st_mode), "linkat without flags links the symlink itself");
    CHECK_OK(linkat(AT_FDCWD, tap_path("sym"), AT_FDCWD, tap_path("hard-to-b"), AT_SYMLINK_FOLLOW));
    CHECK(lstat(tap_path("hard-to-b"), &sa) == 0 && S_ISREG(sa.st_mode) && sa.st_ino == sb.st_ino,
          "AT_SYMLINK_FOLLOW links the target");
    CHECK_ERRNO(linkat(AT_FDCWD, tap_path("b"), AT_FDCWD, tap_path("x"), 0x8000), EINVAL);
    struct stat sd, sd2;
    CHECK(stat(tap_path("d"), &sd) == 0 && sd.st_nlink == 2, "an empty directory has 2 links");
    CHECK_OK(mkdir(tap_path("d/sub"), 0755));
    CHECK(stat(tap_path("d"), &sd2) == 0 && sd2.st_nlink == 3, "a subdirectory adds one (its \"..\")");
    CHECK_OK(rmdir(tap_path("d/sub")));
    CHECK(stat(tap_path("d"), &sd2) == 0 && sd2.st_nlink == 2, "rmdir takes it away again");
    return tap_done();
}
