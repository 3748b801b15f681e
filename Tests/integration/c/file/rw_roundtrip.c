// Data written to a file reads back; O_APPEND writes go to the end whatever the offset;
// O_TRUNC empties the file.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = open(tap_path("f"), O_RDWR | O_CREAT, 0644);
    CHECK(write(fd, "hello world", 11) == 11, "write 11 bytes");
    char buf[32] = {0};
    CHECK(lseek(fd, 0, SEEK_SET) == 0 && read(fd, buf, sizeof buf) == 11 && memcmp(buf, "hello world", 11) == 0,
          "the 11 bytes read back");
    close(fd);
    fd = open(tap_path("f"), O_WRONLY | O_APPEND);
    lseek(fd, 0, SEEK_SET);
    CHECK(write(fd, "!", 1) == 1, "write with O_APPEND");
    close(fd);
    struct stat st;
    CHECK(stat(tap_path("f"), &st) == 0 && st.st_size == 12, "O_APPEND wrote at the end (12 bytes)");
    fd = open(tap_path("f"), O_WRONLY | O_TRUNC);
    CHECK(fstat(fd, &st) == 0 && st.st_size == 0, "O_TRUNC empties the file");
    close(fd);
    return tap_done();
}
