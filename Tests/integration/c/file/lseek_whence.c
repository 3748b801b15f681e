// lseek(2) SEEK_SET/SEEK_CUR/SEEK_END move the offset reads use; seeking past the end is
// allowed, reads there return 0, and a write there leaves a hole that reads as zeros.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_write_file(tap_path("f"), "abcdefghij", 0644) == 0, "create a 10-byte file");
    int fd = open(tap_path("f"), O_RDWR);
    char c = 0;
    CHECK(lseek(fd, 3, SEEK_SET) == 3 && read(fd, &c, 1) == 1 && c == 'd', "SEEK_SET 3 then read gives 'd'");
    CHECK(lseek(fd, 2, SEEK_CUR) == 6 && read(fd, &c, 1) == 1 && c == 'g', "SEEK_CUR +2 then read gives 'g'");
    CHECK(lseek(fd, -1, SEEK_END) == 9 && read(fd, &c, 1) == 1 && c == 'j', "SEEK_END -1 then read gives 'j'");
    CHECK(lseek(fd, 20, SEEK_SET) == 20, "seeking past the end is allowed");
    CHECK(read(fd, &c, 1) == 0, "read past the end returns 0");
    CHECK(write(fd, "Z", 1) == 1, "write at offset 20");
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.st_size == 21, "the file grew to 21 bytes");
    char hole[10] = {1};
    CHECK(pread(fd, hole, 10, 10) == 10 && memcmp(hole, "\0\0\0\0\0\0\0\0\0\0", 10) == 0, "the hole reads as zeros");
    close(fd);
    return tap_done();
}
