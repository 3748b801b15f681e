// execve closes descriptors marked FD_CLOEXEC and keeps the others, with their offsets
// shared (issue 3 §3); the new program's pid is the old one's.
#include "tap.h"

int main(int argc, char **argv) {
    if (argc == 5 && strcmp(argv[1], "--after") == 0) {
        int kept = atoi(argv[2]), closed = atoi(argv[3]);
        int ok = fcntl(kept, F_GETFD) == 0 && fcntl(closed, F_GETFD) == -1 && errno == EBADF
                 && lseek(kept, 0, SEEK_CUR) == 3 && getpid() == atoi(argv[4]);
        return ok ? 0 : 1;
    }
    tap_init(argc, argv);
    CHECK(tap_write_file(tap_path("f"), "abcdef", 0644) == 0, "a file");
    int kept = open(tap_path("f"), O_RDONLY);
    int closed = open(tap_path("f"), O_RDONLY | O_CLOEXEC);
    char buf[3];
    CHECK(kept >= 0 && closed >= 0 && read(kept, buf, 3) == 3, "two descriptors, one O_CLOEXEC");
    pid_t pid = fork();
    if (pid == 0) {
        char a[16], b[16], c[16];
        snprintf(a, sizeof a, "%d", kept);
        snprintf(b, sizeof b, "%d", closed);
        snprintf(c, sizeof c, "%d", getpid());
        char *args[] = {tap_self, "--after", a, b, c, NULL};
        execve(tap_self, args, NULL);
        _exit(99);
    }
    int status;
    waitpid(pid, &status, 0);
    CHECK(tap_exited_with(status, 0), "after exec: the plain fd is open at offset 3, the O_CLOEXEC one is gone, same pid");
    int dup_cloexec = fcntl(kept, F_DUPFD_CLOEXEC, 10);
    CHECK(dup_cloexec >= 10 && fcntl(dup_cloexec, F_GETFD) == FD_CLOEXEC, "F_DUPFD_CLOEXEC sets FD_CLOEXEC");
    CHECK(fcntl(kept, F_SETFD, FD_CLOEXEC) == 0 && fcntl(kept, F_GETFD) == FD_CLOEXEC, "F_SETFD sets it");
    return tap_done();
}
