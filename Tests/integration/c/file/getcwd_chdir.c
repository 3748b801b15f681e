// chdir(2) changes what getcwd(2) returns and what relative paths mean; getcwd with a
// buffer too small fails with ERANGE; chdir to a file fails with ENOTDIR, to a missing
// name with ENOENT.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    mkdir(tap_path("sub"), 0755);
    CHECK_OK(chdir(tap_path("sub")));
    char cwd[4096];
    CHECK(getcwd(cwd, sizeof cwd) != NULL && strcmp(cwd, tap_path("sub")) == 0, "getcwd returns the new directory");
    tap_write_file("rel", "r", 0644);
    struct stat st;
    CHECK(stat(tap_path("sub/rel"), &st) == 0, "a relative create lands in the new directory");
    CHECK_OK(chdir(".."));
    CHECK(getcwd(cwd, sizeof cwd) != NULL && strcmp(cwd, tap_tmpdir()) == 0, "chdir(\"..\") goes to the parent");
    char small[4];
    CHECK_ERRNO(syscall(SYS_getcwd, small, sizeof small), ERANGE);
    tap_write_file(tap_path("file"), "", 0644);
    CHECK_ERRNO(chdir(tap_path("file")), ENOTDIR);
    CHECK_ERRNO(chdir(tap_path("missing")), ENOENT);
    chdir("/");
    return tap_done();
}
