// The shell's script tests in the guest (and on the host): every <name>.sh in the `shell`
// folder next to the cases (Tests/shell, installed as /usr/libexec/apus-tests/shell) runs
// under our sh with output and errors merged, and must print exactly <name>.expected —
// the same files Tests/shell/run.sh checks on the host. Our sh: ../../bin/sh from the
// cases folder when it exists (the host build tree), else /bin/sh (the guest).
#include "tap.h"

static char shell_dir[4096], sh_path[4096], script_name[256];

/// In the child: run from the scripts' folder with our sh's folder first in PATH, and
/// standard error merged into the captured standard output.
static int prepare(void) {
    char path[4200], dir[4096];
    snprintf(dir, sizeof dir, "%s", sh_path);
    *strrchr(dir, '/') = 0;
    snprintf(path, sizeof path, "PATH=%s:/bin:/usr/bin", dir);
    putenv(strdup(path));
    if (chdir(shell_dir) != 0) return 1;
    dup2(1, 2);
    return 0;
}

static int read_file(const char *path, char *out, size_t size) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    size_t used = 0;
    ssize_t n;
    while (used < size - 1 && (n = read(fd, out + used, size - 1 - used)) > 0) used += (size_t)n;
    out[used] = 0;
    close(fd);
    return 0;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char cases[2048];
    snprintf(cases, sizeof cases, "%.2000s", tap_self);
    *strrchr(cases, '/') = 0;
    snprintf(shell_dir, sizeof shell_dir, "%s/../shell", cases);
    snprintf(sh_path, sizeof sh_path, "%s/../../bin/sh", cases);
    if (access(sh_path, X_OK) != 0) snprintf(sh_path, sizeof sh_path, "/bin/sh");
    NOTE("sh: %s, scripts: %s", sh_path, shell_dir);
    DIR *d = opendir(shell_dir);
    CHECK(d != NULL, "the shell scripts folder exists");
    if (!d) return tap_done();
    char names[64][256];
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) && count < 64) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".sh") != 0) continue;
        if (strcmp(e->d_name, "run.sh") == 0 || strncmp(e->d_name, "helper-", 7) == 0) continue;
        snprintf(names[count++], 256, "%.200s", e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof names[0], (int (*)(const void *, const void *))strcmp);
    CHECK(count >= 5, "at least five scripts");
    static char actual[65536], expected[65536];
    for (int i = 0; i < count; i++) {
        snprintf(script_name, sizeof script_name, "%.200s", names[i]);
        char *args[] = {sh_path, script_name, NULL};
        int status = tap_capture(args, actual, sizeof actual, prepare);
        char expected_path[4400];
        snprintf(expected_path, sizeof expected_path, "%s/%.*s.expected", shell_dir, (int)(strlen(names[i]) - 3), names[i]);
        int have = read_file(expected_path, expected, sizeof expected) == 0;
        int same = have && strcmp(actual, expected) == 0;
        char desc[400];
        snprintf(desc, sizeof desc, "sh %s prints %.*s.expected (status %d)", names[i], (int)(strlen(names[i]) - 3), names[i], status);
        CHECK(same, desc);
        if (!same) {
            NOTE("got:");
            for (char *line = strtok(actual, "\n"); line; line = strtok(NULL, "\n")) NOTE("  %s", line);
        }
    }
    return tap_done();
}
