/*
 * Loader/console.c — the firmware console. Quiet by default (a normal boot prints
 * nothing); verbose when asked. Errors always print, then wait for a key with a
 * timeout so a machine with nobody at the keyboard still returns to its firmware.
 */
#include "loader.h"

BOOLEAN verbose;
BOOLEAN timer_stopped;

#define ERROR_WAIT (10ULL * 10000000ULL) /* 10 s in SetTimer units of 100 ns (UEFI §7.1) */

/* A key pressed before the loader ran (held during boot) asks for the step-by-step log. */
void verbose_if_key_waiting(void)
{
    EFI_INPUT_KEY key;

    if (uefi_call_wrapper(ST->ConIn->ReadKeyStroke, 2, ST->ConIn, &key) == EFI_SUCCESS)
        verbose = TRUE;
}

/* True when `word` appears in the command line as a whole word (delimited by blanks). */
BOOLEAN cmdline_has(const char *p, const char *word)
{
    UINTN len = strlena((const CHAR8 *)word);

    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        const char *start = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if ((UINTN)(p - start) == len && len && CompareMem(start, word, len) == 0)
            return TRUE;
    }
    return FALSE;
}

void say(const CHAR16 *fmt, ...)
{
    va_list ap;

    if (!verbose)
        return;
    va_start(ap, fmt);
    Print(L"apus: ");
    VPrint(fmt, ap);
    Print(L"\n");
    va_end(ap);
}

/* Waits for a key or ERROR_WAIT, whichever comes first. */
static void wait_for_key(void)
{
    EFI_EVENT events[2] = { ST->ConIn->WaitForKey, NULL };
    UINTN which;

    /* Stall busy-waits on a counter: it needs neither timer events nor a keyboard. */
    if (timer_stopped ||
        EFI_ERROR(uefi_call_wrapper(BS->CreateEvent, 5, EVT_TIMER, 0, NULL, NULL, &events[1]))) {
        Print(L"apus: returning to the firmware in 10 s\n");
        uefi_call_wrapper(BS->Stall, 1, ERROR_WAIT / 10); /* Stall counts microseconds */
        return;
    }
    Print(L"apus: press a key (or wait 10 s) to return to the firmware\n");
    uefi_call_wrapper(ST->ConIn->Reset, 2, ST->ConIn, FALSE); /* drop stale keystrokes */
    uefi_call_wrapper(BS->SetTimer, 3, events[1], TimerRelative, ERROR_WAIT);
    uefi_call_wrapper(BS->WaitForEvent, 3, 2, events, &which);
    uefi_call_wrapper(BS->CloseEvent, 1, events[1]);
}

/* Reports an error and returns `status`, for the caller to hand back to the firmware. */
EFI_STATUS fail(EFI_STATUS status, const CHAR16 *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    Print(L"apus: ");
    VPrint(fmt, ap);
    Print(L"\n");
    va_end(ap);
    wait_for_key();
    return status;
}
