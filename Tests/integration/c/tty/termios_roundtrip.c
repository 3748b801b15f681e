// TCGETS on the terminal reports Linux's defaults (canonical mode with echo and signals,
// CR→NL on input, NL→CR NL on output, ^C ^\ DEL ^U ^D ^Z, VMIN 1, VTIME 0); TCSETS makes
// raw settings that TCGETS reads back exactly; TCSETSW and TCSETSF set too; a bad
// pointer is EFAULT. The settings are restored at the end.
#include "tty_helpers.h"

/// The kernel's struct termios has 19 control characters; musl's NCCS is 32 and the rest
/// is never written by TCGETS.
#define KERNEL_NCCS 19

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int fd = tap_tty_fd();
    if (fd < 0) return 1;
    struct termios saved, t, back;
    CHECK_OK(tcgetattr(fd, &saved));
    t = saved;
    CHECK((t.c_lflag & (ICANON | ECHO | ECHOE | ECHOK | ISIG)) == (ICANON | ECHO | ECHOE | ECHOK | ISIG),
          "c_lflag has ICANON ECHO ECHOE ECHOK ISIG");
    CHECK((t.c_iflag & ICRNL) && (t.c_oflag & (OPOST | ONLCR)) == (OPOST | ONLCR), "ICRNL, OPOST and ONLCR are set");
    CHECK(t.c_cc[VINTR] == 3 && t.c_cc[VQUIT] == 0x1c && t.c_cc[VERASE] == 0x7f && t.c_cc[VKILL] == 0x15,
          "VINTR ^C, VQUIT ^\\, VERASE DEL, VKILL ^U");
    CHECK(t.c_cc[VEOF] == 4 && t.c_cc[VSUSP] == 0x1a && t.c_cc[VMIN] == 1 && t.c_cc[VTIME] == 0,
          "VEOF ^D, VSUSP ^Z, VMIN 1, VTIME 0");

    t.c_lflag &= ~(ICANON | ECHO | ISIG | IEXTEN);
    t.c_iflag &= ~(ICRNL | IXON);
    t.c_oflag &= ~OPOST;
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    CHECK_OK(tcsetattr(fd, TCSANOW, &t));
    memset(&back, 0xAA, sizeof back);
    CHECK_OK(tcgetattr(fd, &back));
    CHECK(back.c_iflag == t.c_iflag && back.c_oflag == t.c_oflag && back.c_lflag == t.c_lflag &&
          back.c_cflag == t.c_cflag && memcmp(back.c_cc, t.c_cc, KERNEL_NCCS) == 0, "TCSETS raw settings read back exactly");

    t.c_cc[VMIN] = 5;
    CHECK_OK(tcsetattr(fd, TCSADRAIN, &t));
    CHECK(tcgetattr(fd, &back) == 0 && back.c_cc[VMIN] == 5, "TCSETSW (TCSADRAIN) sets");
    t.c_cc[VMIN] = 1;
    CHECK_OK(tcsetattr(fd, TCSAFLUSH, &t));
    CHECK(tcgetattr(fd, &back) == 0 && back.c_cc[VMIN] == 1, "TCSETSF (TCSAFLUSH) sets");

    CHECK_ERRNO(ioctl(fd, TCGETS, TAP_BAD_POINTER), EFAULT);
    CHECK_ERRNO(ioctl(fd, TCSETS, TAP_BAD_POINTER), EFAULT);

    CHECK_OK(tcsetattr(fd, TCSANOW, &saved));
    CHECK(tcgetattr(fd, &back) == 0 && back.c_lflag == saved.c_lflag, "the saved settings are back");
    return tap_done();
}
