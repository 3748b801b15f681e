// echo, true, false, uname, sleep, env: output, exit status, usage messages.
#include "utils.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    char out[8192];
    int s;
    s = util_run(out, sizeof out, "echo", "hello", "world", NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "hello world\n") == 0, "echo joins its operands with spaces");
    s = util_run(out, sizeof out, "echo", "-n", "a", NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "a") == 0, "echo -n drops the newline");
    s = util_run(out, sizeof out, "echo", "-e", "a\\tb\\nc", NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "a\tb\nc\n") == 0, "echo -e interprets \\t and \\n");
    s = util_run(out, sizeof out, "echo", "-x", "y", NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "-x y\n") == 0, "echo prints an operand that is not an option");
    CHECK(tap_exited_with(util_run(out, sizeof out, "true", "ignored", NULL), 0) && out[0] == 0, "true exits 0");
    CHECK(tap_exited_with(util_run(out, sizeof out, "false", NULL), 1) && out[0] == 0, "false exits 1");

    struct utsname u;
    uname(&u);
    char expect[1024];
    s = util_run(out, sizeof out, "uname", NULL);
    snprintf(expect, sizeof expect, "%s\n", u.sysname);
    CHECK(tap_exited_with(s, 0) && strcmp(out, expect) == 0, "uname prints the kernel name");
    s = util_run(out, sizeof out, "uname", "-a", NULL);
    snprintf(expect, sizeof expect, "%s %s %s %s %s\n", u.sysname, u.nodename, u.release, u.version, u.machine);
    CHECK(tap_exited_with(s, 0) && strcmp(out, expect) == 0, "uname -a prints s n r v m");
    s = util_run(out, sizeof out, "uname", "-m", "-r", NULL);
    snprintf(expect, sizeof expect, "%s %s\n", u.release, u.machine);
    CHECK(tap_exited_with(s, 0) && strcmp(out, expect) == 0, "uname -m -r prints the fields in the fixed order");
    s = util_run(out, sizeof out, "uname", "-q", NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "uname: invalid option -- 'q'") && strstr(out, "Usage: uname"),
          "uname -q: usage message, status 1");

    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    s = util_run(out, sizeof out, "sleep", "0.3", NULL);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
    CHECK(tap_exited_with(s, 0) && ms >= 290, "sleep 0.3 sleeps at least 0.3 s");
    s = util_run(out, sizeof out, "sleep", "abc", NULL);
    CHECK(tap_exited_with(s, 1) && strstr(out, "sleep: invalid time interval 'abc'") && strstr(out, "Usage: sleep"),
          "sleep abc: usage message, status 1");
    CHECK(tap_exited_with(util_run(out, sizeof out, "sleep", NULL), 1) && strstr(out, "missing operand"), "sleep without operand");

    s = util_run(out, sizeof out, "env", "-i", "A=1", "B=two", NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "A=1\nB=two\n") == 0, "env -i A=1 B=two prints exactly those");
    s = util_run(out, sizeof out, "env", "-i", "X=42", util_bin("env"), NULL);
    CHECK(tap_exited_with(s, 0) && strcmp(out, "X=42\n") == 0, "env -i X=42 env runs a command in that environment");
    setenv("APUS_ENV_CASE", "yes", 1);
    s = util_run(out, sizeof out, "env", NULL);
    CHECK(tap_exited_with(s, 0) && strstr(out, "APUS_ENV_CASE=yes\n"), "env prints the inherited environment");
    s = util_run(out, sizeof out, "env", "/nonexistent/cmd", NULL);
    CHECK(tap_exited_with(s, 127) && strstr(out, "env: '/nonexistent/cmd': No such file or directory"),
          "env of a missing command: errno text, status 127");
    return tap_done();
}
