// A path component longer than NAME_MAX (255) or a path of PATH_MAX (4096) bytes or more
// fails with ENAMETOOLONG; a 255-byte component is fine.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char name[300];
    memset(name, 'n', 256);
    name[256] = 0;
    CHECK_ERRNO(open(tap_path(name), O_RDONLY), ENAMETOOLONG);
    CHECK_ERRNO(open(tap_path(name), O_WRONLY | O_CREAT, 0644), ENAMETOOLONG);
    CHECK_ERRNO(mkdir(tap_path(name), 0755), ENAMETOOLONG);
    name[255] = 0;
    int fd = CHECK_OK(open(tap_path(name), O_WRONLY | O_CREAT, 0644));
    if (fd >= 0) close(fd);
    static char path[5000];
    memset(path, 0, sizeof path);
    for (int i = 0; i < 4200; i += 2) { path[i] = '/'; path[i + 1] = '.'; }
    CHECK_ERRNO(open(path, O_RDONLY), ENAMETOOLONG);
    return tap_done();
}
