// A private file mapping of a ramfs file (issue 3 §1 "private file-backed"): the pages hold
// the file's bytes, the rest of the last page reads as zeros, writes to the mapping stay
// private (the file is unchanged), and a mapping at an offset starts there. A descriptor
// not open for reading is EACCES, a directory ENODEV.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    size_t size = 2 * page + 100;
    char *data = malloc(size);
    for (size_t i = 0; i < size; i++) data[i] = (char)('a' + i % 26);
    int fd = open(tap_path("f"), O_RDWR | O_CREAT, 0644);
    CHECK(write(fd, data, size) == (ssize_t)size, "write 2 pages and 100 bytes");
    char *map = mmap(NULL, 3 * page, PROT_READ, MAP_PRIVATE, fd, 0);
    CHECK(map != MAP_FAILED, "mmap the file read-only, private");
    if (map != MAP_FAILED) {
        CHECK(memcmp(map, data, size) == 0, "the mapping holds the file's bytes");
        int zeros = 1;
        for (long i = size; i < 3 * page; i++) if (map[i]) zeros = 0;
        CHECK(zeros, "past the end of the file the last page reads as zeros");
        munmap(map, 3 * page);
    }
    char *rw = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, page);
    CHECK(rw != MAP_FAILED && memcmp(rw, data + page, page) == 0, "a mapping at offset one page starts there");
    if (rw != MAP_FAILED) {
        rw[0] = '#';
        char c = 0;
        CHECK(pread(fd, &c, 1, page) == 1 && c == data[page], "a write to a private mapping leaves the file alone");
        munmap(rw, page);
    }
    close(fd);
    int wo = open(tap_path("f"), O_WRONLY);
    CHECK(mmap(NULL, page, PROT_READ, MAP_PRIVATE, wo, 0) == MAP_FAILED && errno == EACCES,
          "mapping a write-only descriptor is EACCES");
    close(wo);
    int dir = open(tap_tmpdir(), O_RDONLY | O_DIRECTORY);
    CHECK(mmap(NULL, page, PROT_READ, MAP_PRIVATE, dir, 0) == MAP_FAILED && errno == ENODEV,
          "mapping a directory is ENODEV");
    close(dir);
    free(data);
    return tap_done();
}
