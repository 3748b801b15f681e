// A signal handler interrupts a blocking wait4: without SA_RESTART it fails with EINTR,
// with SA_RESTART it is restarted and returns the child. pause() always ends with EINTR;
// nanosleep ends with EINTR even under SA_RESTART and writes the time left.
#include "tap.h"
#include <sys/time.h>

static volatile int alarms;
static void on_alarm(int sig) { (void)sig; alarms++; }

static void arm_ms(int ms) {
    struct itimerval it = {{0, 0}, {ms / 1000, (ms % 1000) * 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
}

static pid_t sleeper(int ms) {
    pid_t pid = fork();
    if (pid == 0) {
        struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
        nanosleep(&ts, NULL);
        _exit(3);
    }
    return pid;
}

static void install(int flags) {
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sa.sa_flags = flags;
    sigaction(SIGALRM, &sa, NULL);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int status;
    install(0);
    pid_t child = sleeper(600);
    arm_ms(100);
    errno = 0;
    pid_t r = waitpid(child, &status, 0);
    CHECK(r == -1 && errno == EINTR && alarms == 1, "without SA_RESTART, wait4 fails with EINTR after the handler");
    CHECK(waitpid(child, &status, 0) == child && tap_exited_with(status, 3), "the child is still there to reap");

    install(SA_RESTART);
    alarms = 0;
    child = sleeper(600);
    arm_ms(100);
    r = waitpid(child, &status, 0);
    CHECK(r == child && alarms == 1 && tap_exited_with(status, 3), "with SA_RESTART, wait4 is restarted and reaps the child");

    alarms = 0;
    arm_ms(100);
    errno = 0;
    CHECK(pause() == -1 && errno == EINTR && alarms == 1, "pause ends with EINTR even under SA_RESTART");

    alarms = 0;
    arm_ms(100);
    struct timespec req = {5, 0}, rem = {0, 0};
    errno = 0;
    CHECK(nanosleep(&req, &rem) == -1 && errno == EINTR && alarms == 1, "nanosleep ends with EINTR under SA_RESTART");
    CHECK(rem.tv_sec >= 3 && rem.tv_sec <= 5, "nanosleep writes the time left");

    alarms = 0;
    arm_ms(100);
    req.tv_sec = 5;
    int e = clock_nanosleep(CLOCK_MONOTONIC, 0, &req, &rem);
    CHECK(e == EINTR && alarms == 1, "clock_nanosleep returns EINTR");
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    now.tv_nsec += 50 * 1000000L;
    if (now.tv_nsec >= 1000000000L) { now.tv_sec++; now.tv_nsec -= 1000000000L; }
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &now, NULL) == 0, "clock_nanosleep TIMER_ABSTIME sleeps until the time");
    struct timespec after;
    clock_gettime(CLOCK_MONOTONIC, &after);
    CHECK(after.tv_sec > now.tv_sec || (after.tv_sec == now.tv_sec && after.tv_nsec >= now.tv_nsec),
          "it returns no earlier than the deadline");
    CHECK(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &req, NULL) == EINVAL, "clock_nanosleep on a thread CPU clock is EINVAL");
    return tap_done();
}
