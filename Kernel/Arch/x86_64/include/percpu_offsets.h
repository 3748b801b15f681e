/* PerCPU field offsets for assembly; percpu.h asserts they match the struct. */
#ifndef APUS_PERCPU_OFFSETS_H
#define APUS_PERCPU_OFFSETS_H
#define PERCPU_SELF 0
#define PERCPU_KERNEL_STACK_TOP 24
#define PERCPU_USER_RSP_SCRATCH 32
#define PERCPU_FAULT_FIXUP_ACTIVE 40
#endif
