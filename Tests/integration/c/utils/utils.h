// Shared by the utils.* cases: where the utilities are (build/userland/bin next to the
// cases on the host, /bin in the guest) and a runner that captures stdout and stderr
// together, so usage messages and "name: path: <errno text>" are checked too.
#ifndef UTILS_CASE_H
#define UTILS_CASE_H
#include "tap.h"

static char util_dir[4096];

/// The directory holding the utilities: <cases>/../../bin when it has echo, else /bin.
static const char *util_bin(const char *name) {
    static char ring[8][4096];
    static int next;
    if (!util_dir[0]) {
        snprintf(util_dir, sizeof util_dir, "%s", tap_self);
        char *slash = strrchr(util_dir, '/');
        if (slash) *slash = 0;
        char probe[4096 + 16];
        snprintf(probe, sizeof probe, "%s/../../bin/echo", util_dir);
        if (access(probe, X_OK) == 0) strncat(util_dir, "/../../bin", sizeof util_dir - strlen(util_dir) - 1);
        else snprintf(util_dir, sizeof util_dir, "/bin");
    }
    char *buffer = ring[next++ % 8];
    snprintf(buffer, 4096, "%s/%s", util_dir, name);
    return buffer;
}

static __attribute__((unused)) int util_merge_stderr(void) { return dup2(1, 2) < 0 ? -1 : 0; }

/// Runs utility argv[0] (a bare name) with the rest of argv; output (stdout+stderr) in out.
/// Returns the wait status.
static __attribute__((unused)) int util_run(char *out, size_t size, const char *name, ...) {
    char *argv[32];
    int argc = 0;
    argv[argc++] = (char *)util_bin(name);
    va_list ap;
    va_start(ap, name);
    char *a;
    while (argc < 31 && (a = va_arg(ap, char *)) != NULL) argv[argc++] = a;
    va_end(ap);
    argv[argc] = NULL;
    return tap_capture(argv, out, size, util_merge_stderr);
}
#endif
