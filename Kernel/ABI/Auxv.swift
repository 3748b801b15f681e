// The auxiliary vector's entry types (include/uapi/linux/auxvec.h, arch/x86/include/uapi/
// asm/auxvec.h): (type, value) pairs the kernel puts above envp on a new process's stack.
// The stack image itself is built by Kernel/Core/ExecStack.swift.

/// Auxiliary vector entry types (`a_type` of `Elf64_auxv_t`). Linux: getauxval(3),
/// include/uapi/linux/auxvec.h.
public enum Auxv {
    /// Ends the vector (Linux `AT_NULL`).
    @inlinable public static var AT_NULL: UInt64 { 0 }
    /// Entry to ignore (Linux `AT_IGNORE`).
    @inlinable public static var AT_IGNORE: UInt64 { 1 }
    /// File descriptor of the program (Linux `AT_EXECFD`).
    @inlinable public static var AT_EXECFD: UInt64 { 2 }
    /// Address of the program headers in memory (Linux `AT_PHDR`).
    @inlinable public static var AT_PHDR: UInt64 { 3 }
    /// Size of one program header (Linux `AT_PHENT`).
    @inlinable public static var AT_PHENT: UInt64 { 4 }
    /// Number of program headers (Linux `AT_PHNUM`).
    @inlinable public static var AT_PHNUM: UInt64 { 5 }
    /// The page size (Linux `AT_PAGESZ`).
    @inlinable public static var AT_PAGESZ: UInt64 { 6 }
    /// Load address of the interpreter, 0 without one (Linux `AT_BASE`).
    @inlinable public static var AT_BASE: UInt64 { 7 }
    /// Flags, 0 (Linux `AT_FLAGS`).
    @inlinable public static var AT_FLAGS: UInt64 { 8 }
    /// The program's entry point (Linux `AT_ENTRY`).
    @inlinable public static var AT_ENTRY: UInt64 { 9 }
    /// The program is not ELF (Linux `AT_NOTELF`).
    @inlinable public static var AT_NOTELF: UInt64 { 10 }
    /// Real user id (Linux `AT_UID`).
    @inlinable public static var AT_UID: UInt64 { 11 }
    /// Effective user id (Linux `AT_EUID`).
    @inlinable public static var AT_EUID: UInt64 { 12 }
    /// Real group id (Linux `AT_GID`).
    @inlinable public static var AT_GID: UInt64 { 13 }
    /// Effective group id (Linux `AT_EGID`).
    @inlinable public static var AT_EGID: UInt64 { 14 }
    /// Address of the platform string, "x86_64" (Linux `AT_PLATFORM`).
    @inlinable public static var AT_PLATFORM: UInt64 { 15 }
    /// CPU capability bits: CPUID.1:EDX on x86 (Linux `AT_HWCAP`).
    @inlinable public static var AT_HWCAP: UInt64 { 16 }
    /// Clock ticks per second for times(2), 100 (Linux `AT_CLKTCK`).
    @inlinable public static var AT_CLKTCK: UInt64 { 17 }
    /// Secure mode (set-id program), 0 or 1 (Linux `AT_SECURE`).
    @inlinable public static var AT_SECURE: UInt64 { 23 }
    /// Address of the base platform string (Linux `AT_BASE_PLATFORM`; not on x86).
    @inlinable public static var AT_BASE_PLATFORM: UInt64 { 24 }
    /// Address of 16 random bytes (Linux `AT_RANDOM`).
    @inlinable public static var AT_RANDOM: UInt64 { 25 }
    /// More capability bits (Linux `AT_HWCAP2`).
    @inlinable public static var AT_HWCAP2: UInt64 { 26 }
    /// rseq feature size (Linux `AT_RSEQ_FEATURE_SIZE`).
    @inlinable public static var AT_RSEQ_FEATURE_SIZE: UInt64 { 27 }
    /// rseq alignment (Linux `AT_RSEQ_ALIGN`).
    @inlinable public static var AT_RSEQ_ALIGN: UInt64 { 28 }
    /// Address of the path the program was executed as (Linux `AT_EXECFN`).
    @inlinable public static var AT_EXECFN: UInt64 { 31 }
    /// Address of the vDSO's ELF header (Linux `AT_SYSINFO_EHDR`).
    @inlinable public static var AT_SYSINFO_EHDR: UInt64 { 33 }
    /// The minimal signal stack size the kernel needs (Linux `AT_MINSIGSTKSZ`).
    @inlinable public static var AT_MINSIGSTKSZ: UInt64 { 51 }
}
