// cat, ls, mkdir, rm, cp, mv on a scratch directory: contents, listings, errno texts,
// usage messages.
#include "utils.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char out[16384];
    int s;
    const char *f = strdup(tap_path("f.txt"));
    tap_write_file(f, "one\ntwo\n", 0640);
    s = util_run(out, sizeof out, "cat", f, f, NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "one\ntwo\none\ntwo\n") == 0, "cat concatenates its files");
    s = util_run(out, sizeof out, "cat", "/nonexistent", f, NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "cat: /nonexistent: No such file or directory\n") && strstr(out, "one\ntwo\n"),
          "cat of a missing file: errno text, goes on, status 1");
    s = util_run(out, sizeof out, "cat", tap_tmpdir(), NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, ": Is a directory"), "cat of a directory: Is a directory");
    CHECK(tap_exited_with(util_run(out, sizeof out, "cat", "-z", NULL), 1) && strstr(out, "Usage: cat"), "cat -z: usage");

    const char *d = strdup(tap_path("d/e/f"));
    s = util_run(out, sizeof out, "mkdir", "-p", d, NULL);
    struct stat st;
    CHECK(tap_exited_with(s, 0) && stat(d, &st) == 0 && S_ISDIR(st.st_mode), "mkdir -p creates the parents");
    CHECK(tap_exited_with(util_run(out, sizeof out, "mkdir", "-p", d, NULL), 0), "mkdir -p of an existing directory is fine");
    s = util_run(out, sizeof out, "mkdir", d, NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "': File exists"), "mkdir of an existing directory: File exists");
    s = util_run(out, sizeof out, "mkdir", tap_path("no/such"), NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "mkdir: cannot create directory") && strstr(out, "No such file or directory"),
          "mkdir without the parent: errno text");
    CHECK(tap_exited_with(util_run(out, sizeof out, "mkdir", NULL), 1) && strstr(out, "Usage: mkdir"), "mkdir: usage");

    const char *g = strdup(tap_path("g.txt"));
    s = util_run(out, sizeof out, "cp", f, g, NULL);
    char buf[64] = {0};
    int fd = open(g, O_RDONLY);
    read(fd, buf, sizeof buf - 1);
    close(fd);
    CHECK(tap_exited_with(s, 0) && strcmp(buf, "one\ntwo\n") == 0 && stat(g, &st) == 0 && (st.st_mode & 0777) == 0640,
          "cp copies contents and permission bits");
    s = util_run(out, sizeof out, "cp", "-r", tap_path("d"), tap_path("d2"), NULL);
    CHECK(tap_exited_with(s, 0) && stat(tap_path("d2/e/f"), &st) == 0 && S_ISDIR(st.st_mode), "cp -r copies a tree");
    s = util_run(out, sizeof out, "cp", tap_path("d"), tap_path("d3"), NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "-r not specified; omitting directory"), "cp of a directory without -r");
    s = util_run(out, sizeof out, "cp", "/nonexistent", g, NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "cp: cannot stat '/nonexistent': No such file or directory"), "cp: errno text");

    s = util_run(out, sizeof out, "mv", g, tap_path("d/moved"), NULL);
    CHECK(tap_exited_with(s, 0) && access(g, F_OK) != 0 && access(tap_path("d/moved"), F_OK) == 0, "mv renames across directories");
    s = util_run(out, sizeof out, "mv", tap_path("d/moved"), tap_path("d2"), NULL);
    CHECK(tap_exited_with(s, 0) && access(tap_path("d2/moved"), F_OK) == 0, "mv into a directory keeps the name");
    s = util_run(out, sizeof out, "mv", "/nonexistent", g, NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "No such file or directory"), "mv of a missing file: errno text");
    CHECK(tap_exited_with(util_run(out, sizeof out, "mv", f, NULL), 1) && strstr(out, "Usage: mv"), "mv with one operand: usage");

    s = util_run(out, sizeof out, "ls", tap_path("d2"), NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "e\nmoved\n") == 0, "ls lists a directory, sorted");
    s = util_run(out, sizeof out, "ls", "-a", tap_path("d2"), NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, ".\n..\ne\nmoved\n") == 0, "ls -a shows . and ..");
    s = util_run(out, sizeof out, "ls", "-l", f, NULL);
    char expect[256];
    snprintf(expect, sizeof expect, " %s\n", f);
    CHECK(tap_exited_with(s, 0) && strncmp(out, "-rw-r----- ", 11) == 0 && strstr(out, "       8 ") && strstr(out, expect),
          "ls -l: mode string, size, name");
    symlink("f.txt", tap_path("link"));
    s = util_run(out, sizeof out, "ls", "-l", tap_path("link"), NULL);
    CHECK(tap_exited_with(s, 0) && strncmp(out, "lrwxrwxrwx ", 11) == 0 && strstr(out, " -> f.txt\n"), "ls -l shows a symlink's target");
    s = util_run(out, sizeof out, "ls", "-d", tap_path("d2"), tap_path("d"), NULL);
    CHECK(tap_exited_with(s, 0) && strstr(out, "/d2\n") && strstr(out, "/d\n"), "ls -d lists directories as themselves");
    s = util_run(out, sizeof out, "ls", f, tap_path("d"), NULL);
    snprintf(expect, sizeof expect, "%s\n\n%s:\ne\n", f, tap_path("d"));
    CHECK(tap_exited_with(s, 0) && strcmp(out, expect) == 0, "ls with several operands: files, then each directory under a header");
    s = util_run(out, sizeof out, "ls", "/nonexistent", NULL);
    CHECK(tap_exited_with(s, 2) && strstr(out, "ls: cannot access '/nonexistent': No such file or directory"), "ls: errno text, status 2");
    CHECK(tap_exited_with(util_run(out, sizeof out, "ls", "-Z", NULL), 2) && strstr(out, "Usage: ls"), "ls -Z: usage, status 2");

    s = util_run(out, sizeof out, "rm", tap_path("d"), NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "Is a directory"), "rm of a directory without -r: Is a directory");
    s = util_run(out, sizeof out, "rm", "-r", tap_path("d"), tap_path("d2"), NULL);
    CHECK(tap_exited_with(s, 0) && access(tap_path("d"), F_OK) != 0 && access(tap_path("d2"), F_OK) != 0, "rm -r removes trees");
    s = util_run(out, sizeof out, "rm", tap_path("gone"), NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "rm: cannot remove") && strstr(out, "No such file or directory"), "rm: errno text");
    s = util_run(out, sizeof out, "rm", "-f", tap_path("gone"), NULL);
    CHECK(tap_exited_with(s, 0) && out[0] == 0, "rm -f of a missing file is silent");
    CHECK(tap_exited_with(util_run(out, sizeof out, "rm", NULL), 1) && strstr(out, "Usage: rm"), "rm: usage");
    return tap_done();
}
