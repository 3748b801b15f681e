/* Saving and restoring the general registers in TrapFrame order (trapframe.h: r15 lowest),
   shared by the trap entry (traps.S) and the syscall entry (syscall.S), so the two frames
   cannot drift apart. Assembly only. */
#ifndef APUS_TRAPFRAME_MACROS_H
#define APUS_TRAPFRAME_MACROS_H
#ifdef __ASSEMBLER__
.macro PUSH_GPRS
    pushq   %rax
    pushq   %rbx
    pushq   %rcx
    pushq   %rdx
    pushq   %rsi
    pushq   %rdi
    pushq   %rbp
    pushq   %r8
    pushq   %r9
    pushq   %r10
    pushq   %r11
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
.endm

.macro POP_GPRS
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %r11
    popq    %r10
    popq    %r9
    popq    %r8
    popq    %rbp
    popq    %rdi
    popq    %rsi
    popq    %rdx
    popq    %rcx
    popq    %rbx
    popq    %rax
.endm
#endif
#endif
