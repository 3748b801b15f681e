// execve's errors (issue 3 §3): lookup (ENOENT, ENOTDIR, ENAMETOOLONG, ELOOP), permission
// (EACCES for a directory, a device, a file without execute permission), EFAULT for bad
// path, argv and envp pointers; each leaves the caller running.
#include "tap.h"

static char *const no_args[] = {"x", NULL};

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK_ERRNO(execve(tap_path("missing"), no_args, NULL), ENOENT);
    CHECK_ERRNO(execve("", no_args, NULL), ENOENT);
    CHECK(tap_write_file(tap_path("plain"), "data\n", 0644) == 0, "a plain file");
    char through[4096];
    snprintf(through, sizeof through, "%s/x", tap_path("plain"));
    CHECK_ERRNO(execve(through, no_args, NULL), ENOTDIR);
    CHECK_ERRNO(execve(tap_path("plain"), no_args, NULL), EACCES);       // no x bit, even for root
    CHECK(tap_write_file(tap_path("exec-only-other"), "#!/bin/sh\n", 0600) == 0, "a file mode 0600");
    CHECK_ERRNO(execve(tap_path("exec-only-other"), no_args, NULL), EACCES);
    CHECK_ERRNO(execve(tap_tmpdir(), no_args, NULL), EACCES);            // a directory
    CHECK_ERRNO(execve("/dev/null", no_args, NULL), EACCES);             // a device
    CHECK(symlink("loop-b", tap_path("loop-a")) == 0 && symlink("loop-a", tap_path("loop-b")) == 0, "a symlink loop");
    CHECK_ERRNO(execve(tap_path("loop-a"), no_args, NULL), ELOOP);

    static char long_path[5000];
    memset(long_path, 'a', sizeof long_path - 1);
    long_path[0] = '/';
    CHECK_ERRNO(execve(long_path, no_args, NULL), ENAMETOOLONG);         // over PATH_MAX
    static char long_name[300];
    memset(long_name, 'n', sizeof long_name - 1);
    long_name[0] = '/';
    CHECK_ERRNO(execve(long_name, no_args, NULL), ENAMETOOLONG);         // a component over NAME_MAX

    char *bad = TAP_BAD_POINTER;
    CHECK_ERRNO(syscall(SYS_execve, bad, no_args, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_execve, tap_self, bad, NULL), EFAULT);
    char *bad_element[] = {"x", bad, NULL};
    CHECK_ERRNO(execve(tap_self, bad_element, NULL), EFAULT);
    CHECK_ERRNO(syscall(SYS_execve, tap_self, no_args, bad), EFAULT);
    char *bad_env[] = {bad, NULL};
    CHECK_ERRNO(execve(tap_self, no_args, bad_env), EFAULT);
    char *edge = tap_page_end();
    CHECK(edge != NULL, "a pointer at the end of a mapping");
    if (edge) {
        edge[-1] = '/';                         // "/" then the unmapped page: no NUL in reach
        CHECK_ERRNO(execve(edge - 1, no_args, NULL), EFAULT);
    }
    CHECK(getpid() > 0, "the caller still runs after every failure");
    return tap_done();
}
