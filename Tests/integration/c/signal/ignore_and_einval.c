// SIG_IGN discards a signal (also one already pending when SIG_IGN is set); sigaction
// refuses SIGKILL/SIGSTOP actions and signals outside 1..64 with EINVAL, but reading
// SIGKILL's action works.
#include "tap.h"

static volatile int count;
static void counting(int sig) { (void)sig; count++; }

int main(int argc, char **argv) {
    tap_init(argc, argv);
    signal(SIGUSR1, SIG_IGN);
    CHECK_OK(kill(getpid(), SIGUSR1));
    CHECK(1, "an ignored SIGUSR1 does not kill us");
    sigset_t set, pending;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    signal(SIGUSR2, counting);
    kill(getpid(), SIGUSR2);
    sigpending(&pending);
    CHECK(sigismember(&pending, SIGUSR2), "a blocked signal is pending");
    signal(SIGUSR2, SIG_IGN);
    sigpending(&pending);
    CHECK(!sigismember(&pending, SIGUSR2), "setting SIG_IGN discards the pending signal");
    signal(SIGUSR2, counting);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    CHECK(count == 0, "nothing is delivered after unblocking");

    struct sigaction sa = {0}, old;
    sa.sa_handler = counting;
    CHECK_ERRNO(sigaction(SIGKILL, &sa, NULL), EINVAL);
    CHECK_ERRNO(sigaction(SIGSTOP, &sa, NULL), EINVAL);
    sa.sa_handler = SIG_IGN;
    CHECK_ERRNO(sigaction(SIGKILL, &sa, NULL), EINVAL);
    CHECK_ERRNO(syscall(SYS_rt_sigaction, 0, NULL, &old, 8), EINVAL);
    CHECK_ERRNO(syscall(SYS_rt_sigaction, 65, NULL, &old, 8), EINVAL);
    CHECK_ERRNO(syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old, 16), EINVAL);
    CHECK_OK(sigaction(SIGKILL, NULL, &old));
    CHECK(old.sa_handler == SIG_DFL, "SIGKILL's action reads as SIG_DFL");
    return tap_done();
}
