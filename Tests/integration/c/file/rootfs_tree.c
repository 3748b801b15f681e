// The root filesystem has the Unix tree: /, /bin, /sbin, /etc, /dev directories with mode
// 0755, /tmp world-writable and sticky (1777), and "/.." is "/".
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    const char *dirs[] = {"/", "/bin", "/sbin", "/etc", "/dev"};
    struct stat st;
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char desc[128];
        snprintf(desc, sizeof desc, "%s is a directory with mode 0755", dirs[i]);
        CHECK(stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0755, desc);
    }
    CHECK(stat("/tmp", &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 01777, "/tmp is a directory, mode 1777");
    struct stat root, up;
    CHECK(stat("/", &root) == 0 && stat("/..", &up) == 0 && root.st_ino == up.st_ino && root.st_dev == up.st_dev,
          "\"/..\" is \"/\"");
    CHECK_OK(access("/tmp", R_OK | W_OK | X_OK));
    char cwd[64];
    CHECK(chdir("/") == 0 && getcwd(cwd, sizeof cwd) != NULL && strcmp(cwd, "/") == 0, "getcwd at the root is \"/\"");
    return tap_done();
}
