/*
 * Loader/paging.c — the 4-level tables the kernel starts on (SDM Vol. 3A §4.5):
 *   identity map of physical [0, end)                          2 MiB pages
 *   the same range at APUS_DIRECT_MAP_BASE                     2 MiB pages, same PDs
 *   every PT_LOAD at its p_vaddr → the contiguous image        4 KiB pages
 * all present + writable, never NX (EFER.NXE may be off, and then bit 63 is reserved).
 * The kernel replaces them at once; they live in APUS_MEM_HANDOFF pages.
 */
#include "loader.h"

#define PTE_P    (1ULL << 0)
#define PTE_W    (1ULL << 1)
#define PTE_PS   (1ULL << 7) /* in a PD entry: maps 2 MiB */
#define PTE_ADDR 0x000FFFFFFFFFF000ULL

/* Tables come from one zeroed block, sized in advance so we never run out. */
typedef struct { UINT64 next; } Pool;

static UINT64 *new_table(Pool *pool)
{
    UINT64 *t = (UINT64 *)pool->next;
    pool->next += PAGE_SIZE;
    return t;
}

static UINT64 *next_level(Pool *pool, UINT64 *entry)
{
    if (!(*entry & PTE_P))
        *entry = (UINT64)new_table(pool) | PTE_P | PTE_W;
    return (UINT64 *)(*entry & PTE_ADDR);
}

EFI_STATUS build_page_tables(const Kernel *k, UINT64 phys_end, UINT64 *pml4_out)
{
    /* QEMU TCG has no 1 GiB pages; whole GiBs keep every shared PD fully populated. */
    UINT64 gibs = ((phys_end > 4 * GIB ? phys_end : 4 * GIB) + GIB - 1) / GIB;
    UINT64 pdpts = (gibs + 511) / 512;
    UINT64 span = k->vhi - k->vlo;
    /* A span of n bytes touches at most n/2M+2 PTs, n/1G+2 PDs, n/512G+2 PDPTs. */
    UINT64 kernel_tables = (span >> 21) + (span >> 30) + (span >> 39) + 6;
    UINT64 base, *pml4;
    Pool pool;

    /* Keeps the kernel's PDs out of the direct map's (shared) PDs. */
    if (k->vlo < APUS_DIRECT_MAP_BASE + gibs * GIB)
        return fail(EFI_LOAD_ERROR, L"kernel.elf: image at %lx overlaps the direct map of %ld GiB",
                    k->vlo, gibs);
    TRY(alloc_pages(APUS_MEM_HANDOFF, (1 + 2 * pdpts + gibs + kernel_tables) * PAGE_SIZE, &base));
    pool.next = base;
    pml4 = new_table(&pool);

    /*
     * Identity and direct map share each PD but not the PDPTs above them, so PDs added
     * for the kernel under a direct-map PDPT never show up in the identity map.
     */
    for (UINT64 g = 0; g < gibs; g++) {
        UINT64 *pd = new_table(&pool);
        for (UINT64 e = 0; e < 512; e++)
            pd[e] = (g * GIB + (e << 21)) | PTE_P | PTE_W | PTE_PS;
        UINT64 *id = next_level(&pool, &pml4[g / 512]);
        UINT64 *dm = next_level(&pool, &pml4[(APUS_DIRECT_MAP_BASE >> 39) + g / 512]);
        id[g % 512] = dm[g % 512] = (UINT64)pd | PTE_P | PTE_W;
    }

    for (UINTN i = 0; i < k->phnum; i++) {
        const Elf64ProgramHeader *p = &k->ph[i];
        if (p->type != PT_LOAD)
            continue;
        for (UINT64 va = p->vaddr; va < p->vaddr + p->memsz; va += PAGE_SIZE) {
            UINT64 *pdpt = next_level(&pool, &pml4[(va >> 39) & 511]);
            UINT64 *pd = next_level(&pool, &pdpt[(va >> 30) & 511]);
            UINT64 *pt = next_level(&pool, &pd[(va >> 21) & 511]);
            pt[(va >> 12) & 511] = (k->phys + (va - k->vlo)) | PTE_P | PTE_W;
        }
    }
    say(L"page tables: PML4 at %lx, %ld GiB identity + direct map, %ld table pages",
        (UINT64)pml4, gibs, (pool.next - base) / PAGE_SIZE);
    *pml4_out = (UINT64)pml4;
    return EFI_SUCCESS;
}
