// Symbols of the Runtime's assembly and C parts that its Swift code calls
// (start.S, memory.c).
#ifndef APUS_RUNTIME_RUNTIME_H
#define APUS_RUNTIME_RUNTIME_H

/// The signal-return trampoline (start.S): `mov $15, %eax; syscall` (rt_sigreturn).
/// Installed as sa_restorer with SA_RESTORER by sigaction().
void apus_restore_rt(void);

/// The process entry (start.S); its address is what the kernel reports as AT_ENTRY.
void _start(void);

/// The program's entry, emitted by Swift for its `@main` type (see Program.swift).
int main(int argc, char **argv);

#endif
