/*
 * Thin static-inline wrappers over privileged x86_64 instructions. Every decision is made
 * in Swift; these only expose the instructions (Intel SDM Vol. 2). Neighbours: percpu.h,
 * trapframe.h.
 */
#ifndef APUS_CPU_H
#define APUS_CPU_H

#include <stdint.h>
#include <stdbool.h>

static inline void cpu_outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline void cpu_outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" :: "a"(v), "Nd"(port)); }
static inline void cpu_outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint8_t cpu_inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint16_t cpu_inw(uint16_t port) { uint16_t v; __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint32_t cpu_inl(uint16_t port) { uint32_t v; __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port)); return v; }

static inline uint64_t cpu_rdmsr(uint32_t msr) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return ((uint64_t)hi << 32) | lo;
}
static inline void cpu_wrmsr(uint32_t msr, uint64_t v) {
    __asm__ volatile("wrmsr" :: "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)) : "memory");
}

static inline uint64_t cpu_read_cr0(void) { uint64_t v; __asm__ volatile("mov %%cr0, %0" : "=r"(v)); return v; }
static inline void cpu_write_cr0(uint64_t v) { __asm__ volatile("mov %0, %%cr0" :: "r"(v) : "memory"); }
static inline uint64_t cpu_read_cr2(void) { uint64_t v; __asm__ volatile("mov %%cr2, %0" : "=r"(v)); return v; }
static inline uint64_t cpu_read_cr3(void) { uint64_t v; __asm__ volatile("mov %%cr3, %0" : "=r"(v)); return v; }
static inline void cpu_write_cr3(uint64_t v) { __asm__ volatile("mov %0, %%cr3" :: "r"(v) : "memory"); }
static inline uint64_t cpu_read_cr4(void) { uint64_t v; __asm__ volatile("mov %%cr4, %0" : "=r"(v)); return v; }
static inline void cpu_write_cr4(uint64_t v) { __asm__ volatile("mov %0, %%cr4" :: "r"(v) : "memory"); }
static inline uint64_t cpu_read_rflags(void) { uint64_t v; __asm__ volatile("pushfq; popq %0" : "=r"(v)); return v; }
static inline uint64_t cpu_read_rbp(void) { uint64_t v; __asm__ volatile("mov %%rbp, %0" : "=r"(v)); return v; }

static inline void cpu_invlpg(uint64_t va) { __asm__ volatile("invlpg (%0)" :: "r"(va) : "memory"); }

typedef struct { uint32_t eax, ebx, ecx, edx; } CPUIDResult;
static inline CPUIDResult cpu_cpuid(uint32_t leaf, uint32_t subleaf) {
    CPUIDResult r;
    __asm__ volatile("cpuid" : "=a"(r.eax), "=b"(r.ebx), "=c"(r.ecx), "=d"(r.edx) : "a"(leaf), "c"(subleaf));
    return r;
}

static inline uint64_t cpu_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

/* RDRAND/RDSEED: false when the DRNG had no entropy ready (carry clear, SDM Vol. 1 §7.3.17). */
static inline bool cpu_rdrand64(uint64_t *out) {
    unsigned char ok;
    __asm__ volatile("rdrand %0; setc %1" : "=r"(*out), "=qm"(ok) :: "cc");
    return ok;
}
static inline bool cpu_rdseed64(uint64_t *out) {
    unsigned char ok;
    __asm__ volatile("rdseed %0; setc %1" : "=r"(*out), "=qm"(ok) :: "cc");
    return ok;
}

static inline void cpu_cli(void) { __asm__ volatile("cli" ::: "memory"); }
static inline void cpu_sti(void) { __asm__ volatile("sti" ::: "memory"); }
static inline void cpu_hlt(void) { __asm__ volatile("hlt" ::: "memory"); }
/* sti;hlt as one pair: the interrupt shadow of sti means no wake-up is lost between them. */
static inline void cpu_sti_hlt(void) { __asm__ volatile("sti; hlt" ::: "memory"); }
static inline void cpu_pause(void) { __asm__ volatile("pause" ::: "memory"); }
/* int3: with an empty IDT this triple-faults, which resets the machine. */
static inline void cpu_trigger_breakpoint(void) { __asm__ volatile("int3" ::: "memory"); }

typedef struct __attribute__((packed)) { uint16_t limit; uint64_t base; } DescriptorTablePointer;
static inline void cpu_lgdt(const DescriptorTablePointer *p) { __asm__ volatile("lgdt (%0)" :: "r"(p) : "memory"); }
static inline void cpu_lidt(const DescriptorTablePointer *p) { __asm__ volatile("lidt (%0)" :: "r"(p) : "memory"); }
static inline void cpu_ltr(uint16_t sel) { __asm__ volatile("ltr %0" :: "r"(sel) : "memory"); }

/*
 * After lgdt: reload CS with a far return and the data segments. FS and GS are left alone:
 * loading them would zero the FS/GS base MSRs that per-CPU data depends on.
 */
static inline void cpu_reload_segments(uint16_t code, uint16_t data) {
    __asm__ volatile(
        "pushq %q0\n\t"
        "leaq 1f(%%rip), %%rax\n\t"
        "pushq %%rax\n\t"
        "lretq\n"
        "1:\n\t"
        "movw %w1, %%ds\n\t"
        "movw %w1, %%es\n\t"
        "movw %w1, %%ss\n\t"
        :: "r"((uint64_t)code), "r"(data) : "rax", "memory");
}

/* Device registers: volatile so the compiler neither merges nor drops the accesses. */
static inline uint8_t mmio_read8(void *address) { return *(volatile uint8_t *)address; }
static inline void mmio_write8(void *address, uint8_t value) { *(volatile uint8_t *)address = value; }
static inline uint16_t mmio_read16(void *address) { return *(volatile uint16_t *)address; }
static inline void mmio_write16(void *address, uint16_t value) { *(volatile uint16_t *)address = value; }
static inline uint32_t mmio_read32(void *address) { return *(volatile uint32_t *)address; }
static inline void mmio_write32(void *address, uint32_t value) { *(volatile uint32_t *)address = value; }

/* Model-specific registers used by the kernel (SDM Vol. 4). */
#define MSR_EFER        0xC0000080u
#define MSR_FS_BASE     0xC0000100u
#define MSR_GS_BASE     0xC0000101u
#define MSR_KERNEL_GS   0xC0000102u
#define MSR_APIC_BASE   0x0000001Bu

#endif
