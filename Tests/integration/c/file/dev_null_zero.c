// /dev/null reads as end of file and swallows writes; /dev/zero reads as zeros (all of a
// large read) and swallows writes; both stay at position 0; their nodes are character
// devices 1:3 and 1:5, and /dev/console and /dev/tty are 5:1 and 5:0.
#include "tap.h"
#include <sys/sysmacros.h>

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int null = open("/dev/null", O_RDWR);
    CHECK(null >= 0, "open /dev/null read-write");
    char buf[64];
    CHECK(read(null, buf, sizeof buf) == 0, "/dev/null reads 0 bytes");
    CHECK(write(null, "discard me", 10) == 10, "/dev/null takes a write whole");
    CHECK(lseek(null, 100, SEEK_SET) == 0, "lseek on /dev/null stays at 0");
    CHECK(pread(null, buf, 8, 5) == 0 && pwrite(null, buf, 8, 5) == 8, "pread/pwrite work on /dev/null");
    struct stat st;
    CHECK(fstat(null, &st) == 0 && S_ISCHR(st.st_mode) && major(st.st_rdev) == 1 && minor(st.st_rdev) == 3,
          "/dev/null is character device 1:3");
    close(null);
    int zero = open("/dev/zero", O_RDWR);
    CHECK(zero >= 0, "open /dev/zero read-write");
    static char big[200000];
    memset(big, 0x55, sizeof big);
    CHECK(read(zero, big, sizeof big) == (ssize_t)sizeof big, "a 200000-byte read of /dev/zero is filled");
    int zeros = 1;
    for (size_t i = 0; i < sizeof big; i++) if (big[i]) zeros = 0;
    CHECK(zeros, "with zeros");
    CHECK(write(zero, "x", 1) == 1, "/dev/zero takes a write");
    CHECK(stat("/dev/zero", &st) == 0 && S_ISCHR(st.st_mode) && major(st.st_rdev) == 1 && minor(st.st_rdev) == 5,
          "/dev/zero is character device 1:5");
    close(zero);
    CHECK(stat("/dev/console", &st) == 0 && S_ISCHR(st.st_mode) && major(st.st_rdev) == 5 && minor(st.st_rdev) == 1,
          "/dev/console is character device 5:1");
    CHECK(stat("/dev/tty", &st) == 0 && S_ISCHR(st.st_mode) && major(st.st_rdev) == 5 && minor(st.st_rdev) == 0,
          "/dev/tty is character device 5:0");
    CHECK(stat("/dev/null", &st) == 0 && (st.st_mode & 0777) == 0666, "/dev/null is mode 0666");
    int fd = open("/dev/null", O_RDONLY | O_DIRECTORY);
    CHECK(fd == -1 && errno == ENOTDIR, "O_DIRECTORY on a device is ENOTDIR");
    return tap_done();
}
