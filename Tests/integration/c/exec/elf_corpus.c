// execve of every file of the malformed-ELF corpus (Tests/integration/elfcorpus): `valid`
// runs and exits 42; `both-*` fail with ENOEXEC, and the caller carries on untouched;
// `apus-*` fail with ENOEXEC on Apus, which validates before the point of no return (on
// Linux they load and fail later or run, so they are checked on Apus only).
#include "tap.h"
#include <libgen.h>

/// Runs `path` in a child; returns the errno execve failed with (0 if it ran), and the
/// child's wait status through `status`.
static int try_exec(const char *path, int *status) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {(char *)path, NULL};
        char *envp[] = {NULL};
        execve(path, argv, envp);
        int e = errno;
        write(p[1], &e, sizeof e);
        _exit(99);
    }
    close(p[1]);
    int e = 0;
    if (read(p[0], &e, sizeof e) != sizeof e) e = 0;
    close(p[0]);
    waitpid(pid, status, 0);
    return e;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char self[4096];
    snprintf(self, sizeof self, "%s", tap_self);
    char corpus[4096];
    snprintf(corpus, sizeof corpus, "%s/../elf-corpus", dirname(self));
    DIR *d = opendir(corpus);
    CHECK(d != NULL, "the corpus directory is there");
    if (!d) return tap_done();
    int apus = tap_is_apus(), files = 0;
    struct dirent *e;
    char marker[] = "caller memory survives";
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char path[8192], desc[8400];
        snprintf(path, sizeof path, "%s/%s", corpus, e->d_name);
        int status = 0;
        files++;
        if (strcmp(e->d_name, "valid") == 0) {
            int err = try_exec(path, &status);
            snprintf(desc, sizeof desc, "%s runs and exits 42", e->d_name);
            CHECK(err == 0 && tap_exited_with(status, 42), desc);
        } else if (strncmp(e->d_name, "both-", 5) == 0 || (apus && strncmp(e->d_name, "apus-", 5) == 0)) {
            int err = try_exec(path, &status);
            snprintf(desc, sizeof desc, "%s: execve fails with ENOEXEC (got %d)", e->d_name, err);
            CHECK(err == ENOEXEC && tap_exited_with(status, 99), desc);
        } else {
            NOTE("%s: Apus-only check, skipped on Linux", e->d_name);
        }
    }
    closedir(d);
    CHECK(files >= 20, "the corpus has its files");
    // A failed execve in this very process leaves it as it was.
    char both[8192];
    snprintf(both, sizeof both, "%s/both-bad-magic", corpus);
    char *args[] = {both, NULL};
    errno = 0;
    CHECK(execve(both, args, NULL) == -1 && errno == ENOEXEC, "a failed execve returns ENOEXEC to the caller");
    CHECK(strcmp(marker, "caller memory survives") == 0, "the caller's memory is intact after it");
    return tap_done();
}
