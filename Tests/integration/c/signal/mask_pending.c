// Blocking: a blocked signal stays pending (sigpending) and is delivered once when
// unblocked; SIGKILL and SIGSTOP cannot be blocked; bad `how` is EINVAL; sa_mask blocks
// more signals during the handler; SA_NODEFER and SA_RESETHAND.
#include "tap.h"

static volatile int count, nested_blocked, depth, max_depth, calls;

static void counting(int sig) { (void)sig; count++; }

static void check_mask(int sig) {
    (void)sig;
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    nested_blocked = sigismember(&now, SIGUSR2);
}

static void reentrant(int sig) {
    depth++;
    if (depth > max_depth) max_depth = depth;
    if (calls++ == 0) kill(getpid(), sig);   // once: the second delivery must not re-send
    depth--;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct sigaction sa = {0};
    sa.sa_handler = counting;
    CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
    sigset_t set, old, pending;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK_OK(sigprocmask(SIG_BLOCK, &set, &old));
    kill(getpid(), SIGUSR1);
    kill(getpid(), SIGUSR1);
    CHECK(count == 0, "a blocked signal is not delivered");
    sigpending(&pending);
    CHECK(sigismember(&pending, SIGUSR1), "it shows in sigpending");
    CHECK_OK(sigprocmask(SIG_UNBLOCK, &set, NULL));
    CHECK(count == 1, "unblocking delivers it once (standard signals do not queue)");
    sigpending(&pending);
    CHECK(!sigismember(&pending, SIGUSR1), "nothing is pending afterwards");

    sigfillset(&set);
    CHECK_OK(sigprocmask(SIG_SETMASK, &set, NULL));
    sigprocmask(SIG_SETMASK, NULL, &old);
    CHECK(!sigismember(&old, SIGKILL) && !sigismember(&old, SIGSTOP) && sigismember(&old, SIGTERM),
          "SIGKILL and SIGSTOP cannot be blocked");
    sigemptyset(&set);
    CHECK_OK(sigprocmask(SIG_SETMASK, &set, NULL));
    CHECK_ERRNO(syscall(SYS_rt_sigprocmask, 7, &set, NULL, 8), EINVAL);
    CHECK_ERRNO(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 4), EINVAL);

    sa.sa_handler = check_mask;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
    kill(getpid(), SIGUSR1);
    CHECK(nested_blocked == 1, "sa_mask is blocked while the handler runs");

    sa.sa_handler = reentrant;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_NODEFER;
    CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
    kill(getpid(), SIGUSR1);
    CHECK(max_depth == 2, "SA_NODEFER lets the handler be interrupted by its own signal");
    sa.sa_flags = 0;
    max_depth = 0;
    calls = 0;
    CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
    kill(getpid(), SIGUSR1);
    CHECK(max_depth == 1, "without SA_NODEFER the second signal waits until the handler returns");

    sa.sa_handler = counting;
    sa.sa_flags = SA_RESETHAND;
    count = 0;
    CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
    kill(getpid(), SIGUSR1);
    struct sigaction now;
    sigaction(SIGUSR1, NULL, &now);
    CHECK(count == 1 && now.sa_handler == SIG_DFL, "SA_RESETHAND runs the handler once and resets to SIG_DFL");
    return tap_done();
}
