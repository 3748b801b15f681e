// alarm returns the seconds left on the previous alarm and alarm(0) cancels; setitimer
// with an interval fires repeatedly, getitimer reports it; the timer interrupt delivers
// SIGALRM to a loop that makes no syscalls; ITIMER_VIRTUAL and ITIMER_PROF count CPU time
// and send SIGVTALRM and SIGPROF; bad arguments are EINVAL.
#include "tap.h"
#include <sys/time.h>

static volatile int alarms, vtalrms, profs;
static void on_alarm(int sig) { (void)sig; alarms++; }
static void on_cpu_timer(int sig) {
    if (sig == SIGVTALRM) vtalrms++;
    if (sig == SIGPROF) profs++;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    signal(SIGALRM, on_alarm);
    CHECK(alarm(10) == 0, "the first alarm returns 0");
    unsigned left = alarm(5);
    CHECK(left == 10 || left == 9, "the next returns the seconds left");
    CHECK(alarm(0) >= 4, "alarm(0) cancels and returns the seconds left");
    struct itimerval cur;
    CHECK_OK(getitimer(ITIMER_REAL, &cur));
    CHECK(cur.it_value.tv_sec == 0 && cur.it_value.tv_usec == 0, "no timer is running after alarm(0)");

    struct itimerval it = {{0, 50000}, {0, 50000}}, old;
    CHECK_OK(setitimer(ITIMER_REAL, &it, &old));
    CHECK_OK(getitimer(ITIMER_REAL, &cur));
    CHECK(cur.it_interval.tv_usec == 50000 && cur.it_value.tv_sec == 0 && cur.it_value.tv_usec <= 50000,
          "getitimer reports the interval and the time left");
    // Spin without syscalls: only the timer interrupt can deliver.
    while (alarms < 3) { __asm__ volatile("" ::: "memory"); }
    CHECK(alarms >= 3, "an interval timer fires repeatedly into a busy loop");
    struct itimerval zero = {{0, 0}, {0, 0}};
    CHECK_OK(setitimer(ITIMER_REAL, &zero, &old));
    CHECK(old.it_interval.tv_usec == 50000, "setitimer returns the old value");
    int before = alarms;
    struct timespec ts = {0, 150 * 1000000L};
    nanosleep(&ts, NULL);
    CHECK(alarms == before, "a disarmed timer does not fire");

    signal(SIGVTALRM, on_cpu_timer);
    signal(SIGPROF, on_cpu_timer);
    struct itimerval cpu = {{0, 20000}, {0, 20000}};
    CHECK_OK(setitimer(ITIMER_VIRTUAL, &cpu, NULL));
    CHECK_OK(setitimer(ITIMER_PROF, &cpu, NULL));
    CHECK_OK(getitimer(ITIMER_VIRTUAL, &cur));
    // Linux adds one tick (at most 10 ms: HZ >= 100) to a CPU timer's first expiry.
    CHECK(cur.it_interval.tv_usec == 20000 && cur.it_value.tv_usec > 20000 && cur.it_value.tv_usec <= 30000,
          "getitimer(ITIMER_VIRTUAL) reports the interval and the value plus a tick");
    while (vtalrms < 2 || profs < 2) { __asm__ volatile("" ::: "memory"); }
    CHECK(vtalrms >= 2, "ITIMER_VIRTUAL sends SIGVTALRM as user time passes");
    CHECK(profs >= 2, "ITIMER_PROF sends SIGPROF");
    CHECK_OK(setitimer(ITIMER_VIRTUAL, &zero, NULL));
    CHECK_OK(setitimer(ITIMER_PROF, &zero, &old));
    CHECK(old.it_interval.tv_usec == 20000, "setitimer(ITIMER_PROF) returns the old value");

    struct itimerval bad = {{0, 0}, {0, 1000000}};
    CHECK_ERRNO(setitimer(ITIMER_REAL, &bad, NULL), EINVAL);
    CHECK_ERRNO(setitimer(7, &it, NULL), EINVAL);
    CHECK_ERRNO(getitimer(7, &cur), EINVAL);
    CHECK_ERRNO(syscall(SYS_getitimer, ITIMER_REAL, TAP_BAD_POINTER), EFAULT);
    return tap_done();
}
