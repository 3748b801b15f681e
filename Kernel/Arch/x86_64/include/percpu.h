/*
 * The per-CPU area, reached through GS from the kernel's first instruction (ARCHITECTURE.md §5).
 * Asm reads fields at fixed offsets, so they are asserted here and never redeclared in Swift.
 */
#ifndef APUS_PERCPU_H
#define APUS_PERCPU_H

#include <stdint.h>

typedef struct PerCPU {
    struct PerCPU *_Nullable self;          /* gs:0 — lets Swift get a plain pointer to this area */
    uint64_t cpu_id;              /* gs:8 — logical CPU number, 0 for the boot CPU */
    uint64_t lapic_id;            /* gs:16 */
    uint64_t kernel_stack_top;    /* gs:24 — rsp for entries from user mode */
    uint64_t user_rsp_scratch;    /* gs:32 — user rsp saved by the syscall entry */
    uint64_t fault_fixup_active;  /* gs:40 — nonzero while a fault-tolerant access runs */
    uint64_t fault_address;       /* gs:48 — CR2 of the last fault the fixup absorbed */
    uint64_t in_panic;            /* gs:56 — nested-panic guard */
    uint64_t current_thread;      /* gs:64 — opaque pointer, owned by the scheduler */
    uint64_t interrupt_depth;     /* gs:72 */
    uint64_t preempt_disable;     /* gs:80 — spinlocks held on this CPU */
    uint64_t saved_interrupts;    /* gs:88 — IF state before the outermost spinlock */
    uint64_t need_resched;        /* gs:96 — set by the tick when the time slice is used up */
    uint64_t slice_ticks;         /* gs:104 — ticks left in the current thread's slice */
    uint64_t previous_thread;     /* gs:112 — thread switched away from, for finishSwitch */
    uint64_t idle_thread;         /* gs:120 — this CPU's idle thread */
} PerCPU;

#include "percpu_offsets.h"

#ifndef __ASSEMBLER__
_Static_assert(__builtin_offsetof(PerCPU, self) == PERCPU_SELF, "percpu layout");
_Static_assert(__builtin_offsetof(PerCPU, kernel_stack_top) == PERCPU_KERNEL_STACK_TOP, "percpu layout");
_Static_assert(__builtin_offsetof(PerCPU, user_rsp_scratch) == PERCPU_USER_RSP_SCRATCH, "percpu layout");
_Static_assert(__builtin_offsetof(PerCPU, fault_fixup_active) == PERCPU_FAULT_FIXUP_ACTIVE, "percpu layout");

/* The per-CPU area of the CPU this runs on. */
static inline PerCPU *_Nonnull percpu_current(void) {
    PerCPU *p;
    __asm__ volatile("mov %%gs:0, %0" : "=r"(p));
    return p;
}
#endif

#endif
