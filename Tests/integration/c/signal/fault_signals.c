// Faults become signals with Linux's siginfo: a bad read is SIGSEGV SEGV_MAPERR with si_addr
// the address, a write to read-only code is SEGV_ACCERR, ud2 is SIGILL ILL_ILLOPN at the
// instruction (ILL_ILLOPN, as Linux reports #UD), division by zero SIGFPE FPE_INTDIV, int3 SIGTRAP. A handler can siglongjmp
// away; one that returns re-runs the faulting access; a blocked or ignored fault signal,
// or none handled, kills with it.
#include "tap.h"
#include <setjmp.h>

/// An unmapped address the compiler cannot see through.
static volatile int *volatile bad_address = (volatile int *)16;

static sigjmp_buf env;
static volatile int got_sig, got_code, returns;
static void *volatile got_addr;

static void jumper(int sig, siginfo_t *info, void *uc) {
    (void)uc;
    got_sig = sig;
    got_code = info->si_code;
    got_addr = info->si_addr;
    siglongjmp(env, 1);
}

static void catch_with(int sig) {
    struct sigaction sa = {0};
    sa.sa_sigaction = jumper;
    sa.sa_flags = SA_SIGINFO;
    sigaction(sig, &sa, NULL);
}

static void returner(int sig) {
    (void)sig;
    if (++returns == 3) _exit(42);
}

static int refault(void *arg) {
    (void)arg;
    signal(SIGSEGV, returner);
    return *bad_address;
}

static int blocked_fault(void *arg) {
    (void)arg;
    signal(SIGSEGV, returner);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSEGV);
    sigprocmask(SIG_BLOCK, &set, NULL);
    return *bad_address;
}

static int ignored_fault(void *arg) {
    (void)arg;
    signal(SIGSEGV, SIG_IGN);
    return *bad_address;
}

static int plain_fault(void *arg) {
    (void)arg;
    signal(SIGSEGV, SIG_DFL);
    return *bad_address;
}

extern char ud2_here[];

int main(int argc, char **argv) {
    tap_init(argc, argv);
    catch_with(SIGSEGV);
    if (sigsetjmp(env, 1) == 0) { (void)*bad_address; }
    CHECK(got_sig == SIGSEGV && got_code == SEGV_MAPERR && got_addr == (void *)16,
          "a read of an unmapped address is SIGSEGV SEGV_MAPERR with si_addr");
    got_sig = 0;
    if (sigsetjmp(env, 1) == 0) { *(volatile char *)(void *)main = 0; }
    CHECK(got_sig == SIGSEGV && got_code == SEGV_ACCERR && got_addr == (void *)main,
          "a write to read-only code is SEGV_ACCERR");
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    CHECK(!sigismember(&now, SIGSEGV), "siglongjmp out of the handler restores the mask");

    catch_with(SIGILL);
    if (sigsetjmp(env, 1) == 0) { __asm__ volatile(".globl ud2_here\nud2_here: ud2"); }
    NOTE("SIGILL: sig %d code %d addr %p (ud2 at %p)", got_sig, got_code, got_addr, (void *)ud2_here);
    CHECK(got_sig == SIGILL && got_code == ILL_ILLOPN && got_addr == (void *)ud2_here, "ud2 is SIGILL ILL_ILLOPN at the instruction");

    catch_with(SIGFPE);
    if (sigsetjmp(env, 1) == 0) {
        // In asm: the compiler may turn 1 / x into a comparison that never divides.
        __asm__ volatile("xor %%ecx, %%ecx\n\tmov $1, %%eax\n\tcltd\n\tidivl %%ecx" ::: "eax", "ecx", "edx");
    }
    NOTE("SIGFPE: sig %d code %d", got_sig, got_code);
    CHECK(got_sig == SIGFPE && got_code == FPE_INTDIV, "integer division by zero is SIGFPE FPE_INTDIV");

    catch_with(SIGTRAP);
    got_sig = 0;
    if (sigsetjmp(env, 1) == 0) { __asm__ volatile("int3"); }
    CHECK(got_sig == SIGTRAP, "int3 is SIGTRAP");

    CHECK(tap_exited_with(tap_run_child(refault, NULL), 42), "a handler that returns re-runs the fault");
    CHECK(tap_killed_by(tap_run_child(blocked_fault, NULL), SIGSEGV), "a blocked SIGSEGV from a fault kills");
    CHECK(tap_killed_by(tap_run_child(ignored_fault, NULL), SIGSEGV), "an ignored SIGSEGV from a fault kills");
    CHECK(tap_killed_by(tap_run_child(plain_fault, NULL), SIGSEGV), "an unhandled fault kills with SIGSEGV");
    return tap_done();
}
