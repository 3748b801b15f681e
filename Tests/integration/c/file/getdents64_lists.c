// getdents64(2) over a directory created here returns ".", ".." and each entry exactly
// once with its type, across several calls with a small buffer; on a file it fails with
// ENOTDIR and with a too-small buffer EINVAL.
#include "tap.h"

struct linux_dirent64 {
    unsigned long long d_ino;
    long long d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

int main(int argc, char **argv) {
    tap_init(argc, argv);
    mkdir(tap_path("d"), 0755);
    char name[64];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "d/file-%02d", i);
        tap_write_file(tap_path(name), "", 0644);
    }
    mkdir(tap_path("d/subdir"), 0755);
    int fd = open(tap_path("d"), O_RDONLY | O_DIRECTORY);
    int seen[40] = {0}, dots = 0, dotdots = 0, subdir = 0, others = 0, calls = 0, types_ok = 1;
    char buf[512];
    for (;;) {
        long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
        if (n <= 0) { CHECK(n == 0, "getdents64 ends with 0"); break; }
        calls++;
        for (long off = 0; off < n;) {
            struct linux_dirent64 *e = (void *)(buf + off);
            int i;
            if (strcmp(e->d_name, ".") == 0) { dots++; if (e->d_type != DT_DIR) types_ok = 0; }
            else if (strcmp(e->d_name, "..") == 0) { dotdots++; if (e->d_type != DT_DIR) types_ok = 0; }
            else if (strcmp(e->d_name, "subdir") == 0) { subdir++; if (e->d_type != DT_DIR) types_ok = 0; }
            else if (sscanf(e->d_name, "file-%d", &i) == 1 && i >= 0 && i < 40) { seen[i]++; if (e->d_type != DT_REG) types_ok = 0; }
            else others++;
            off += e->d_reclen;
        }
    }
    int all_once = 1;
    for (int i = 0; i < 40; i++) if (seen[i] != 1) all_once = 0;
    CHECK(dots == 1 && dotdots == 1, "\".\" and \"..\" appear once each");
    CHECK(all_once && subdir == 1 && others == 0, "each of the 41 entries appears exactly once, nothing else");
    CHECK(types_ok, "d_type is DT_DIR for directories and DT_REG for files");
    CHECK(calls > 1, "a 512-byte buffer needs several calls");
    char tiny[8];
    lseek(fd, 0, SEEK_SET);
    CHECK_ERRNO(syscall(SYS_getdents64, fd, tiny, sizeof tiny), EINVAL);
    close(fd);
    int file = open(tap_path("d/file-00"), O_RDONLY);
    CHECK_ERRNO(syscall(SYS_getdents64, file, buf, sizeof buf), ENOTDIR);
    close(file);
    CHECK_ERRNO(syscall(SYS_getdents64, 4000, buf, sizeof buf), EBADF);
    return tap_done();
}
