// When the kernel cannot build a handler's frame, the process dies with SIGSEGV (Linux
// signal_setup_done → force_sigsegv): a stack pointer into unmapped memory, and (x86_64
// requires one) an action without SA_RESTORER. The same signal with a good stack runs the
// handler.
#include "tap.h"

static volatile int handled;
static void handler(int sig) { (void)sig; handled = 1; }

/// kill(getpid(), SIGUSR1) with rsp pointing at unmapped memory: the handler frame cannot
/// be written. Never returns (the process dies).
static int bad_stack(void *arg) {
    (void)arg;
    signal(SIGUSR1, handler);
    long pid = getpid();
    __asm__ volatile("mov %0, %%rdi\n\tmov $10, %%esi\n\tmov $62, %%eax\n\tmov $0x1000, %%rsp\n\tsyscall\n\tud2"
                     :: "r"(pid) : "rax", "rdi", "rsi", "rcx", "r11", "memory");
    return 0;
}

/// The kernel's struct sigaction, set directly without SA_RESTORER.
struct kernel_sigaction { void (*handler)(int); unsigned long flags; void (*restorer)(void); unsigned long mask; };

static int no_restorer(void *arg) {
    (void)arg;
    struct kernel_sigaction ka = {handler, 0, NULL, 0};
    if (syscall(SYS_rt_sigaction, SIGUSR1, &ka, NULL, 8) != 0) return 2;
    kill(getpid(), SIGUSR1);
    return handled ? 1 : 0;
}

static int good_stack(void *arg) {
    (void)arg;
    signal(SIGUSR1, handler);
    kill(getpid(), SIGUSR1);
    return handled ? 0 : 1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_exited_with(tap_run_child(good_stack, NULL), 0), "with a usable stack the handler runs");
    CHECK(tap_killed_by(tap_run_child(bad_stack, NULL), SIGSEGV), "an unwritable signal frame kills with SIGSEGV");
    CHECK(tap_killed_by(tap_run_child(no_restorer, NULL), SIGSEGV), "a handler without SA_RESTORER kills with SIGSEGV");
    return tap_done();
}
