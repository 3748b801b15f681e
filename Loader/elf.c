/*
 * Loader/elf.c — checks kernel.elf before trusting any of its numbers, then copies its
 * PT_LOADs into one physically contiguous block: the kernel relies on
 * phys(vaddr) = kernel_phys_base + (vaddr - lowest PT_LOAD vaddr).
 * PT_LOADs are named by their index in the program header table, as readelf -l does.
 */
#include "loader.h"

#define KERNEL_HALF_END 0x0000800000000000ULL /* ARCHITECTURE.md §2: PML4 128–255 */
#define BAD(...) fail(EFI_LOAD_ERROR, L"kernel.elf: " __VA_ARGS__)

/* Checks that say what is wrong (the message names the first failed condition). */
#define REQUIRE(ok, ...) do { if (!(ok)) return BAD(__VA_ARGS__); } while (0)

static EFI_STATUS check_header(const Kernel *k, const Elf64Header *eh)
{
    REQUIRE(k->size >= sizeof *eh, L"too small for an ELF header (%ld bytes)", k->size);
    REQUIRE(CompareMem(eh->ident, "\177ELF", 4) == 0, L"not an ELF file (bad magic)");
    REQUIRE(eh->ident[4] == 2, L"not ELFCLASS64 (EI_CLASS %d)", eh->ident[4]);
    REQUIRE(eh->ident[5] == 1, L"not little-endian (EI_DATA %d)", eh->ident[5]);
    REQUIRE(eh->machine == 62, L"not EM_X86_64 (e_machine %d)", eh->machine);
    REQUIRE(eh->type == 2, L"not ET_EXEC (e_type %d)", eh->type);
    REQUIRE(eh->phentsize == sizeof(Elf64ProgramHeader), L"e_phentsize %d, expected %d",
            eh->phentsize, (int)sizeof(Elf64ProgramHeader));
    REQUIRE(eh->phnum > 0, L"no program headers");
    /* Aligned so the compiler may read the headers with any instruction it likes. */
    REQUIRE(eh->phoff % 8 == 0, L"program headers misaligned (e_phoff %lx)", eh->phoff);
    REQUIRE(eh->phoff <= k->size &&
            (UINT64)eh->phnum * sizeof(Elf64ProgramHeader) <= k->size - eh->phoff,
            L"program headers lie outside the file");
    return EFI_SUCCESS;
}

/* Checks PT_LOAD i alone; every sum done with it afterwards is then known not to overflow. */
static EFI_STATUS check_segment(const Kernel *k, UINTN i)
{
    const Elf64ProgramHeader *p = &k->ph[i];

    REQUIRE(p->offset <= k->size && p->filesz <= k->size - p->offset,
            L"PT_LOAD %ld: file bytes lie outside the file", i);
    REQUIRE(p->filesz <= p->memsz, L"PT_LOAD %ld: p_filesz %lx > p_memsz %lx", i, p->filesz,
            p->memsz);
    REQUIRE(p->memsz > 0, L"PT_LOAD %ld is empty", i);
    REQUIRE(p->vaddr % PAGE_SIZE == 0 && p->offset % PAGE_SIZE == 0,
            L"PT_LOAD %ld: p_vaddr %lx or p_offset %lx not 4 KiB aligned", i, p->vaddr, p->offset);
    REQUIRE(p->vaddr >= APUS_DIRECT_MAP_BASE && p->vaddr < KERNEL_HALF_END &&
            p->memsz <= KERNEL_HALF_END - p->vaddr,
            L"PT_LOAD %ld: %lx+%lx is outside the kernel half [%lx, %lx)", i, p->vaddr, p->memsz,
            APUS_DIRECT_MAP_BASE, KERNEL_HALF_END);
    for (UINTN j = 0; j < i; j++) {
        const Elf64ProgramHeader *q = &k->ph[j];
        REQUIRE(q->type != PT_LOAD || p->vaddr >= q->vaddr + q->memsz ||
                q->vaddr >= p->vaddr + p->memsz, L"PT_LOAD %ld overlaps PT_LOAD %ld", i, j);
    }
    return EFI_SUCCESS;
}

EFI_STATUS elf_check(Kernel *k)
{
    const Elf64Header *eh = (const Elf64Header *)k->file;
    BOOLEAN entry_found = FALSE;
    UINTN loads = 0;

    TRY(check_header(k, eh));
    k->ph = (const Elf64ProgramHeader *)(k->file + eh->phoff);
    k->phnum = eh->phnum;
    k->entry = eh->entry;
    k->vlo = ~0ULL;
    k->vhi = 0;
    for (UINTN i = 0; i < k->phnum; i++) {
        const Elf64ProgramHeader *p = &k->ph[i];
        if (p->type != PT_LOAD)
            continue;
        TRY(check_segment(k, i));
        loads++;
        if (k->entry >= p->vaddr && k->entry - p->vaddr < p->memsz)
            entry_found = TRUE;
        if (p->vaddr < k->vlo)
            k->vlo = p->vaddr;
        if (p->vaddr + PAGES(p->memsz) * PAGE_SIZE > k->vhi)
            k->vhi = p->vaddr + PAGES(p->memsz) * PAGE_SIZE;
    }
    REQUIRE(loads > 0, L"no PT_LOAD segments");
    REQUIRE(entry_found, L"entry point %lx is not inside a PT_LOAD", k->entry);
    return EFI_SUCCESS;
}

/* One allocation for the whole span (zeroed, so the gaps and every .bss are zero). */
EFI_STATUS elf_load(Kernel *k)
{
    TRY(alloc_pages(APUS_MEM_KERNEL_IMAGE, k->vhi - k->vlo, &k->phys));
    for (UINTN i = 0; i < k->phnum; i++) {
        const Elf64ProgramHeader *p = &k->ph[i];
        if (p->type != PT_LOAD)
            continue;
        CopyMem((void *)(k->phys + (p->vaddr - k->vlo)), k->file + p->offset, p->filesz);
        say(L"PT_LOAD %ld: %lx+%lx (%lx from file) at phys %lx", i, p->vaddr, p->memsz,
            p->filesz, k->phys + (p->vaddr - k->vlo));
    }
    say(L"kernel image: %lx bytes at phys %lx, entry %lx", k->vhi - k->vlo, k->phys, k->entry);
    return EFI_SUCCESS;
}
