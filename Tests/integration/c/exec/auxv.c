// The initial stack and auxiliary vector (issue 3 §3, System V ABI §3.4): argc/argv/envp
// where the ABI puts them with rsp 16-byte aligned, and the AT_* entries Linux passes.
#include "tap.h"
#include <elf.h>
#include <sys/auxv.h>

extern char **environ;

int main(int argc, char **argv) {
    tap_init(argc, argv);
    if (argc == 2 && strcmp(argv[1], "--random") == 0) {
        // Print AT_RANDOM's bytes for the parent to compare across two execs.
        unsigned char *r = (unsigned char *)getauxval(AT_RANDOM);
        for (int i = 0; i < 16; i++) printf("%02x", r[i]);
        printf("\n");
        return 0;
    }
    // The ABI's initial stack: rsp → argc, then argv[], NULL, envp[], NULL, auxv.
    long *sp = (long *)argv - 1;
    CHECK(sp[0] == argc, "argc sits just below argv");
    CHECK(((unsigned long)sp & 15) == 0, "the initial rsp is 16-byte aligned");
    CHECK(argv[argc] == NULL && (char **)&argv[argc + 1] == environ, "envp follows argv's NULL");
    CHECK(getauxval(AT_PAGESZ) == 4096, "AT_PAGESZ is 4096");
    CHECK(getauxval(AT_PHENT) == sizeof(Elf64_Phdr), "AT_PHENT is 56");
    Elf64_Phdr *ph = (Elf64_Phdr *)getauxval(AT_PHDR);
    unsigned long phnum = getauxval(AT_PHNUM);
    int has_load = 0;
    for (unsigned long i = 0; ph && i < phnum; i++) has_load |= ph[i].p_type == PT_LOAD;
    CHECK(ph != NULL && phnum > 0 && has_load, "AT_PHDR/AT_PHNUM point at the program headers");
    extern char _start[] __attribute__((weak));
    CHECK(getauxval(AT_ENTRY) != 0 && (!_start || getauxval(AT_ENTRY) == (unsigned long)_start),
          "AT_ENTRY is the entry point");
    CHECK(getauxval(AT_BASE) == 0, "AT_BASE is 0 without an interpreter");
    CHECK(getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid()
          && getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid(), "AT_UID/EUID/GID/EGID");
    CHECK(getauxval(AT_SECURE) == 0, "AT_SECURE is 0 for an ordinary exec");
    CHECK(getauxval(AT_CLKTCK) == 100, "AT_CLKTCK is 100");
    CHECK(getauxval(AT_HWCAP) != 0, "AT_HWCAP has the CPU's feature bits");
    const char *platform = (const char *)getauxval(AT_PLATFORM);
    CHECK(platform && strcmp(platform, "x86_64") == 0, "AT_PLATFORM is \"x86_64\"");
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    CHECK(execfn && strcmp(execfn, argv[0]) == 0, "AT_EXECFN is the path execve was given");
    CHECK(getauxval(AT_RANDOM) != 0, "AT_RANDOM points at 16 bytes");

    char outputs[2][64] = {{0}};
    char *args[] = {tap_self, "--random", NULL};
    for (int run = 0; run < 2; run++) {
        if (!tap_exited_with(tap_capture(args, outputs[run], sizeof outputs[run], NULL), 0) || strlen(outputs[run]) < 33)
            outputs[run][0] = 0;
    }
    CHECK(outputs[0][0] && outputs[1][0] && strcmp(outputs[0], outputs[1]) != 0, "AT_RANDOM differs between two execs");
    return tap_done();
}
