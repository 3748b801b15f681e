// execve of a set-user-ID file (issue 3 §3): the effective (and saved) uid becomes the
// file's owner, the real uid stays, AT_SECURE is 1; without the bit nothing changes.
// Runs as root: the child drops to uid 2000 first.
#include "tap.h"
#include <sys/auxv.h>

static int drop_to_2000(void) { return setresuid(2000, 2000, 2000); }

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--report") == 0) {
        uid_t r, e, s;
        getresuid(&r, &e, &s);
        printf("%d %d %d %lu\n", (int)r, (int)e, (int)s, getauxval(AT_SECURE));
        return 0;
    }
    tap_init(argc, argv);
    if (getuid() != 0) { NOTE("needs root"); CHECK(0, "running as root"); return tap_done(); }
    // A copy of this program owned by uid 1000, once with S_ISUID and once without.
    const char *targets[2] = {tap_path("suid"), tap_path("plain")};
    for (int i = 0; i < 2; i++) {
        int in = open(tap_self, O_RDONLY), out = open(targets[i], O_WRONLY | O_CREAT | O_TRUNC, 0755);
        char buf[65536];
        ssize_t n;
        while ((n = read(in, buf, sizeof buf)) > 0) write(out, buf, n);
        close(in); close(out);
        chown(targets[i], 1000, 1000);
        chmod(targets[i], i == 0 ? 04755 : 0755);
    }
    chmod(tap_tmpdir(), 0755);
    const char *expect[2] = {"2000 1000 1000 1\n", "2000 2000 2000 0\n"};
    for (int i = 0; i < 2; i++) {
        char *args[] = {(char *)targets[i], "--report", NULL};
        char got[64];
        tap_capture(args, got, sizeof got, drop_to_2000);
        char desc[160];
        snprintf(desc, sizeof desc, "%s: real/effective/saved uid and AT_SECURE are %.*s",
                 i == 0 ? "set-user-ID file" : "plain file", (int)strlen(expect[i]) - 1, expect[i]);
        CHECK(strcmp(got, expect[i]) == 0, desc);
    }
    return tap_done();
}
