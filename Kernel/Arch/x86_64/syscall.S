/*
 * The `syscall` instruction lands here (LSTAR; SDM Vol. 2B SYSCALL): rcx = user rip,
 * r11 = user rflags, interrupts off (FMASK clears IF). Build the same TrapFrame an
 * interrupt would (include/trapframe.h) on this thread's kernel stack, call
 * syscall_dispatch (Syscalls/SyscallDispatch.swift), and return with sysretq when the
 * frame still allows it, else through trap_exit's iretq.
 */
#include "trapframe_macros.h"
#include "percpu_offsets.h"

#define USER_DS   0x23
#define USER_CS   0x2b
#define SYSCALL_VECTOR 0x100      /* not a CPU vector: marks a syscall frame */

    .section .text, "ax"
    .globl syscall_entry
syscall_entry:
    swapgs
    movq    %rsp, %gs:PERCPU_USER_RSP_SCRATCH
    movq    %gs:PERCPU_KERNEL_STACK_TOP, %rsp
    pushq   $USER_DS
    pushq   %gs:PERCPU_USER_RSP_SCRATCH
    pushq   %r11
    pushq   $USER_CS
    pushq   %rcx
    pushq   $0                      /* error code */
    pushq   $SYSCALL_VECTOR
    PUSH_GPRS
    xorl    %ebp, %ebp
    movq    %rsp, %rdi
    cld
    call    syscall_dispatch        /* returns nonzero when the frame must go back by iretq */
    cli
    testq   %rax, %rax
    jnz     trap_exit
    POP_GPRS
    movq    2*8(%rsp), %rcx         /* rip */
    movq    4*8(%rsp), %r11         /* rflags */
    movq    5*8(%rsp), %rsp         /* user rsp */
    swapgs
    sysretq
