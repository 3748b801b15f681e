// Process entry for every Swift program (Linux x86_64 process start, SysV ABI §3.4.1):
// the kernel enters `_start` with rsp -> argc, argv[], NULL, envp[], NULL, auxv pairs.
// The assembly only hands that pointer to Swift (Start.swift, apus_start) on an aligned
// stack; the signal-return trampoline sits here too. Neighbours: Start.swift, Signals.swift.

    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp              // outermost frame: backtraces stop here
    mov %rsp, %rdi              // the initial stack pointer: argc at 0(%rdi)
    and $-16, %rsp              // the ABI wants rsp 16-aligned before a call
    call apus_start             // never returns (it calls exit_group)
    ud2
    .size _start, . - _start

// sa_restorer: a handler returns here; rt_sigreturn restores the interrupted context.
    .globl apus_restore_rt
    .type apus_restore_rt, @function
apus_restore_rt:
    mov $15, %eax               // __NR_rt_sigreturn (x86_64)
    syscall
    ud2
    .size apus_restore_rt, . - apus_restore_rt

    .section .note.GNU-stack, "", @progbits
