/*
 * Addresses the linker script (kernel.ld) and the asm files define, handed to Swift as
 * integers through accessors (Swift does not import arrays of unknown size).
 */
#ifndef APUS_KERNEL_SYMBOLS_H
#define APUS_KERNEL_SYMBOLS_H

#include <stdint.h>
#include "percpu.h"

extern uint8_t __kernel_start[], __text_end[], __rodata_start[], __rodata_end[];
extern uint8_t __data_start[], __data_end[], __ksyms_start[], __ksyms_end[], __kernel_end[];
extern uint8_t boot_stack_guard[], boot_stack_top[];
extern uint8_t ist_df_guard[], ist_df_top[], ist_nmi_guard[], ist_nmi_top[], ist_mc_guard[], ist_mc_top[];
extern uint64_t trap_stub_table[256];
extern uint8_t fault_probe_insn[], fault_probe_fixup[];
extern uint8_t early_heap_start[], early_heap_end[];

#define KSYM(name) static inline uint64_t ksym_##name(void) { return (uint64_t)(uintptr_t)name; }
/* Image layout: [kernel_start, text_end) RX, [rodata_start, rodata_end) R,
   [data_start, data_end) RW (data + bss + stacks), [ksyms_start, ksyms_end) R. */
KSYM(__kernel_start) KSYM(__text_end) KSYM(__rodata_start) KSYM(__rodata_end)
KSYM(__data_start) KSYM(__data_end) KSYM(__ksyms_start) KSYM(__ksyms_end) KSYM(__kernel_end)
/* Stacks in stacks.S: each has one unmapped guard page right below it. */
KSYM(boot_stack_guard) KSYM(boot_stack_top)
KSYM(ist_df_guard) KSYM(ist_df_top) KSYM(ist_nmi_guard) KSYM(ist_nmi_top)
KSYM(ist_mc_guard) KSYM(ist_mc_top)
KSYM(trap_stub_table) KSYM(fault_probe_insn) KSYM(fault_probe_fixup)
/* The early heap arena (stacks.S). */
KSYM(early_heap_start) KSYM(early_heap_end)
#undef KSYM

/* The boot CPU's per-CPU area (entry.S points GS at it before any Swift runs). */
extern PerCPU bsp_percpu;

/*
 * fault_probe.S: read 8 bytes at `address`. Returns 0 and stores the value, or -EFAULT when
 * the access faulted (the trap handler resumed at the fixup). The caller sets
 * PerCPU.fault_fixup_active around it.
 */
extern int64_t fault_probe_read64(uint64_t address, uint64_t *_Nonnull value);

/* switch.S */
extern void context_switch(uint64_t *_Nonnull save_rsp, uint64_t new_rsp);
extern void fpu_save(void *_Nonnull area);
extern void fpu_restore(const void *_Nonnull area);
extern uint8_t thread_trampoline[];
static inline uint64_t ksym_thread_trampoline(void) { return (uint64_t)(uintptr_t)thread_trampoline; }

/* traps.S / syscall.S */
#include "trapframe.h"
extern void enter_user_mode(TrapFrame *_Nonnull frame) __attribute__((noreturn));
extern uint8_t syscall_entry[];
static inline uint64_t ksym_syscall_entry(void) { return (uint64_t)(uintptr_t)syscall_entry; }

/* usercopy.S: 0, or -EFAULT when the user range could not be accessed. */
extern int64_t user_copy(void *_Nonnull dst, const void *_Nonnull src, uint64_t count);
extern uint8_t user_copy_insn[], user_copy_fixup[];
extern uint8_t smap_enabled;
static inline uint64_t ksym_user_copy_insn(void) { return (uint64_t)(uintptr_t)user_copy_insn; }
static inline uint64_t ksym_user_copy_fixup(void) { return (uint64_t)(uintptr_t)user_copy_fixup; }

#endif
