/*
 * A memory read that may fault: the page-fault handler sees rip == fault_probe_insn while
 * PerCPU.fault_fixup_active is set and resumes at fault_probe_fixup instead of panicking.
 * The seed of copy_from_user's fault recovery; the self-tests and the backtrace use it.
 */
    .section .text, "ax"
    .globl fault_probe_read64, fault_probe_insn, fault_probe_fixup
fault_probe_read64:            /* rdi = address, rsi = out pointer */
fault_probe_insn:
    mov     (%rdi), %rax
    mov     %rax, (%rsi)
    xor     %eax, %eax
    ret
fault_probe_fixup:
    mov     $-14, %rax             /* -EFAULT */
    ret
