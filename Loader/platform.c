/*
 * Loader/platform.c — what the firmware tells us about the machine: the paging mode
 * we are running in, the GOP framebuffer, the ACPI 2.0 RSDP. Nothing here is required
 * except 4-level paging: a machine without a GOP or ACPI still boots.
 */
#include "loader.h"

/* libefi has no ACPI 2.0 table GUID (UEFI 2.10 §4.6.1.1, EFI_ACPI_20_TABLE_GUID). */
static EFI_GUID acpi20_guid = { 0x8868e871, 0xe4f1, 0x11d3,
                                { 0xbc, 0x22, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81 } };

#define CR4_LA57 (1ULL << 12) /* SDM Vol. 3A §2.5: 5-level paging */

/* Our tables are 4-level; LA57 cannot be switched off in long mode, so refuse clearly. */
EFI_STATUS check_paging_mode(void)
{
    UINT64 cr4;

    __asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
    if (cr4 & CR4_LA57)
        return fail(EFI_UNSUPPORTED, L"firmware runs with 5-level paging; Apus needs 4-level");
    return EFI_SUCCESS;
}

/* The console's GOP if it has one (that is the screen in use), else any GOP. */
void find_framebuffer(ApusFramebuffer *fb)
{
    EFI_GRAPHICS_OUTPUT_PROTOCOL *gop = NULL;
    EFI_GRAPHICS_OUTPUT_MODE_INFORMATION *info;

    if (EFI_ERROR(uefi_call_wrapper(BS->HandleProtocol, 3, ST->ConsoleOutHandle,
                                    &GraphicsOutputProtocol, (void **)&gop)))
        uefi_call_wrapper(BS->LocateProtocol, 3, &GraphicsOutputProtocol, NULL, (void **)&gop);
    if (!gop || !gop->Mode || !gop->Mode->Info) {
        say(L"no GOP framebuffer");
        return;
    }
    info = gop->Mode->Info;
    switch (info->PixelFormat) {
    case PixelRedGreenBlueReserved8BitPerColor: fb->format = APUS_FB_RGBX; break;
    case PixelBlueGreenRedReserved8BitPerColor: fb->format = APUS_FB_BGRX; break;
    case PixelBitMask:
        fb->format = APUS_FB_BITMASK;
        fb->red_mask = info->PixelInformation.RedMask;
        fb->green_mask = info->PixelInformation.GreenMask;
        fb->blue_mask = info->PixelInformation.BlueMask;
        fb->reserved_mask = info->PixelInformation.ReservedMask;
        break;
    default: /* PixelBltOnly: no memory we could draw into */
        say(L"GOP has no linear framebuffer");
        return;
    }
    fb->base = gop->Mode->FrameBufferBase;
    fb->size = gop->Mode->FrameBufferSize;
    fb->width = info->HorizontalResolution;
    fb->height = info->VerticalResolution;
    fb->stride = info->PixelsPerScanLine;
    say(L"framebuffer: %dx%d stride %d format %d at %lx (%lx bytes)", fb->width, fb->height,
        fb->stride, fb->format, fb->base, fb->size);
}

UINT64 find_rsdp(void)
{
    for (UINTN i = 0; i < ST->NumberOfTableEntries; i++) {
        EFI_CONFIGURATION_TABLE *t = &ST->ConfigurationTable[i];
        if (CompareGuid(&t->VendorGuid, &acpi20_guid) == 0) {
            say(L"ACPI 2.0 RSDP at %lx", (UINT64)t->VendorTable);
            return (UINT64)t->VendorTable;
        }
    }
    say(L"no ACPI 2.0 RSDP");
    return 0;
}
