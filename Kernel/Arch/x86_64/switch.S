/*
 * Kernel context switch: save the callee-saved registers on the old thread's stack, swap
 * stacks, restore the new thread's (SysV ABI: rbx, rbp, r12–r15 survive calls; everything
 * else the caller of context_switch already treats as clobbered). Sched/Scheduler.swift
 * decides; this only moves registers.
 *
 * void context_switch(uint64_t *save_rsp, uint64_t new_rsp)
 */
    .section .text, "ax"
    .globl context_switch
context_switch:
    pushq   %rbp
    pushq   %rbx
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
    movq    %rsp, (%rdi)
    movq    %rsi, %rsp
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %rbx
    popq    %rbp
    ret

/*
 * First instructions of a new kernel thread: context_switch "returns" here with r12 = the
 * argument Thread.prepareStack placed there. Calls thread_start_swift(r12), which never
 * returns.
 */
    .globl thread_trampoline
thread_trampoline:
    xorl    %ebp, %ebp              /* backtraces end here */
    movq    %r12, %rdi
    andq    $-16, %rsp
    call    thread_start_swift
    ud2

/* FPU/SSE state of user threads (SDM Vol. 1 §10.5): 512-byte, 16-byte aligned areas. */
    .globl fpu_save, fpu_restore
fpu_save:
    fxsaveq (%rdi)
    ret
fpu_restore:
    fxrstorq (%rdi)
    ret
