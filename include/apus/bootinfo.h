/*
 * The one structure the loader hands to the kernel (ARCHITECTURE.md §1).
 * Shared verbatim by Loader/ (C, gnu-efi) and Kernel/ (imported into Swift).
 * Every field is fixed-width; addresses are physical unless named *_virt.
 * Bump APUS_BOOTINFO_VERSION whenever the layout changes.
 */
#ifndef APUS_BOOTINFO_H
#define APUS_BOOTINFO_H

#include <stdint.h>

#define APUS_BOOTINFO_MAGIC   0x4F464E4953555041ULL /* "APUSINFO" little-endian */
#define APUS_BOOTINFO_VERSION 1u

/* Where the kernel half begins: the direct map of all physical memory. */
#define APUS_DIRECT_MAP_BASE  0x0000400000000000ULL
/* Link address of the kernel image (PML4 255, near the top of the lower half). */
#define APUS_KERNEL_BASE      0x00007FFF80000000ULL

/*
 * Memory types: the UEFI ones (UEFI 2.10 §7.2, EFI_MEMORY_TYPE) are passed through
 * unchanged; the loader tags its own allocations with OEM-range types so the kernel
 * can tell what must be kept from what is scratch.
 */
#define APUS_MEM_EFI_LOADER_CODE        1u
#define APUS_MEM_EFI_LOADER_DATA        2u
#define APUS_MEM_EFI_BOOT_CODE          3u
#define APUS_MEM_EFI_BOOT_DATA          4u
#define APUS_MEM_EFI_CONVENTIONAL       7u
#define APUS_MEM_EFI_ACPI_RECLAIM       9u
#define APUS_MEM_KERNEL_IMAGE  0x80000001u /* kernel PT_LOAD pages: kept forever */
#define APUS_MEM_INITRD        0x80000002u /* initrd: kept until the ramfs is filled */
#define APUS_MEM_HANDOFF       0x80000003u /* BootInfo, memory map, loader page tables:
                                              reclaimable once the kernel copied them */

typedef struct ApusMemoryRegion {
    uint64_t base;        /* physical, 4 KiB aligned */
    uint64_t pages;       /* 4 KiB pages */
    uint32_t type;        /* EFI_MEMORY_TYPE or APUS_MEM_* */
    uint32_t reserved;
    uint64_t attributes;  /* EFI_MEMORY_* attribute bits */
} ApusMemoryRegion;

#define APUS_FB_NONE     0u
#define APUS_FB_RGBX     1u /* PixelRedGreenBlueReserved8BitPerColor */
#define APUS_FB_BGRX     2u /* PixelBlueGreenRedReserved8BitPerColor */
#define APUS_FB_BITMASK  3u

typedef struct ApusFramebuffer {
    uint64_t base;        /* physical; 0 when there is no GOP */
    uint64_t size;        /* bytes */
    uint32_t width;       /* pixels */
    uint32_t height;      /* pixels */
    uint32_t stride;      /* pixels per scan line (may exceed width) */
    uint32_t format;      /* APUS_FB_* */
    uint32_t red_mask, green_mask, blue_mask, reserved_mask; /* for APUS_FB_BITMASK */
} ApusFramebuffer;

#define APUS_CMDLINE_MAX 1024

typedef struct ApusBootInfo {
    uint64_t magic;              /* APUS_BOOTINFO_MAGIC */
    uint32_t version;            /* APUS_BOOTINFO_VERSION */
    uint32_t size;               /* sizeof(ApusBootInfo) */

    uint64_t memory_map;         /* physical address of ApusMemoryRegion[count] */
    uint32_t memory_map_count;
    uint32_t memory_map_reserved;

    ApusFramebuffer framebuffer;

    uint64_t acpi_rsdp;          /* physical address of the ACPI 2.0 RSDP, 0 if none */

    uint64_t initrd_base;        /* physical; 0 with size 0 when there is none */
    uint64_t initrd_size;        /* bytes */

    uint64_t kernel_phys_base;   /* lowest physical page of the loaded image */
    uint64_t kernel_phys_size;   /* bytes, page-rounded, all PT_LOADs */

    uint64_t loader_page_table;  /* physical address of the loader's PML4 */
    uint64_t loader_start_tsc;   /* TSC when efi_main began, for the boot time */
    uint64_t exit_boot_tsc;      /* TSC right after ExitBootServices succeeded */

    char cmdline[APUS_CMDLINE_MAX]; /* NUL-terminated, from \apus\cmdline */
} ApusBootInfo;

_Static_assert(sizeof(ApusMemoryRegion) == 32, "ApusMemoryRegion layout");
_Static_assert(sizeof(ApusFramebuffer) == 48, "ApusFramebuffer layout");
_Static_assert(__builtin_offsetof(ApusBootInfo, memory_map) == 16, "BootInfo layout");
_Static_assert(__builtin_offsetof(ApusBootInfo, framebuffer) == 32, "BootInfo layout");
_Static_assert(__builtin_offsetof(ApusBootInfo, acpi_rsdp) == 80, "BootInfo layout");
_Static_assert(__builtin_offsetof(ApusBootInfo, cmdline) == 144, "BootInfo layout");
_Static_assert(sizeof(ApusBootInfo) == 144 + APUS_CMDLINE_MAX, "BootInfo layout");

#endif
