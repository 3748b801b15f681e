// Interactive: reads from the console while the runner types (apus-run --send, see
// Tests/runner/runner-tests.sh): canonical-mode editing (DEL and ^H erase, ^U kills the
// line), CR as Enter, ^D mid-line and at the start of a line, then raw mode (VMIN 1,
// VMIN 0, and VMIN 3 with VTIME's inter-byte timer) with echo off. Each "# tty:" line is a marker the runner answers. Not part of
// the suite: without typed input it would wait forever.
#include "tty_helpers.h"

static char line[256];

/// Prints the marker, then reads once from the console.
static long prompt_read(const char *marker, size_t count) {
    NOTE("tty: %s", marker);
    memset(line, 0, sizeof line);
    return read(0, line, count);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(isatty(0), "standard input is the console");
    struct termios saved;
    CHECK_OK(tcgetattr(0, &saved));

    long n = prompt_read("type hello", sizeof line);
    CHECK(n == 6 && memcmp(line, "hello\n", 6) == 0, "Enter (CR) ends the line; read returns 'hello\\n'");
    n = prompt_read("type with erase", sizeof line);
    CHECK(n == 4 && memcmp(line, "cat\n", 4) == 0, "DEL erases: 'cax<DEL>t' gives 'cat\\n'");
    memset(line, 0, sizeof line);
    n = read(0, line, sizeof line);
    CHECK(n == 4 && memcmp(line, "cat\n", 4) == 0, "^H erases too: 'ca<^H>at' gives 'cat\\n'");
    n = prompt_read("type with kill", sizeof line);
    CHECK(n == 3 && memcmp(line, "ls\n", 3) == 0, "^U kills the line typed so far");
    n = prompt_read("type partial eof", sizeof line);
    write(1, "\n", 1);   // the echo of "abc" left the cursor mid-line
    CHECK(n == 3 && memcmp(line, "abc", 3) == 0, "^D mid-line returns the partial line without a newline");
    n = prompt_read("type eof", sizeof line);
    CHECK(n == 0, "^D at the start of a line reads as end of file (0)");
    n = prompt_read("type two lines", 4);
    CHECK(n == 4 && memcmp(line, "one\n", 4) == 0, "one line per read");
    n = read(0, line, sizeof line);
    CHECK(n == 4 && memcmp(line, "two\n", 4) == 0, "the second line on the next read");

    struct termios raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    CHECK_OK(tcsetattr(0, TCSANOW, &raw));
    n = prompt_read("raw press x", sizeof line);
    CHECK(n == 1 && line[0] == 'x', "raw mode with VMIN 1: one key, no Enter needed");
    n = prompt_read("raw press DEL", sizeof line);
    CHECK(n == 1 && line[0] == 0x7f, "raw mode: DEL is data, not an erase");
    raw.c_cc[VMIN] = 0;
    CHECK_OK(tcsetattr(0, TCSANOW, &raw));
    CHECK(read(0, line, sizeof line) == 0, "VMIN 0, VTIME 0 with nothing typed: read returns 0 at once");
    raw.c_cc[VMIN] = 3;
    raw.c_cc[VTIME] = 3;
    CHECK_OK(tcsetattr(0, TCSANOW, &raw));
    n = prompt_read("raw timer press q", sizeof line);
    CHECK(n == 1 && line[0] == 'q', "VMIN 3, VTIME 3: one key, then the inter-byte timer ends the read");
    CHECK_OK(tcsetattr(0, TCSANOW, &saved));
    NOTE("tty: done");
    return tap_done();
}
