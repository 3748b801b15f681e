// getdents64 positions: a buffer for exactly one record returns one record, one byte
// less is EINVAL; every record's d_off resumes the listing after it (lseek to it), lseek 0
// rewinds; names
// removed while listing do not make later names repeat or vanish.
#include "tap.h"

struct rec { unsigned long long ino; long long off; unsigned short reclen; unsigned char type; char name[]; };

int main(int argc, char **argv) {
    tap_init(argc, argv);
    mkdir(tap_path("d"), 0755);
    char name[64];
    for (int i = 0; i < 10; i++) {
        snprintf(name, sizeof name, "d/n%d", i);
        tap_write_file(tap_path(name), "", 0644);
    }
    int fd = open(tap_path("d"), O_RDONLY | O_DIRECTORY);
    char buf[4096];
    CHECK_ERRNO(syscall(SYS_getdents64, fd, buf, 23), EINVAL);
    CHECK_ERRNO(syscall(SYS_getdents64, fd, buf, 0), EINVAL);
    long n = syscall(SYS_getdents64, fd, buf, 24);
    struct rec *r = (struct rec *)buf;
    CHECK(n == 24 && r->reclen == 24 && strcmp(r->name, ".") == 0, "a 24-byte buffer gets exactly \".\"");
    long long after_dot = r->off;
    n = syscall(SYS_getdents64, fd, buf, sizeof buf);
    int count = 0, dotdot = 0;
    long long offs[16];
    for (long at = 0; at < n && count < 16; count++) {
        r = (struct rec *)(buf + at);
        if (strcmp(r->name, "..") == 0) dotdot++;
        offs[count] = r->off;
        at += r->reclen;
    }
    CHECK(count == 11 && dotdot == 1, "the rest: \"..\" and the 10 files");
    CHECK(syscall(SYS_getdents64, fd, buf, sizeof buf) == 0, "then end of directory");
    CHECK(lseek(fd, offs[4], SEEK_SET) == offs[4], "lseek to a record's d_off");
    n = syscall(SYS_getdents64, fd, buf, sizeof buf);
    int rest = 0;
    for (long at = 0; at < n; rest++) at += ((struct rec *)(buf + at))->reclen;
    CHECK(rest == 6, "listing resumes after that record (6 left)");
    CHECK(lseek(fd, 0, SEEK_SET) == 0, "rewind with lseek 0");
    n = syscall(SYS_getdents64, fd, buf, 24);
    CHECK(n == 24 && strcmp(((struct rec *)buf)->name, ".") == 0 && ((struct rec *)buf)->off == after_dot,
          "after a rewind the listing starts again, with the same d_off");
    // Remove names while a listing is half-way: the rest appear once each.
    lseek(fd, 0, SEEK_SET);
    n = syscall(SYS_getdents64, fd, buf, 24 * 4);
    int seen[10] = {0};
    for (long at = 0; at < n;) {
        r = (struct rec *)(buf + at);
        int i;
        if (sscanf(r->name, "n%d", &i) == 1) seen[i]++;
        at += r->reclen;
    }
    for (int i = 0; i < 10; i++) {
        if (seen[i]) continue;
        snprintf(name, sizeof name, "d/n%d", i);
        if (i % 2) unlink(tap_path(name)); else seen[i] = -1;   // even ones must still come
    }
    int ok = 1;
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
        for (long at = 0; at < n;) {
            r = (struct rec *)(buf + at);
            int i;
            if (sscanf(r->name, "n%d", &i) == 1) { if (seen[i] != -1) ok = 0; seen[i] = 1; }
            at += r->reclen;
        }
    }
    for (int i = 0; i < 10; i++) if (seen[i] == -1) ok = 0;
    CHECK(ok, "after unlinking some names mid-listing, every remaining name comes exactly once");
    close(fd);
    return tap_done();
}
