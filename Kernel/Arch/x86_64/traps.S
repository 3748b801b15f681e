/*
 * Interrupt and exception entry: one stub per vector pushes a uniform TrapFrame
 * (include/trapframe.h) and calls trap_dispatch in Arch/x86_64/Traps.swift.
 * Vectors that push an error code (SDM Vol. 3A §6.13): 8, 10-14, 17, 21, 29, 30.
 */
#include "trapframe_macros.h"
    .section .text, "ax"

.macro TRAP_STUB vec
    .balign 16
trap_stub_\vec:
    .if (\vec == 8) || (\vec >= 10 && \vec <= 14) || (\vec == 17) || (\vec == 21) || (\vec == 29) || (\vec == 30)
    pushq   $\vec
    .else
    pushq   $0
    pushq   $\vec
    .endif
    jmp     trap_common
.endm

trap_common:
    /* stack: [rsp]=vector [rsp+8]=error code (CPU or ours) ... */
    PUSH_GPRS
    /* Coming from user mode (CS.RPL=3): take the kernel's GS. */
    testb   $3, 18*8(%rsp)
    jz      1f
    swapgs
1:  mov     %rsp, %rdi
    mov     %rsp, %rbx                  /* callee-saved: the frame */
    and     $-16, %rsp                  /* SysV: 16-byte aligned at the call */
    cld
    call    trap_dispatch
    mov     %rbx, %rsp
/* Restores a TrapFrame at rsp and returns to it; also how a new process first enters user
   mode (enter_user_mode) and how syscalls that rewrote their frame return. */
    .globl trap_exit
trap_exit:
    testb   $3, 18*8(%rsp)
    jz      2f
    swapgs
2:  POP_GPRS
    add     $16, %rsp                   /* vector + error code */
    iretq

/* void enter_user_mode(TrapFrame *frame): never returns. */
    .globl enter_user_mode
enter_user_mode:
    cli
    mov     %rdi, %rsp
    jmp     trap_exit

    .altmacro
.macro STUB_ADDRESS vec
    .quad trap_stub_\vec
.endm

    .set vec, 0
    .rept 256
    TRAP_STUB %vec
    .set vec, vec + 1
    .endr

    .section .rodata, "a"
    .balign 8
    .globl trap_stub_table
trap_stub_table:
    .set vec, 0
    .rept 256
    STUB_ADDRESS %vec
    .set vec, vec + 1
    .endr
