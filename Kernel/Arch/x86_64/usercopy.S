/*
 * Copies between kernel and user memory that may fault. The page-fault handler first tries
 * to resolve a user fault (demand paging, copy-on-write); if it cannot, and the fault is at
 * user_copy_insn with PerCPU.fault_fixup_active set, it resumes at user_copy_fixup, which
 * returns -EFAULT. With SMAP on, user pages are reachable only between stac and clac.
 *
 * int64_t user_copy(void *dst, const void *src, uint64_t count) → 0 or -EFAULT
 */
    .section .text, "ax"
    .globl user_copy, user_copy_insn, user_copy_fixup, smap_enabled
user_copy:
    movq    %rdx, %rcx
    cmpb    $0, smap_enabled(%rip)
    je      1f
    stac
1:
user_copy_insn:
    rep movsb
    xorl    %eax, %eax
2:  cmpb    $0, smap_enabled(%rip)
    je      3f
    clac
3:  ret
user_copy_fixup:
    movq    $-14, %rax
    jmp     2b

    .section .data, "aw"
smap_enabled:
    .byte 0
