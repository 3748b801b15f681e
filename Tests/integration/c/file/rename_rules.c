// rename(2) and renameat2(2): replacing a file keeps the moved inode, a directory moves
// with its contents and its ".." changes, moving a directory below itself is EINVAL,
// RENAME_NOREPLACE refuses an existing name (EEXIST), unknown flags are EINVAL, renaming a
// name onto a hard link of itself does nothing, RENAME_EXCHANGE swaps two names.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("a"), "A", 0644);
    tap_write_file(tap_path("b"), "B", 0644);
    struct stat sa, sb;
    stat(tap_path("a"), &sa);
    CHECK_OK(rename(tap_path("a"), tap_path("b")));
    CHECK(stat(tap_path("b"), &sb) == 0 && sb.st_ino == sa.st_ino, "the new name is the moved inode");
    mkdir(tap_path("d"), 0755);
    mkdir(tap_path("e"), 0755);
    tap_write_file(tap_path("d/inside"), "x", 0644);
    CHECK_OK(rename(tap_path("d"), tap_path("e/d")));
    CHECK(stat(tap_path("e/d/inside"), &sb) == 0, "the directory moved with its contents");
    struct stat up, e;
    CHECK(stat(tap_path("e/d/.."), &up) == 0 && stat(tap_path("e"), &e) == 0 && up.st_ino == e.st_ino,
          "its \"..\" is the new parent");
    CHECK(e.st_nlink == 3, "the new parent gained a link");
    CHECK_ERRNO(rename(tap_path("e"), tap_path("e/d/x")), EINVAL);
    tap_write_file(tap_path("c"), "C", 0644);
    CHECK_ERRNO(syscall(SYS_renameat2, AT_FDCWD, tap_path("b"), AT_FDCWD, tap_path("c"), 1 /* RENAME_NOREPLACE */), EEXIST);
    CHECK_OK(syscall(SYS_renameat2, AT_FDCWD, tap_path("b"), AT_FDCWD, tap_path("n"), 1));
    CHECK_ERRNO(syscall(SYS_renameat2, AT_FDCWD, tap_path("n"), AT_FDCWD, tap_path("m"), 0x80), EINVAL);
    CHECK_ERRNO(syscall(SYS_renameat2, AT_FDCWD, tap_path("n"), AT_FDCWD, tap_path("c"), 3), EINVAL);
    CHECK_OK(link(tap_path("n"), tap_path("n2")));
    CHECK_OK(rename(tap_path("n"), tap_path("n2")));
    CHECK(stat(tap_path("n"), &sa) == 0 && stat(tap_path("n2"), &sb) == 0 && sa.st_nlink == 2,
          "rename onto a hard link of the same file does nothing");
    CHECK_ERRNO(rename(tap_path("c"), tap_path("c/")), ENOTDIR);
    // RENAME_EXCHANGE (2): both names must exist; a file and a directory swap.
    CHECK_ERRNO(syscall(SYS_renameat2, AT_FDCWD, tap_path("c"), AT_FDCWD, tap_path("nothing"), 2), ENOENT);
    struct stat sc, se;
    stat(tap_path("c"), &sc);
    stat(tap_path("e/d"), &se);
    CHECK_OK(syscall(SYS_renameat2, AT_FDCWD, tap_path("c"), AT_FDCWD, tap_path("e/d"), 2));
    CHECK(stat(tap_path("c"), &sa) == 0 && sa.st_ino == se.st_ino && S_ISDIR(sa.st_mode)
          && stat(tap_path("e/d"), &sb) == 0 && sb.st_ino == sc.st_ino, "RENAME_EXCHANGE swapped a file and a directory");
    CHECK(stat(tap_path("c/inside"), &sa) == 0 && stat(tap_path("c/.."), &up) == 0 && stat(tap_tmpdir(), &e) == 0
          && up.st_ino == e.st_ino, "the swapped directory's \"..\" is its new parent");
    CHECK_ERRNO(rename(tap_tmpdir(), tap_path("e/..")), EBUSY);
    return tap_done();
}
