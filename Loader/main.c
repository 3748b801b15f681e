/*
 * Loader/main.c — the Apus UEFI loader as a checklist (ARCHITECTURE.md §1). Each step
 * reports its own errors; any error goes back to the firmware, nothing hangs.
 * The handoff contract is in Loader/README.md and include/apus/bootinfo.h.
 */
#include "loader.h"

/*
 * The last thing the loader does. The firmware's stack stays in use: it is in
 * boot-services memory, identity-mapped in the new tables. rsp is aligned and the entry
 * reached with `call`, so it sees a normal SysV function entry (rsp ≡ 8 mod 16) with
 * its one argument in rdi.
 */
static void __attribute__((noreturn)) handover(UINT64 pml4, UINT64 entry, UINT64 bootinfo)
{
    __asm__ volatile("cli\n\t"
                     "mov %0, %%cr3\n\t"
                     "and $-16, %%rsp\n\t"
                     "call *%1\n"
                     "1:\thlt\n\t"
                     "jmp 1b"
                     : : "r"(pml4), "r"(entry), "D"(bootinfo) : "memory", "cc");
    __builtin_unreachable();
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *systab)
{
    UINT64 start_tsc = rdtsc();
    UINT64 addr, phys_end, pml4;
    EFI_FILE_HANDLE root;
    ApusBootInfo *bi;
    Kernel k;
    MemMap m;

    InitializeLib(image, systab);
    uefi_call_wrapper(BS->SetWatchdogTimer, 4, 0, 0, 0, NULL); /* else a reset after 5 min */
    verbose_if_key_waiting();
    TRY(check_paging_mode());
    TRY(alloc_pages(APUS_MEM_HANDOFF, sizeof *bi, &addr));
    bi = (ApusBootInfo *)addr;

    TRY(open_boot_volume(image, &root));
    TRY(read_cmdline(root, bi->cmdline));
    if (cmdline_has(bi->cmdline, "verbose"))
        verbose = TRUE;
    m.test_small_map = cmdline_has(bi->cmdline, "loader.small_map"); /* tests only */
    m.test_stale_key = cmdline_has(bi->cmdline, "loader.stale_key"); /* tests only */
    say(L"cmdline: \"%a\"", bi->cmdline);
    TRY(read_kernel(root, &k));
    TRY(elf_check(&k));
    TRY(elf_load(&k));
    TRY(read_initrd(root, bi));
    uefi_call_wrapper(root->Close, 1, root);

    find_framebuffer(&bi->framebuffer);
    bi->acpi_rsdp = find_rsdp();
    TRY(memmap_prepare(&m, &phys_end));
    /* Some firmware puts the framebuffer above all RAM; map it too. */
    if (bi->framebuffer.base + bi->framebuffer.size > phys_end)
        phys_end = bi->framebuffer.base + bi->framebuffer.size;
    TRY(build_page_tables(&k, phys_end, &pml4));
    uefi_call_wrapper(BS->FreePages, 2, (UINT64)k.file, PAGES(k.size));

    bi->magic = APUS_BOOTINFO_MAGIC;
    bi->version = APUS_BOOTINFO_VERSION;
    bi->size = sizeof *bi;
    bi->kernel_phys_base = k.phys;
    bi->kernel_phys_size = k.vhi - k.vlo;
    bi->loader_page_table = pml4;
    bi->loader_start_tsc = start_tsc;
    TRY(exit_boot_services(image, &m, bi));
    handover(pml4, k.entry, APUS_DIRECT_MAP_BASE + (UINT64)bi);
}
