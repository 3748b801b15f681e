// A static-pie program (ET_DYN without an interpreter; built with rcrt1.o, see
// Userland/userland.mk) runs with its relocations applied, at a base that differs from one
// exec to the next (issue 3 §3: ET_DYN loaded at a randomised base).
#include "tap.h"
#include <elf.h>
#include <sys/auxv.h>

static const char *greeting = "relocated";     // a pointer in data: needs R_X86_64_RELATIVE

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--where") == 0) {
        printf("%lx\n", (unsigned long)&main);
        return 0;
    }
    tap_init(argc, argv);
    CHECK(strcmp(greeting, "relocated") == 0, "a data pointer was relocated");
    Elf64_Phdr *ph = (Elf64_Phdr *)getauxval(AT_PHDR);
    CHECK(ph != NULL && (unsigned long)ph < (unsigned long)&main + (1UL << 30) && (unsigned long)ph + (1UL << 30) > (unsigned long)&main,
          "AT_PHDR lies in the loaded image, next to the code");
    CHECK(getauxval(AT_ENTRY) != 0 && getauxval(AT_BASE) == 0, "AT_ENTRY is set, AT_BASE is 0 (no interpreter)");
    unsigned long where[2] = {0, 0};
    char *args[] = {tap_self, "--where", NULL};
    for (int run = 0; run < 2; run++) {
        char text[64];
        if (tap_exited_with(tap_capture(args, text, sizeof text, NULL), 0)) where[run] = strtoul(text, NULL, 16);
    }
    CHECK(where[0] != 0 && where[1] != 0 && where[0] != where[1], "two execs load it at different bases");
    CHECK((where[0] & 0xfff) == ((unsigned long)&main & 0xfff), "bases are page-aligned");
    return tap_done();
}
