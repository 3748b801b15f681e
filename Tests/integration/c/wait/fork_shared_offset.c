// A descriptor inherited across fork(2) shares its file offset: the child's writes move
// the parent's offset, and both writes land one after the other.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = open(tap_path("f"), O_RDWR | O_CREAT | O_TRUNC, 0644);
    write(fd, "parent;", 7);
    pid_t pid = fork();
    if (pid == 0) {
        write(fd, "child;", 6);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    CHECK(lseek(fd, 0, SEEK_CUR) == 13, "the parent's offset moved past the child's write");
    write(fd, "end", 3);
    char buf[32] = {0};
    pread(fd, buf, sizeof buf, 0);
    CHECK(strcmp(buf, "parent;child;end") == 0, "the file reads parent;child;end");
    close(fd);
    return tap_done();
}
