// A handler runs on a signal sent to ourselves and rt_sigreturn restores every register
// the interrupted code had: general registers (set by asm around the kill syscall) and
// SSE registers, even though the handler clobbers them.
#include "tap.h"

static volatile int got;

static void handler(int sig) {
    got = sig;
    // Clobber what the interrupted code must get back.
    __asm__ volatile("mov $0x1111, %%r12\n\tmov $0x2222, %%r13\n\tmov $0x3333, %%r14\n\tmov $0x4444, %%r15\n\t"
                     "mov $0x5555, %%rbx\n\tpxor %%xmm0, %%xmm0\n\tpxor %%xmm7, %%xmm7"
                     ::: "r12", "r13", "r14", "r15", "rbx", "xmm0", "xmm7");
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    struct sigaction sa = {0};
    sa.sa_handler = handler;
    CHECK_OK(sigaction(SIGUSR1, &sa, NULL));
    unsigned long out[9];
    double xmm_in = 6.25, xmm_out0 = 0, xmm_out7 = 0;
    long pid = getpid();
    __asm__ volatile(
        "movsd %[xin], %%xmm0\n\t"
        "movsd %[xin], %%xmm7\n\t"
        "mov $0xA1A1, %%r12\n\tmov $0xB2B2, %%r13\n\tmov $0xC3C3, %%r14\n\tmov $0xD4D4, %%r15\n\t"
        "mov $0xE5E5, %%rbx\n\tmov $0xF6F6, %%r8\n\tmov $0x7777, %%r9\n\t"
        "mov %[pid], %%rdi\n\tmov $10, %%rsi\n\tmov $62, %%eax\n\t"
        "syscall\n\t"
        "mov %%r12, 0(%[out])\n\tmov %%r13, 8(%[out])\n\tmov %%r14, 16(%[out])\n\tmov %%r15, 24(%[out])\n\t"
        "mov %%rbx, 32(%[out])\n\tmov %%r8, 40(%[out])\n\tmov %%r9, 48(%[out])\n\tmov %%rax, 56(%[out])\n\t"
        "mov %%rdi, 64(%[out])\n\t"
        "movsd %%xmm0, %[x0]\n\tmovsd %%xmm7, %[x7]"
        : [x0] "=m"(xmm_out0), [x7] "=m"(xmm_out7)
        : [xin] "m"(xmm_in), [pid] "m"(pid), [out] "r"(out)
        : "rax", "rcx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rbx",
          "xmm0", "xmm7", "memory");
    CHECK(got == SIGUSR1, "the handler ran with the signal number");
    CHECK(out[0] == 0xA1A1 && out[1] == 0xB2B2 && out[2] == 0xC3C3 && out[3] == 0xD4D4,
          "r12-r15 are restored after the handler");
    CHECK(out[4] == 0xE5E5 && out[5] == 0xF6F6 && out[6] == 0x7777, "rbx, r8, r9 are restored");
    CHECK(out[7] == 0, "the interrupted kill returns 0");
    CHECK(out[8] == (unsigned long)pid, "rdi (an argument register) is intact");
    CHECK(xmm_out0 == 6.25 && xmm_out7 == 6.25, "xmm0 and xmm7 are restored (FPU state in the frame)");
    return tap_done();
}
