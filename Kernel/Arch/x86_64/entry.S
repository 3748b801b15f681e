/*
 * Kernel entry from the loader (Loader/ → here → Boot/Main.swift).
 * In: rdi = direct-map address of the ApusBootInfo, interrupts off, the loader's page tables.
 * Switch to the kernel's own boot stack, point GS at the boot CPU's per-CPU area, call Swift.
 */
#define MSR_GS_BASE 0xC0000101 /* IA32_GS_BASE, SDM Vol. 4 */

    .section .text.entry, "ax"
    .globl _start
_start:
    cli
    cld
    lea     boot_stack_top(%rip), %rsp
    xor     %ebp, %ebp                  /* ends every backtrace here */
    mov     %rdi, %r12                  /* keep the BootInfo pointer across wrmsr */

    lea     bsp_percpu(%rip), %rax
    mov     %rax, (%rax)                /* PerCPU.self */
    mov     %rax, %rdx
    shr     $32, %rdx
    mov     $MSR_GS_BASE, %ecx
    wrmsr

    mov     %r12, %rdi
    call    kernel_main
1:  cli
    hlt
    jmp     1b

    .section .bss.percpu, "aw", @nobits
    .balign 64
    .globl bsp_percpu
bsp_percpu:
    .skip   256
