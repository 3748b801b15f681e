// O_APPEND: every write goes to the end, even after lseek and from a second descriptor;
// pwrite on an O_APPEND descriptor appends too (Linux). F_GETFL shows the access mode,
// O_APPEND and O_LARGEFILE (forced on x86_64), not O_CREAT/O_TRUNC/O_CLOEXEC; F_SETFL
// turns O_APPEND off.
#include "tap.h"

#define KERNEL_O_LARGEFILE 0100000

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int a = open(tap_path("f"), O_WRONLY | O_CREAT | O_APPEND | O_TRUNC | O_CLOEXEC, 0644);
    int b = open(tap_path("f"), O_WRONLY | O_APPEND);
    CHECK(write(a, "aa", 2) == 2 && write(b, "bb", 2) == 2 && write(a, "cc", 2) == 2, "three appends");
    CHECK(lseek(a, 0, SEEK_CUR) == 6, "the position follows the end");
    lseek(b, 0, SEEK_SET);
    CHECK(write(b, "dd", 2) == 2 && lseek(b, 0, SEEK_CUR) == 8, "lseek to 0 does not stop the append");
    CHECK(pwrite(a, "ee", 2, 0) == 2, "pwrite at 0");
    char buf[16] = {0};
    int r = open(tap_path("f"), O_RDONLY);
    CHECK(read(r, buf, sizeof buf) == 10 && memcmp(buf, "aabbccddee", 10) == 0, "pwrite on O_APPEND appended (Linux)");
    int flags = fcntl(a, F_GETFL);
    CHECK((flags & O_ACCMODE) == O_WRONLY && (flags & O_APPEND), "F_GETFL: O_WRONLY | O_APPEND");
    CHECK(flags & KERNEL_O_LARGEFILE, "F_GETFL shows O_LARGEFILE");
    CHECK(!(flags & (O_CREAT | O_TRUNC | O_CLOEXEC | O_EXCL)), "open-time flags are not kept");
    CHECK(fcntl(a, F_GETFD) == FD_CLOEXEC, "O_CLOEXEC set FD_CLOEXEC");
    CHECK_OK(fcntl(a, F_SETFL, flags & ~O_APPEND));
    lseek(a, 0, SEEK_SET);
    CHECK(write(a, "Z", 1) == 1, "write at 0 without O_APPEND");
    lseek(r, 0, SEEK_SET);
    CHECK(read(r, buf, 2) == 2 && buf[0] == 'Z' && buf[1] == 'a', "it overwrote the first byte");
    CHECK((fcntl(r, F_GETFL) & O_ACCMODE) == O_RDONLY, "a read-only descriptor says O_RDONLY");
    close(a);
    close(b);
    close(r);
    return tap_done();
}
