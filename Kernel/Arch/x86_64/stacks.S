/*
 * Kernel stacks that exist from boot. Each sits right above a guard page that the kernel's
 * page tables leave unmapped (Memory/KernelAddressSpace.swift), so an overflow faults at
 * once instead of corrupting its neighbour; #DF runs on its own IST stack to report it.
 */
#define STACK(name, size)        \
    .balign 4096;                \
    .globl name##_guard;         \
name##_guard: .skip 4096;        \
    .skip size;                  \
    .globl name##_top;           \
name##_top:

    .section .bss.stacks, "aw", @nobits
    STACK(boot_stack, 65536)
    STACK(ist_df, 16384)
    STACK(ist_nmi, 16384)
    STACK(ist_mc, 16384)
    .balign 4096

/*
 * The early heap: a bump arena the Swift runtime allocates from before the frame allocator
 * exists (Memory/EarlyHeap.swift). Freed blocks in it are not reused.
 */
    .section .bss.early_heap, "aw", @nobits
    .balign 4096
    .globl early_heap_start, early_heap_end
early_heap_start:
    .skip 1048576
early_heap_end:
