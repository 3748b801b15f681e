// File times against the wall clock, for the cases that check them (file.file_times,
// pipe.times): read CLOCK_REALTIME, compare timespecs, and wait long enough for the
// clock a kernel stamps files with to move.
#ifndef APUS_FILE_TIMES_H
#define APUS_FILE_TIMES_H
#include <time.h>

static __attribute__((unused)) struct timespec realtime(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return t;
}

/// a < b, to the nanosecond.
static __attribute__((unused)) int before(struct timespec a, struct timespec b) {
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

/// A file time taken between `start` and `end`: Linux stamps files with its coarse clock,
/// which may trail clock_gettime by a tick, so one second of slack before `start`.
static __attribute__((unused)) int within(struct timespec t, struct timespec start, struct timespec end) {
    return t.tv_sec >= start.tv_sec - 1 && !before(end, t);
}

/// Long enough for the coarse clock to move (Linux ticks every 1–10 ms; Apus uses the TSC).
static __attribute__((unused)) void pause_briefly(void) {
    struct timespec d = {0, 30 * 1000 * 1000};
    nanosleep(&d, NULL);
}
#endif
