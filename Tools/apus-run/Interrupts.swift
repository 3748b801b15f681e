// Ctrl-C and SIGTERM while QEMU runs: QEMU is in its own process group (so that the
// runner can kill everything it started), which means the terminal's SIGINT reaches only
// the runner. The handler just records the signal; the serial loop notices it, stops
// QEMU and removes the temporary files.
import Glibc
import Synchronization

/// The last termination signal received, 0 if none.
let pendingSignal = Atomic<Int32>(0)

/// Installs the handlers; call before starting QEMU.
func installInterruptHandlers() {
    // Touch the global first: its lazy initialisation must not happen in a handler.
    _ = pendingSignal.load(ordering: .relaxed)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        signal(signalNumber, recordSignal)
    }
    // A reader that goes away (`apus-run … | head`) must not kill the runner before it
    // has stopped QEMU; writes then just fail.
    signal(SIGPIPE, SIG_IGN)
}

/// Async-signal-safe: an atomic store only.
private func recordSignal(_ signalNumber: Int32) {
    pendingSignal.store(signalNumber, ordering: .relaxed)
}
