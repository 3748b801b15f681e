// ELF constants for x86_64 executables (System V gABI and the AMD64 psABI; Linux:
// include/uapi/linux/elf.h). The parser and the load plan are in Kernel/Core/Elf*.swift.

/// ELF identification, file types, machine, segment types and flags. Linux: elf.h.
public enum Elf {
    /// "\x7fELF" read as a little-endian UInt32 (`ELFMAG`).
    public static var ELFMAG: UInt32 { 0x464C_457F }
    /// Index of the class byte in e_ident (`EI_CLASS`).
    public static var EI_CLASS: Int { 4 }
    /// Index of the data-encoding byte (`EI_DATA`).
    public static var EI_DATA: Int { 5 }
    /// Index of the ELF version byte (`EI_VERSION`).
    public static var EI_VERSION: Int { 6 }
    /// Index of the OS ABI byte (`EI_OSABI`).
    public static var EI_OSABI: Int { 7 }
    /// 64-bit objects (`ELFCLASS64`).
    public static var ELFCLASS64: UInt8 { 2 }
    /// Little-endian, two's complement (`ELFDATA2LSB`).
    public static var ELFDATA2LSB: UInt8 { 1 }
    /// The only ELF version (`EV_CURRENT`).
    public static var EV_CURRENT: UInt8 { 1 }

    /// Relocatable object (`ET_REL`).
    public static var ET_REL: UInt16 { 1 }
    /// Executable at fixed addresses (`ET_EXEC`).
    public static var ET_EXEC: UInt16 { 2 }
    /// Shared object or position-independent executable (`ET_DYN`).
    public static var ET_DYN: UInt16 { 3 }
    /// Core dump (`ET_CORE`).
    public static var ET_CORE: UInt16 { 4 }

    /// AMD x86-64 (`EM_X86_64`).
    public static var EM_X86_64: UInt16 { 62 }

    /// Size of the ELF64 file header (`sizeof(Elf64_Ehdr)`).
    public static var ehdrSize: Int { 64 }
    /// Size of one ELF64 program header (`sizeof(Elf64_Phdr)`).
    public static var phdrSize: Int { 56 }

    /// Unused entry (`PT_NULL`).
    public static var PT_NULL: UInt32 { 0 }
    /// Loadable segment (`PT_LOAD`).
    public static var PT_LOAD: UInt32 { 1 }
    /// Dynamic linking information (`PT_DYNAMIC`).
    public static var PT_DYNAMIC: UInt32 { 2 }
    /// Path of the program interpreter (`PT_INTERP`).
    public static var PT_INTERP: UInt32 { 3 }
    /// Auxiliary notes (`PT_NOTE`).
    public static var PT_NOTE: UInt32 { 4 }
    /// Reserved (`PT_SHLIB`).
    public static var PT_SHLIB: UInt32 { 5 }
    /// The program header table itself (`PT_PHDR`).
    public static var PT_PHDR: UInt32 { 6 }
    /// Thread-local storage template (`PT_TLS`).
    public static var PT_TLS: UInt32 { 7 }
    /// Exception-handling frame index (`PT_GNU_EH_FRAME`).
    public static var PT_GNU_EH_FRAME: UInt32 { 0x6474_E550 }
    /// Stack executability (`PT_GNU_STACK`).
    public static var PT_GNU_STACK: UInt32 { 0x6474_E551 }
    /// Read-only after relocation (`PT_GNU_RELRO`).
    public static var PT_GNU_RELRO: UInt32 { 0x6474_E552 }
    /// GNU property notes (`PT_GNU_PROPERTY`).
    public static var PT_GNU_PROPERTY: UInt32 { 0x6474_E553 }

    /// Segment is executable (`PF_X`).
    public static var PF_X: UInt32 { 1 }
    /// Segment is writable (`PF_W`).
    public static var PF_W: UInt32 { 2 }
    /// Segment is readable (`PF_R`).
    public static var PF_R: UInt32 { 4 }
}
