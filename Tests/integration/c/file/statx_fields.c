// statx(2) reports what stat(2) reports (type, mode, links, owner, inode, size, blocks,
// times, the device of a node) with the basic-stats mask; AT_SYMLINK_NOFOLLOW and
// AT_EMPTY_PATH work as for fstatat; both sync-type flags or the reserved mask bit are EINVAL.
#include "tap.h"
#include <sys/sysmacros.h>

// musl 1.2.3 has no struct statx: the kernel's layout (include/uapi/linux/stat.h).
struct kstatx_ts { long long tv_sec; unsigned tv_nsec; int reserved; };
struct kstatx {
    unsigned mask, blksize; unsigned long long attributes; unsigned nlink, uid, gid; unsigned short mode, spare0;
    unsigned long long ino, size, blocks, attributes_mask;
    struct kstatx_ts atime, btime, ctime, mtime;
    unsigned rdev_major, rdev_minor, dev_major, dev_minor;
    unsigned long long tail[14];
};
#define BASIC_STATS 0x7ffU

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(sizeof(struct kstatx) == 256, "the struct is 256 bytes");
    tap_write_file(tap_path("f"), "hello", 0640);
    struct stat st;
    struct kstatx sx;
    memset(&sx, 0xff, sizeof sx);
    stat(tap_path("f"), &st);
    CHECK_OK(syscall(SYS_statx, AT_FDCWD, tap_path("f"), 0, BASIC_STATS, &sx));
    CHECK((sx.mask & BASIC_STATS) == BASIC_STATS, "every basic field is reported");
    CHECK(sx.mode == st.st_mode && sx.nlink == st.st_nlink && sx.uid == st.st_uid && sx.gid == st.st_gid,
          "mode, links and owner match stat");
    CHECK(sx.ino == st.st_ino && sx.size == 5 && sx.blocks == (unsigned long long)st.st_blocks, "inode, size, blocks");
    CHECK(sx.mtime.tv_sec == st.st_mtim.tv_sec && sx.mtime.tv_nsec == st.st_mtim.tv_nsec
          && sx.ctime.tv_sec == st.st_ctim.tv_sec, "times match");
    CHECK(makedev(sx.dev_major, sx.dev_minor) == st.st_dev, "the filesystem's device matches st_dev");
    CHECK_OK(symlink("f", tap_path("l")));
    CHECK(syscall(SYS_statx, AT_FDCWD, tap_path("l"), AT_SYMLINK_NOFOLLOW, BASIC_STATS, &sx) == 0 && S_ISLNK(sx.mode),
          "AT_SYMLINK_NOFOLLOW describes the link");
    int fd = open(tap_path("f"), O_RDONLY);
    CHECK(syscall(SYS_statx, fd, "", AT_EMPTY_PATH, BASIC_STATS, &sx) == 0 && sx.ino == st.st_ino,
          "AT_EMPTY_PATH describes the descriptor");
    close(fd);
    CHECK(syscall(SYS_statx, AT_FDCWD, "/dev/null", 0, BASIC_STATS, &sx) == 0 && S_ISCHR(sx.mode)
          && sx.rdev_major == 1 && sx.rdev_minor == 3, "/dev/null: rdev 1:3");
    CHECK_ERRNO(syscall(SYS_statx, AT_FDCWD, tap_path("f"), 0x6000, BASIC_STATS, &sx), EINVAL);
    CHECK_ERRNO(syscall(SYS_statx, AT_FDCWD, tap_path("f"), 0, 0x80000000U, &sx), EINVAL);
    CHECK_ERRNO(syscall(SYS_statx, AT_FDCWD, tap_path("f"), 0x1, BASIC_STATS, &sx), EINVAL);
    CHECK_ERRNO(syscall(SYS_statx, AT_FDCWD, tap_path("missing"), 0, BASIC_STATS, &sx), ENOENT);
    CHECK_ERRNO(syscall(SYS_statx, AT_FDCWD, tap_path("f"), 0, BASIC_STATS, TAP_BAD_POINTER), EFAULT);
    return tap_done();
}
