// A file is either open for writing or running as a program (Linux's ETXTBSY): while a
// copy of a program runs, opening it for writing, O_TRUNC and truncate(2) fail with
// ETXTBSY and leave it whole, while reading it works; once the program has exited it can
// be written again. A file open for writing cannot be executed.
#include "tap.h"

static int copy_file(const char *from, const char *to) {
    int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    if (in < 0 || out < 0) return -1;
    char buffer[4096];
    ssize_t got;
    while ((got = read(in, buffer, sizeof buffer)) > 0)
        if (write(out, buffer, got) != got) return -1;
    close(in);
    return close(out);
}

// Open for writing fails with ETXTBSY once the child runs the program (up to 5 s).
static int becomes_busy(const char *path) {
    for (int i = 0; i < 500; i++) {
        int fd = open(path, O_WRONLY);
        if (fd < 0 && errno == ETXTBSY) return 1;
        if (fd >= 0) close(fd);
        usleep(10000);
    }
    return 0;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    const char *prog = tap_path("sleeper");
    CHECK_OK(copy_file("/bin/sleep", prog));
    struct stat before;
    CHECK_OK(stat(prog, &before));

    pid_t runner = fork();
    if (runner == 0) {
        execl(prog, "sleeper", "30", (char *)NULL);
        _exit(127);
    }
    CHECK(becomes_busy(prog), "open(O_WRONLY) of a running program is ETXTBSY");
    CHECK_ERRNO(open(prog, O_RDWR), ETXTBSY);
    CHECK_ERRNO(open(prog, O_WRONLY | O_TRUNC), ETXTBSY);
    CHECK_ERRNO(truncate(prog, 0), ETXTBSY);
    struct stat during;
    CHECK(stat(prog, &during) == 0 && during.st_size == before.st_size, "the running program was not truncated");
    int reader = open(prog, O_RDONLY);
    CHECK(reader >= 0, "it can still be opened for reading");
    if (reader >= 0) close(reader);

    kill(runner, SIGKILL);
    int status;
    waitpid(runner, &status, 0);
    CHECK(tap_killed_by(status, SIGKILL), "the program was killed");
    int writer = open(prog, O_WRONLY);
    CHECK(writer >= 0, "once it has exited, it opens for writing again");

    // While it is open for writing, it cannot be executed.
    pid_t child = fork();
    if (child == 0) {
        execl(prog, "sleeper", "0", (char *)NULL);
        _exit(errno == ETXTBSY ? 0 : 1);
    }
    waitpid(child, &status, 0);
    CHECK(tap_exited_with(status, 0), "execve of a file open for writing is ETXTBSY");
    if (writer >= 0) close(writer);

    child = fork();
    if (child == 0) {
        execl(prog, "sleeper", "0", (char *)NULL);
        _exit(127);
    }
    waitpid(child, &status, 0);
    CHECK(tap_exited_with(status, 0), "closed again, it runs");
    unlink(prog);
    return tap_done();
}
