// Filling the filesystem: writing far past available space ends in ENOSPC (Apus: its ramfs
// is limited to half of RAM, as tmpfs by default), not a crash; a short write is reported
// first; unlinking the file gives the space back. On the host the check only runs on a
// tmpfs /tmp smaller than 1 GiB (skipped otherwise).
#include "tap.h"
#include <sys/vfs.h>

#define TMPFS_MAGIC 0x01021994

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct statfs fs;
    int bounded = tap_is_apus() || (statfs(tap_tmpdir(), &fs) == 0 && fs.f_type == TMPFS_MAGIC
                                    && (unsigned long long)fs.f_blocks * fs.f_bsize < (1ULL << 30));
    if (!bounded) {
        NOTE("the scratch directory is not a small tmpfs: nothing to fill");
        CHECK(1, "skipped on this host");
        return tap_done();
    }
    int fd = open(tap_path("big"), O_WRONLY | O_CREAT, 0644);
    static char chunk[1 << 20];
    memset(chunk, 'x', sizeof chunk);
    long long total = 0;
    int error = 0;
    for (int i = 0; i < 4096; i++) {
        ssize_t w = write(fd, chunk, sizeof chunk);
        if (w < 0) { error = errno; break; }
        total += w;
    }
    CHECK(error == ENOSPC, "writing until full ends with ENOSPC");
    CHECK(total > (1 << 20), "more than a megabyte was written first");
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.st_size == total, "the file holds exactly what was written");
    close(fd);
    CHECK_OK(unlink(tap_path("big")));
    fd = open(tap_path("again"), O_WRONLY | O_CREAT, 0644);
    CHECK(write(fd, chunk, sizeof chunk) == (ssize_t)sizeof chunk, "after unlink there is space again");
    close(fd);
    return tap_done();
}
