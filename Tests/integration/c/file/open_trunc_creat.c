// O_TRUNC empties an existing regular file (even opened O_RDONLY, as Linux does), creat(2)
// is O_CREAT|O_WRONLY|O_TRUNC, O_CREAT|O_EXCL refuses a dangling symlink, O_CREAT through
// a dangling symlink creates its target, O_CREAT on "name/" is EISDIR, O_CREAT with
// O_DIRECTORY is EINVAL (Linux 6.4+), a new file opened read-write works whatever its mode.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct stat st;
    tap_write_file(tap_path("f"), "0123456789", 0644);
    int fd = open(tap_path("f"), O_RDONLY | O_TRUNC);
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && st.st_size == 0, "O_RDONLY|O_TRUNC empties the file");
    close(fd);
    tap_write_file(tap_path("f"), "0123456789", 0644);
    fd = creat(tap_path("f"), 0600);
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && st.st_size == 0 && (st.st_mode & 0777) == 0644,
          "creat truncates an existing file and keeps its mode");
    CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_WRONLY, "creat opens write-only");
    close(fd);
    fd = creat(tap_path("g"), 0640);
    CHECK(fd >= 0 && fstat(fd, &st) == 0 && (st.st_mode & 0777) == (0640 & ~umask(022)), "creat creates with the mode");
    close(fd);
    CHECK_OK(symlink("made-by-open", tap_path("dangling")));
    CHECK_ERRNO(open(tap_path("dangling"), O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    fd = open(tap_path("dangling"), O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0 && stat(tap_path("made-by-open"), &st) == 0 && S_ISREG(st.st_mode),
          "O_CREAT through a dangling symlink creates the target");
    close(fd);
    CHECK_ERRNO(open(tap_path("h/"), O_WRONLY | O_CREAT, 0644), EISDIR);
    CHECK_ERRNO(open(tap_path("f/"), O_RDONLY), ENOTDIR);
    CHECK_ERRNO(open(tap_path("i"), O_RDONLY | O_CREAT | O_DIRECTORY, 0644), EINVAL);
    CHECK_ERRNO(stat(tap_path("i"), &st), ENOENT);
    fd = open(tap_path("ro"), O_RDWR | O_CREAT | O_EXCL, 0);
    CHECK(fd >= 0 && write(fd, "x", 1) == 1, "a file created with mode 0 is writable through its creating open");
    close(fd);
    mkdir(tap_path("d"), 0755);
    CHECK_ERRNO(open(tap_path("d"), O_RDONLY | O_TRUNC), EISDIR);
    CHECK(open(tap_path("d"), O_RDONLY | O_DIRECTORY | O_CREAT, 0644) == -1, "O_CREAT|O_DIRECTORY fails on a directory too");
    return tap_done();
}
