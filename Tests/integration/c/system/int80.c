// `int $0x80`, the 32-bit syscall gate, from a 64-bit program (issue 3 §1): Apus has no
// 32-bit syscall table and refuses it cleanly — the gate is not open to user mode, so the
// process gets SIGSEGV and the kernel carries on. Linux with IA32 emulation runs the i386
// syscall instead, so the check is Apus's; on Linux the case only checks the child ended.
#include "tap.h"

static int child(void *unused) {
    (void)unused;
    long result = 20;                          // i386 __NR_getpid
    __asm__ volatile("int $0x80" : "+a"(result) :: "memory");
    return result > 0 ? 0 : 1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status = tap_run_child(child, NULL);
    if (tap_is_apus()) {
        CHECK(tap_killed_by(status, SIGSEGV), "int $0x80 kills the caller with SIGSEGV");
    } else {
        CHECK(status != -1 && (WIFEXITED(status) || WIFSIGNALED(status)), "int $0x80 returns or kills the caller (Linux)");
    }
    CHECK(getpid() > 0, "the parent still runs");
    return tap_done();
}
