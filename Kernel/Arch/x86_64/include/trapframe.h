/*
 * The register image the trap entry (traps.S) pushes before calling Swift's trap dispatcher,
 * lowest address first. The tail from `rip` on is what the CPU pushes (SDM Vol. 3A §6.14.1).
 */
#ifndef APUS_TRAPFRAME_H
#define APUS_TRAPFRAME_H

#include <stdint.h>

typedef struct TrapFrame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector;
    uint64_t error_code;   /* 0 for vectors without one */
    uint64_t rip, cs, rflags, rsp, ss;
} TrapFrame;

_Static_assert(sizeof(TrapFrame) == 22 * 8, "trap frame layout");
_Static_assert(__builtin_offsetof(TrapFrame, vector) == 15 * 8, "trap frame layout");
_Static_assert(__builtin_offsetof(TrapFrame, rip) == 17 * 8, "trap frame layout");

#endif
