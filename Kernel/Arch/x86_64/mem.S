/*
 * memset/memcpy/memmove/memcmp/strlen for the Swift runtime. In asm on purpose: a C or Swift
 * loop may be recognised by the compiler and turned back into a call to itself. `rep movsb`
 * and `rep stosb` are fast on every CPU with ERMSB and correct on all others.
 */
    .section .text, "ax"

    .globl memset
memset:                        /* rdi = dst, esi = byte, rdx = count → rax = dst */
    mov     %rdi, %r9
    mov     %esi, %eax
    mov     %rdx, %rcx
    rep stosb
    mov     %r9, %rax
    ret

    .globl memcpy
memcpy:                        /* rdi = dst, rsi = src, rdx = count → rax = dst */
    mov     %rdi, %rax
    mov     %rdx, %rcx
    rep movsb
    ret

    .globl memmove
memmove:
    mov     %rdi, %rax
    mov     %rdx, %rcx
    cmp     %rsi, %rdi
    jbe     1f                 /* dst below src: forward copy is safe */
    lea     (%rsi,%rdx), %r8
    cmp     %r8, %rdi
    jae     1f                 /* no overlap */
    lea     -1(%rdi,%rdx), %rdi
    lea     -1(%rsi,%rdx), %rsi
    std
    rep movsb
    cld
    ret
1:  rep movsb
    ret

    .globl memcmp
memcmp:                        /* rdi = a, rsi = b, rdx = count → eax <0, 0, >0 */
    xor     %eax, %eax
    test    %rdx, %rdx
    jz      2f
1:  movzbl  (%rdi), %eax
    movzbl  (%rsi), %ecx
    sub     %ecx, %eax
    jnz     2f
    inc     %rdi
    inc     %rsi
    dec     %rdx
    jnz     1b
2:  ret

    .globl strlen
strlen:
    mov     %rdi, %rax
1:  cmpb    $0, (%rax)
    je      2f
    inc     %rax
    jmp     1b
2:  sub     %rdi, %rax
    ret

/* The runtime's free(): Swift may not define a symbol named `free` itself. */
    .globl free
free:
    jmp     kernel_free
