// SA_SIGINFO: the handler gets (signo, siginfo_t *, ucontext_t *) with si_signo, si_code
// SI_USER and the sender's pid/uid for kill, SI_TKILL for tgkill; inside the handler the
// signal is blocked and uc_sigmask holds the mask from before.
#include "tap.h"
#include <ucontext.h>

static volatile int signo, code, pid, uid, blocked_inside, saved_has_it, ctx_ok;

static void handler(int sig, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    signo = info->si_signo;
    code = info->si_code;
    pid = info->si_pid;
    uid = info->si_uid;
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    blocked_inside = sigismember(&now, sig);
    saved_has_it = sigismember(&uc->uc_sigmask, sig);
    ctx_ok = uc != NULL && uc->uc_mcontext.gregs[REG_RIP] != 0 && uc->uc_mcontext.gregs[REG_RSP] != 0;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct sigaction sa = {0};
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    CHECK_OK(sigaction(SIGUSR2, &sa, NULL));
    CHECK_OK(kill(getpid(), SIGUSR2));
    CHECK(signo == SIGUSR2, "si_signo is the signal");
    CHECK(code == SI_USER, "kill gives si_code SI_USER");
    CHECK(pid == getpid(), "si_pid is the sender");
    CHECK(uid == (int)getuid(), "si_uid is the sender's uid");
    CHECK(blocked_inside == 1, "the signal is blocked while its handler runs");
    CHECK(saved_has_it == 0, "uc_sigmask is the mask before the signal");
    CHECK(ctx_ok, "the ucontext holds the interrupted rip and rsp");
    sigset_t after;
    sigprocmask(SIG_BLOCK, NULL, &after);
    CHECK(!sigismember(&after, SIGUSR2), "rt_sigreturn restores the mask");
    code = 0;
    CHECK_OK(syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR2));
    CHECK(code == SI_TKILL, "tgkill gives si_code SI_TKILL");
    return tap_done();
}
