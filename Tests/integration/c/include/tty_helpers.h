// The terminal for the tty cases (Tests/integration/c/tty): standard input when it is a
// terminal (the console in the Apus guest), else, on a Linux host without one, the slave
// of a fresh pseudo-terminal, so the same checks run against Linux's tty layer.
#ifndef APUS_TTY_HELPERS_H
#define APUS_TTY_HELPERS_H

#include "tap.h"
#include <sys/ioctl.h>
#include <termios.h>

/// A terminal descriptor, or -1 (with a Bail out! line) if there is none.
static __attribute__((unused)) int tap_tty_fd(void) {
    if (isatty(0)) return 0;
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        tap_printf("Bail out! no terminal on stdin and no pseudo-terminal: %s", strerror(errno));
        return -1;
    }
    // The master stays open (leaked on purpose) for the life of the case.
    int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
    if (slave < 0) tap_printf("Bail out! cannot open %s: %s", ptsname(master), strerror(errno));
    return slave;
}

/// For a process that just called setsid(): opens a terminal that the new session leader
/// acquires as its controlling terminal (unless `noctty`): the console on Apus, a fresh
/// pseudo-terminal's slave on the host (its master is leaked on purpose). -1 on failure.
static __attribute__((unused)) int tap_session_tty(int noctty) {
    int extra = noctty ? O_NOCTTY : 0;
    if (tap_is_apus()) return open("/dev/console", O_RDWR | extra);
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) return -1;
    return open(ptsname(master), O_RDWR | extra);
}

#endif
