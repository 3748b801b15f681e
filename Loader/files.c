/*
 * Loader/files.c — reads \apus\cmdline, \apus\kernel.elf and \apus\initrd.cpio from the
 * volume the loader itself was loaded from (LoadedImage → DeviceHandle → file system),
 * so the loader needs no configuration to find them.
 */
#include "loader.h"

EFI_STATUS open_boot_volume(EFI_HANDLE image, EFI_FILE_HANDLE *root)
{
    EFI_LOADED_IMAGE *li;
    EFI_STATUS s = uefi_call_wrapper(BS->HandleProtocol, 3, image, &LoadedImageProtocol,
                                     (void **)&li);

    if (EFI_ERROR(s))
        return fail(s, L"no LoadedImage protocol on our own image: %r", s);
    *root = LibOpenRoot(li->DeviceHandle);
    if (!*root)
        return fail(EFI_NOT_FOUND, L"cannot open the file system the loader was loaded from");
    return EFI_SUCCESS;
}

/*
 * Reads a whole file into fresh pages of memory `type`. Returns EFI_NOT_FOUND without a
 * message when the file is absent, so the caller decides whether that is an error.
 * An empty file gives data = NULL, size = 0.
 */
static EFI_STATUS read_file(EFI_FILE_HANDLE root, CHAR16 *path, UINT32 type,
                            UINT8 **data, UINT64 *size)
{
    EFI_FILE_HANDLE f;
    EFI_FILE_INFO *info;
    UINT64 want, done = 0, addr = 0;
    EFI_STATUS s;

    *data = NULL;
    *size = 0;
    s = uefi_call_wrapper(root->Open, 5, root, &f, path, EFI_FILE_MODE_READ, 0ULL);
    if (s == EFI_NOT_FOUND)
        return s;
    if (EFI_ERROR(s))
        return fail(s, L"%s: cannot open: %r", path, s);
    info = LibFileInfo(f);
    if (!info || (info->Attribute & EFI_FILE_DIRECTORY)) {
        uefi_call_wrapper(f->Close, 1, f);
        return fail(EFI_LOAD_ERROR, L"%s: not a readable file", path);
    }
    want = info->FileSize;
    FreePool(info);
    if (want > 0)
        s = alloc_pages(type, want, &addr);
    while (!EFI_ERROR(s) && done < want) {
        UINTN n = want - done;
        s = uefi_call_wrapper(f->Read, 3, f, &n, (UINT8 *)addr + done);
        if (!EFI_ERROR(s) && n == 0)
            s = EFI_END_OF_FILE; /* shorter than its directory entry said */
        done += n;
    }
    uefi_call_wrapper(f->Close, 1, f);
    if (EFI_ERROR(s)) {
        if (addr)
            uefi_call_wrapper(BS->FreePages, 2, addr, PAGES(want));
        return fail(s, L"%s: read %ld of %ld bytes: %r", path, done, want, s);
    }
    *data = (UINT8 *)addr;
    *size = want;
    say(L"%s: %ld bytes at %lx", path, want, addr);
    return EFI_SUCCESS;
}

/* Missing → empty. Truncated to APUS_CMDLINE_MAX-1, trailing blanks and newlines cut. */
EFI_STATUS read_cmdline(EFI_FILE_HANDLE root, char *cmdline)
{
    UINT8 *data;
    UINT64 size, n;
    EFI_STATUS s = read_file(root, L"\\apus\\cmdline", EfiLoaderData, &data, &size);

    if (s != EFI_NOT_FOUND && EFI_ERROR(s))
        return s;
    n = size < APUS_CMDLINE_MAX - 1 ? size : APUS_CMDLINE_MAX - 1;
    if (n)
        CopyMem(cmdline, data, n);
    while (n > 0 && (cmdline[n - 1] == ' ' || cmdline[n - 1] == '\t' ||
                     cmdline[n - 1] == '\r' || cmdline[n - 1] == '\n'))
        n--;
    cmdline[n] = 0;
    if (data)
        uefi_call_wrapper(BS->FreePages, 2, (UINT64)data, PAGES(size));
    return EFI_SUCCESS;
}

/* The file stays in loader scratch memory until the image and page tables are built. */
EFI_STATUS read_kernel(EFI_FILE_HANDLE root, Kernel *k)
{
    EFI_STATUS s = read_file(root, L"\\apus\\kernel.elf", EfiLoaderData, &k->file, &k->size);

    if (s == EFI_NOT_FOUND)
        return fail(s, L"\\apus\\kernel.elf not found on the boot volume");
    return s;
}

/* Read straight into APUS_MEM_INITRD pages, where the kernel finds it. Missing is fine. */
EFI_STATUS read_initrd(EFI_FILE_HANDLE root, ApusBootInfo *bi)
{
    UINT8 *data;
    EFI_STATUS s = read_file(root, L"\\apus\\initrd.cpio", APUS_MEM_INITRD, &data,
                             &bi->initrd_size);

    if (s == EFI_NOT_FOUND) {
        /* Not an error, but unusual enough to mention even when quiet. */
        Print(L"apus: note: \\apus\\initrd.cpio not found, booting without an initrd\n");
        return EFI_SUCCESS;
    }
    bi->initrd_base = (UINT64)data;
    return s;
}
