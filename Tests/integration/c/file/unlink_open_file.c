// A file unlinked while open stays readable through its descriptor; its name is gone.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    tap_write_file(tap_path("f"), "still here", 0644);
    int fd = open(tap_path("f"), O_RDONLY);
    CHECK_OK(unlink(tap_path("f")));
    struct stat st;
    CHECK_ERRNO(stat(tap_path("f"), &st), ENOENT);
    char buf[16] = {0};
    CHECK(read(fd, buf, sizeof buf) == 10 && strcmp(buf, "still here") == 0, "the open descriptor still reads the data");
    CHECK(fstat(fd, &st) == 0 && st.st_nlink == 0, "fstat shows no links left");
    close(fd);
    return tap_done();
}
