/*
 * Loader/memmap.c — page allocation, the memory map and ExitBootServices. Everything the
 * exit needs is allocated before the final GetMemoryMap, because any allocation after
 * it (Print included) changes the map and makes its key stale (UEFI 2.10 §7.4.6).
 */
#include "loader.h"

#define MAP_SLACK   16 /* descriptors of room for the allocations made after sizing */
#define EXIT_TRIES  4

/* Zeroed pages of `type` anywhere in memory; reports failure. */
EFI_STATUS alloc_pages(UINT32 type, UINT64 bytes, UINT64 *phys)
{
    EFI_PHYSICAL_ADDRESS addr = 0;
    EFI_STATUS s = uefi_call_wrapper(BS->AllocatePages, 4, AllocateAnyPages, type,
                                     PAGES(bytes), &addr);

    if (EFI_ERROR(s))
        return fail(s, L"cannot allocate %ld pages of memory type %x: %r", PAGES(bytes), type, s);
    ZeroMem((void *)addr, PAGES(bytes) * PAGE_SIZE);
    *phys = addr;
    return EFI_SUCCESS;
}

/* Only GetMemoryMap: safe to call between a failed ExitBootServices and the retry. */
static EFI_STATUS fetch(MemMap *m)
{
    m->size = m->cap;
    return uefi_call_wrapper(BS->GetMemoryMap, 5, &m->size, (EFI_MEMORY_DESCRIPTOR *)m->buf,
                             &m->key, &m->descsize, &m->descver);
}

/*
 * Allocates the descriptor buffer and the ApusMemoryRegion array (one APUS_MEM_HANDOFF
 * block), then takes a first map to learn where physical memory ends.
 */
EFI_STATUS memmap_prepare(MemMap *m, UINT64 *phys_end)
{
    UINT64 addr;
    EFI_STATUS s;

    m->size = 0;
    s = uefi_call_wrapper(BS->GetMemoryMap, 5, &m->size, NULL, &m->key, &m->descsize,
                          &m->descver);
    if (s != EFI_BUFFER_TOO_SMALL || m->descsize < sizeof(EFI_MEMORY_DESCRIPTOR))
        return fail(EFI_ERROR(s) ? s : EFI_DEVICE_ERROR, L"GetMemoryMap: %r", s);
    m->region_cap = m->size / m->descsize + MAP_SLACK;
    m->cap = m->region_cap * m->descsize;
    TRY(alloc_pages(APUS_MEM_HANDOFF, m->region_cap * sizeof(ApusMemoryRegion) + m->cap, &addr));
    m->regions = (ApusMemoryRegion *)addr;
    m->buf = (UINT8 *)(m->regions + m->region_cap);
    s = fetch(m);
    if (EFI_ERROR(s))
        return fail(s, L"GetMemoryMap: %r", s);
    *phys_end = 0;
    for (UINTN off = 0; off + m->descsize <= m->size; off += m->descsize) {
        EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(m->buf + off);
        UINT64 end = d->PhysicalStart + d->NumberOfPages * PAGE_SIZE;
        if (end > *phys_end)
            *phys_end = end;
    }
    say(L"memory map: %ld descriptors of %ld bytes, memory ends at %lx",
        m->size / m->descsize, m->descsize, *phys_end);
    return EFI_SUCCESS;
}

/* After the exit: descriptors → ApusMemoryRegion, types and attributes passed through. */
static void convert(MemMap *m, ApusBootInfo *bi)
{
    UINTN n = m->size / m->descsize;

    if (n > m->region_cap) /* cannot happen: the buffer holds region_cap descriptors */
        n = m->region_cap;
    for (UINTN i = 0; i < n; i++) {
        EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(m->buf + i * m->descsize);
        m->regions[i].base = d->PhysicalStart;
        m->regions[i].pages = d->NumberOfPages;
        m->regions[i].type = d->Type;
        m->regions[i].reserved = 0;
        m->regions[i].attributes = d->Attribute;
    }
    bi->memory_map = (UINT64)m->regions;
    bi->memory_map_count = (UINT32)n;
}

EFI_STATUS exit_boot_services(EFI_HANDLE image, MemMap *m, ApusBootInfo *bi)
{
    EFI_STATUS s = EFI_SUCCESS;

    say(L"exiting boot services");
    for (int i = 0; i < EXIT_TRIES; i++) {
        s = fetch(m);
        if (EFI_ERROR(s))
            break;
        s = uefi_call_wrapper(BS->ExitBootServices, 2, image, m->key);
        if (s == EFI_SUCCESS) {
            /* The firmware's interrupt handlers are no longer ours to run. */
            __asm__ volatile("cli");
            bi->exit_boot_tsc = rdtsc();
            convert(m, bi);
            return EFI_SUCCESS;
        }
        if (s != EFI_INVALID_PARAMETER) /* anything but a stale key will not get better */
            break;
    }
    /*
     * EDK2 stops its timer before it checks the key and leaves it stopped on failure;
     * the console still prints, but no timer event (or polled keystroke) arrives.
     */
    timer_stopped = TRUE;
    return fail(s, L"ExitBootServices failed: %r", s);
}
