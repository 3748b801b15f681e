// sigaltstack: an SA_ONSTACK handler runs on the alternate stack and sigaltstack reports
// SS_ONSTACK there (changing it is EPERM); too small is ENOMEM, bad flags EINVAL;
// SS_DISABLE turns it off; a handler without SA_ONSTACK stays on the normal stack.
#include "tap.h"

static char altstack[64 * 1024] __attribute__((aligned(16)));
static volatile int on_alt, flags_inside, change_errno;

static void handler(int sig) {
    (void)sig;
    char here;
    on_alt = &here >= altstack && &here < altstack + sizeof altstack;
    stack_t cur, attempt = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(NULL, &cur);
    flags_inside = cur.ss_flags;
    errno = 0;
    sigaltstack(&attempt, NULL);
    change_errno = errno;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0}, old;
    CHECK_OK(sigaltstack(NULL, &old));
    CHECK(old.ss_flags == SS_DISABLE, "no alternate stack at start");
    CHECK_OK(sigaltstack(&ss, NULL));
    struct sigaction sa = {0};
    sa.sa_handler = handler;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    CHECK(on_alt, "the SA_ONSTACK handler runs on the alternate stack");
    CHECK(flags_inside == SS_ONSTACK, "sigaltstack reports SS_ONSTACK inside it");
    CHECK(change_errno == EPERM, "changing the stack while on it is EPERM");
    CHECK_OK(sigaltstack(NULL, &old));
    CHECK(old.ss_flags == 0 && old.ss_sp == altstack && old.ss_size == sizeof altstack, "back off the stack afterwards");

    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    CHECK(!on_alt, "without SA_ONSTACK the handler uses the normal stack");

    stack_t small = {.ss_sp = altstack, .ss_size = 1024, .ss_flags = 0};
    CHECK_ERRNO(sigaltstack(&small, NULL), ENOMEM);
    stack_t badflags = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0x10};
    CHECK_ERRNO(sigaltstack(&badflags, NULL), EINVAL);
    CHECK_ERRNO(syscall(SYS_sigaltstack, TAP_BAD_POINTER, NULL), EFAULT);
    stack_t off = {.ss_flags = SS_DISABLE};
    CHECK_OK(sigaltstack(&off, NULL));
    CHECK_OK(sigaltstack(NULL, &old));
    CHECK(old.ss_flags == SS_DISABLE && old.ss_size == 0, "SS_DISABLE turns it off");
    return tap_done();
}
