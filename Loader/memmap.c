/*
 * Loader/memmap.c — page allocation, the memory map and ExitBootServices. Everything the
 * exit needs is allocated before the final GetMemoryMap, because any allocation after
 * it (Print included) changes the map and makes its key stale (UEFI 2.10 §7.4.6).
 */
#include "loader.h"

#define MAP_SLACK   16 /* descriptors of room for the allocations made after sizing */
#define EXIT_TRIES  4
#define GROW_TRIES  4

/* Appends " loader.exit_tries=N" (N < 10) to the command line, if it fits; no firmware calls. */
static void note_exit_tries(char *cmdline, int tries)
{
    static const char word[] = " loader.exit_tries=N";
    UINTN n = 0;

    while (cmdline[n])
        n++;
    if (n + sizeof word > APUS_CMDLINE_MAX)
        return;
    for (UINTN i = 0; i < sizeof word; i++)
        cmdline[n + i] = word[i];
    cmdline[n + sizeof word - 2] = (char)('0' + tries);
}

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

/* One APUS_MEM_HANDOFF block for `count` descriptors: the ApusMemoryRegion array, then
 * the raw EFI buffer. A smaller block from before is freed. */
static EFI_STATUS alloc_map(MemMap *m, UINTN count)
{
    UINT64 addr;

    if (m->regions)
        uefi_call_wrapper(BS->FreePages, 2, (UINT64)m->regions,
                          PAGES(m->region_cap * sizeof(ApusMemoryRegion) + m->cap));
    m->regions = NULL;
    TRY(alloc_pages(APUS_MEM_HANDOFF, count * sizeof(ApusMemoryRegion) + count * m->descsize, &addr));
    m->region_cap = count;
    m->cap = count * m->descsize;
    m->regions = (ApusMemoryRegion *)addr;
    m->buf = (UINT8 *)(m->regions + m->region_cap);
    return EFI_SUCCESS;
}

/*
 * GetMemoryMap into a buffer that fits. Real firmware's map can be larger than its first
 * answer said (our own allocation adds descriptors, drivers allocate): on
 * EFI_BUFFER_TOO_SMALL take the size it asks for plus slack and try again. Allocates, so
 * only before the first ExitBootServices.
 */
static EFI_STATUS fetch_fitting(MemMap *m)
{
    EFI_STATUS s = EFI_BUFFER_TOO_SMALL;

    for (int i = 0; i < GROW_TRIES && s == EFI_BUFFER_TOO_SMALL; i++) {
        s = fetch(m);
        if (s == EFI_BUFFER_TOO_SMALL) {
            say(L"memory map: %ld bytes needed, the buffer holds %ld: growing it", m->size, m->cap);
            TRY(alloc_map(m, m->size / m->descsize + MAP_SLACK));
        }
    }
    return EFI_ERROR(s) ? fail(s, L"GetMemoryMap: %r", s) : EFI_SUCCESS;
}

/* Sizes and allocates the map buffer, then takes a first map to learn where memory ends. */
EFI_STATUS memmap_prepare(MemMap *m, UINT64 *phys_end)
{
    EFI_STATUS s;

    m->regions = NULL;
    m->size = 0;
    s = uefi_call_wrapper(BS->GetMemoryMap, 5, &m->size, NULL, &m->key, &m->descsize,
                          &m->descver);
    if (s != EFI_BUFFER_TOO_SMALL || m->descsize < sizeof(EFI_MEMORY_DESCRIPTOR))
        return fail(EFI_ERROR(s) ? s : EFI_DEVICE_ERROR, L"GetMemoryMap: %r", s);
    /* loader.small_map (tests only): room for one descriptor, so the growing path runs. */
    TRY(alloc_map(m, m->test_small_map ? 1 : m->size / m->descsize + MAP_SLACK));
    TRY(fetch_fitting(m));
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

/*
 * ExitBootServices with the UEFI 2.10 §7.4.6 retry: a stale map key (EFI_INVALID_PARAMETER)
 * means the map changed; fetch it again, calling nothing else, and retry. loader.stale_key
 * (tests only) passes a wrong key on the first try, and then appends the number of tries
 * to BootInfo's command line, which the kernel logs.
 */
EFI_STATUS exit_boot_services(EFI_HANDLE image, MemMap *m, ApusBootInfo *bi)
{
    EFI_STATUS s = EFI_SUCCESS;
    int tries = 0;

    say(L"exiting boot services%s", m->test_stale_key ? L" (first with a stale key: loader.stale_key)" : L"");
    TRY(fetch_fitting(m)); /* the last allocation; nothing prints after it */
    while (tries < EXIT_TRIES) {
        UINTN key = (tries == 0 && m->test_stale_key) ? m->key + 1 : m->key;
        tries++;
        s = uefi_call_wrapper(BS->ExitBootServices, 2, image, key);
        if (s == EFI_SUCCESS) {
            /* The firmware's interrupt handlers are no longer ours to run. */
            __asm__ volatile("cli");
            bi->exit_boot_tsc = rdtsc();
            convert(m, bi);
            if (m->test_stale_key)
                note_exit_tries(bi->cmdline, tries);
            return EFI_SUCCESS;
        }
        if (s != EFI_INVALID_PARAMETER) /* anything but a stale key will not get better */
            break;
        /* No room to grow now: allocating is not allowed after a failed exit. */
        EFI_STATUS f = fetch(m);
        if (EFI_ERROR(f)) {
            s = f;
            break;
        }
    }
    /*
     * EDK2 stops its timer before it checks the key and leaves it stopped on failure;
     * the console still prints, but no timer event (or polled keystroke) arrives.
     */
    timer_stopped = TRUE;
    return fail(s, L"ExitBootServices failed (%d tries): %r", tries, s);
}
