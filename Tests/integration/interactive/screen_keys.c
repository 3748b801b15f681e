// Interactive: PID 1 of the screen test (Tests/runner/screen-tests.sh). It prints a line
// the screenshot must show, then reads what the runner types through QEMU's monitor
// (sendkey: the PS/2 keyboard, not the serial line): a canonical line with Shift and
// Backspace, then in raw mode the arrows, Home, End and Ctrl-C as the bytes Linux's
// console sends. Each "# screen:" line is a marker the runner answers. Not part of the
// suite: without typed input it would wait forever.
#include "tty_helpers.h"

static char line[256];

static long prompt_read(const char *marker, size_t count) {
    NOTE("screen: %s", marker);
    memset(line, 0, sizeof line);
    return read(0, line, count);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    printf("screen test: hello from PID 1\n");
    fflush(stdout);
    long n = prompt_read("type a line", sizeof line);
    CHECK(n == 17 && memcmp(line, "Hello, Apus 42!?\n", 17) == 0, "keys typed on the keyboard arrive as one line (Shift, Backspace, Enter)");
    printf("screen test: got %.*s", (int)n, line);
    fflush(stdout);

    struct termios saved, raw;
    CHECK_OK(tcgetattr(0, &saved));
    raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO | ISIG);
    raw.c_cc[VMIN] = 15;
    raw.c_cc[VTIME] = 50;
    CHECK_OK(tcsetattr(0, TCSANOW, &raw));
    n = prompt_read("press arrows", sizeof line);
    const char expected[] = "\033[A\033[D\033[1~\033[4~\003";
    CHECK(n == 15 && memcmp(line, expected, 15) == 0, "Up, Left, Home, End, Ctrl-C as ESC [ A, ESC [ D, ESC [ 1 ~, ESC [ 4 ~, 0x03");
    CHECK_OK(tcsetattr(0, TCSANOW, &saved));
    NOTE("screen: done");
    return tap_done();
}
