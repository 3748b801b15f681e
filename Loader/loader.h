/*
 * Loader/loader.h — what the loader's files share. main.c reads as the boot checklist;
 * each step lives in the file named for it: console.c, files.c, elf.c, platform.c,
 * memmap.c, paging.c. The handoff structure itself is include/apus/bootinfo.h.
 */
#ifndef APUS_LOADER_H
#define APUS_LOADER_H

#include <efi.h>
#include <efilib.h>
#include <apus/bootinfo.h>

#define PAGE_SIZE    4096ULL
#define PAGES(bytes) (((bytes) + PAGE_SIZE - 1) / PAGE_SIZE)
#define GIB          (1ULL << 30)

/* Every step returns EFI_SUCCESS or an error it has already reported (see fail()). */
#define TRY(call) do { EFI_STATUS s_ = (call); if (EFI_ERROR(s_)) return s_; } while (0)

static inline UINT64 rdtsc(void)
{
    UINT32 lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((UINT64)hi << 32) | lo;
}

/* console.c: quiet unless verbose; errors always print and never hang. */
extern BOOLEAN verbose;
extern BOOLEAN timer_stopped; /* no timer events: a key wait would never end */
void verbose_if_key_waiting(void);
BOOLEAN cmdline_has(const char *cmdline, const char *word);
void say(const CHAR16 *fmt, ...);
EFI_STATUS fail(EFI_STATUS status, const CHAR16 *fmt, ...);

/* ELF64 as far as the loader reads it (System V gABI, "ELF Header", "Program Header"). */
typedef struct {
    UINT8 ident[16];
    UINT16 type, machine;
    UINT32 version;
    UINT64 entry, phoff, shoff;
    UINT32 flags;
    UINT16 ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
} Elf64Header;

typedef struct {
    UINT32 type, flags;
    UINT64 offset, vaddr, paddr, filesz, memsz, align;
} Elf64ProgramHeader;

#define PT_LOAD 1

/* The kernel file and, once loaded, where its image lives. */
typedef struct {
    UINT8 *file;                   /* whole kernel.elf, loader scratch */
    UINT64 size;                   /* bytes of file */
    const Elf64ProgramHeader *ph;  /* inside file, checked by elf_check */
    UINT16 phnum;
    UINT64 entry;                  /* virtual */
    UINT64 vlo, vhi;               /* page-rounded span of all PT_LOADs */
    UINT64 phys;                   /* physical base of the contiguous image */
} Kernel;

/* files.c */
EFI_STATUS open_boot_volume(EFI_HANDLE image, EFI_FILE_HANDLE *root);
EFI_STATUS read_cmdline(EFI_FILE_HANDLE root, char *cmdline);
EFI_STATUS read_kernel(EFI_FILE_HANDLE root, Kernel *k);
EFI_STATUS read_initrd(EFI_FILE_HANDLE root, ApusBootInfo *bi);

/* elf.c */
EFI_STATUS elf_check(Kernel *k);
EFI_STATUS elf_load(Kernel *k);

/* platform.c */
EFI_STATUS check_paging_mode(void);
void find_framebuffer(ApusFramebuffer *fb);
UINT64 find_rsdp(void);

/* memmap.c */
typedef struct {
    UINT8 *buf;                    /* raw EFI descriptors */
    UINTN cap, size, key, descsize;
    UINT32 descver;
    ApusMemoryRegion *regions;     /* converted after exit, region_cap entries */
    UINTN region_cap;
    BOOLEAN test_small_map;        /* loader.small_map: start with a one-descriptor buffer */
    BOOLEAN test_stale_key;        /* loader.stale_key: first ExitBootServices key is stale */
} MemMap;

EFI_STATUS alloc_pages(UINT32 type, UINT64 bytes, UINT64 *phys);
EFI_STATUS memmap_prepare(MemMap *m, UINT64 *phys_end);
EFI_STATUS exit_boot_services(EFI_HANDLE image, MemMap *m, ApusBootInfo *bi);

/* paging.c */
EFI_STATUS build_page_tables(const Kernel *k, UINT64 phys_end, UINT64 *pml4);

#endif
