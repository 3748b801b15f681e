// What an ELF64 executable says about itself once validated (ElfParser.swift checks it):
// the header fields, the program headers, and the load plan exec follows. Constants:
// Kernel/ABI/Elf.swift. Linux: the data fs/binfmt_elf.c's load_elf_binary works from.
import LinuxABI

/// Why an image was refused. Nothing in an image can make the parser trap.
public enum ElfError: Error, Equatable, Sendable {
    /// Shorter than an ELF64 header.
    case tooSmall
    /// Parsing from a prefix of the file (`parse(_:fileSize:)`), the program headers or the
    /// interpreter path lie past it: parse the whole file instead.
    case beyondPrefix
    /// Not "\x7fELF".
    case badMagic
    /// Not ELFCLASS64.
    case badClass
    /// Not little-endian.
    case badEndianness
    /// EI_VERSION or e_version is not EV_CURRENT.
    case badVersion
    /// Not EM_X86_64.
    case badMachine
    /// Neither ET_EXEC nor ET_DYN (ET_REL, ET_CORE, …); carries e_type.
    case badType(UInt16)
    /// e_phentsize is not sizeof(Elf64_Phdr).
    case badProgramHeaderSize
    /// More than 64 KiB of program headers (Linux's limit in load_elf_phdrs).
    case tooManyProgramHeaders
    /// The program header table does not lie within the file.
    case programHeadersOutsideFile
    /// A segment's file bytes (p_offset + p_filesz) do not lie within the file.
    case segmentOutsideFile
    /// A segment has p_filesz > p_memsz.
    case fileSizeExceedsMemorySize
    /// p_align is not a power of two, or p_vaddr and p_offset disagree modulo p_align or
    /// modulo the page size.
    case misalignedSegment
    /// A PT_LOAD reaches page 0 (ET_EXEC), or past the top of user space.
    case segmentOutsideUserSpace
    /// Two PT_LOAD segments share bytes of memory.
    case overlappingSegments
    /// e_entry lies in no PT_LOAD segment.
    case entryOutsideImage
    /// No PT_LOAD with a non-zero p_memsz (or no program headers at all).
    case noLoadableSegments
    /// A PT_INTERP is present and the caller did not allow one (Apus runs static programs).
    case hasInterpreter
    /// PT_TLS has p_filesz > p_memsz, a bad alignment, or lies outside the file.
    case badTLSSegment

    /// The errno exec reports: ENOEXEC for everything (Linux: load_elf_binary's
    /// `retval = -ENOEXEC` checks), interpreters included: Apus runs static programs only
    /// (issue 3 refuses PT_INTERP with ENOEXEC; docs/decisions.md).
    public var errno: Errno { .ENOEXEC }
}

/// e_type values the loader accepts.
public enum ElfType: Equatable, Sendable {
    /// ET_EXEC: loaded at the addresses in the file.
    case executable
    /// ET_DYN: position-independent; the loader picks a base (static-pie, or a shared object).
    case sharedObject
}

/// The access a segment asks for (p_flags PF_R/PF_W/PF_X).
public struct SegmentPermissions: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let read = SegmentPermissions(rawValue: 1 << 0)
    public static let write = SegmentPermissions(rawValue: 1 << 1)
    public static let execute = SegmentPermissions(rawValue: 1 << 2)

    /// From ELF p_flags.
    public init(elfFlags: UInt32) {
        var permissions: SegmentPermissions = []
        if elfFlags & Elf.PF_R != 0 { permissions.insert(.read) }
        if elfFlags & Elf.PF_W != 0 { permissions.insert(.write) }
        if elfFlags & Elf.PF_X != 0 { permissions.insert(.execute) }
        self = permissions
    }

    /// Leaf flags for a user page with these permissions: present and user always (x86
    /// cannot deny reads of a present page), writable for `.write`, no-execute unless
    /// `.execute`.
    public var userPageFlags: PageFlags {
        var flags: PageFlags = [.present, .user]
        if contains(.write) { flags.insert(.writable) }
        if !contains(.execute) { flags.insert(.noExecute) }
        return flags
    }
}

/// One ELF64 program header, as in the file. Linux: Elf64_Phdr.
public struct ProgramHeader: Equatable, Sendable {
    public var type: UInt32
    public var flags: UInt32
    public var offset: UInt64
    public var virtualAddress: UInt64
    public var physicalAddress: UInt64
    public var fileSize: UInt64
    public var memorySize: UInt64
    public var alignment: UInt64
}

/// One PT_LOAD to map: `fileSize` bytes from `fileOffset` at `virtualAddress`, then zeros
/// up to `memorySize`.
public struct LoadSegment: Equatable, Sendable {
    public var virtualAddress: UInt64
    public var memorySize: UInt64
    public var fileSize: UInt64
    public var fileOffset: UInt64
    public var permissions: SegmentPermissions
    /// p_align (0 and 1 mean none).
    public var alignment: UInt64

    /// One past the last byte in memory (validated not to overflow).
    public var end: UInt64 { virtualAddress + memorySize }
    /// The first page the segment touches.
    public var pageStart: UInt64 { virtualAddress & ~(PageSize.small - 1) }
    /// One past the last page it touches (validated to stay below the user top).
    public var pageEnd: UInt64 { (end + PageSize.small - 1) & ~(PageSize.small - 1) }
}

/// The PT_TLS template: the initial image of each thread's TLS block.
public struct TLSSegment: Equatable, Sendable {
    public var virtualAddress: UInt64
    public var fileSize: UInt64
    public var memorySize: UInt64
    public var alignment: UInt64
}

/// What exec needs to build the new image. Addresses are as in the file: add the load
/// base for `.sharedObject`.
public struct ElfLoadPlan: Equatable, Sendable {
    /// PT_LOAD segments with p_memsz > 0, in program-header order (ascending addresses
    /// for well-formed files). Two may share a page: then that page needs both's rights.
    public var segments: [LoadSegment]
    /// e_entry.
    public var entry: UInt64
    /// PT_GNU_STACK has PF_X. False without PT_GNU_STACK: Apus never makes stacks
    /// executable by default (Linux's default on x86_64 depends on the personality).
    public var stackExecutable: Bool
    /// The PT_TLS template, if any.
    public var tls: TLSSegment?
    /// The lowest PT_LOAD address and one past the highest PT_LOAD byte.
    public var start: UInt64
    public var end: UInt64
    /// Where the program headers are in memory, for AT_PHDR: PT_PHDR's address, or the
    /// address of e_phoff inside the PT_LOAD that maps it; nil when neither exists.
    public var programHeaderAddress: UInt64?
    /// e_phnum and e_phentsize, for AT_PHNUM and AT_PHENT.
    public var programHeaderCount: Int
    public var programHeaderEntrySize: Int

    /// `start` rounded down and `end` rounded up to pages: the span to reserve.
    public var pageSpan: (start: UInt64, end: UInt64) {
        (start & ~(PageSize.small - 1), (end + PageSize.small - 1) & ~(PageSize.small - 1))
    }
}

/// A validated ELF64 x86_64 image. Linux: struct elfhdr plus the checks of load_elf_binary.
public struct ElfFile: Sendable {
    /// ET_EXEC or ET_DYN.
    public let type: ElfType
    /// e_entry.
    public let entry: UInt64
    /// e_flags (none are defined for x86_64).
    public let flags: UInt32
    /// EI_OSABI (0 System V, 3 Linux; not checked, as Linux does not).
    public let osABI: UInt8
    /// e_phoff.
    public let programHeaderOffset: UInt64
    /// Every program header, in file order.
    public let programHeaders: [ProgramHeader]
    /// The interpreter path from PT_INTERP as a range of file offsets without the trailing
    /// NUL; nil when there is none.
    public let interpreterPath: Range<Int>?
    /// What to map and where.
    public let loadPlan: ElfLoadPlan

    /// Validates `bytes` as an x86_64 ELF64 executable (ElfParser.swift). With `fileSize`,
    /// `bytes` is only the start of a file that long (exec reads the first page, where
    /// linkers put the headers): offsets are checked against the whole file, and
    /// `.beyondPrefix` says the headers need more of it.
    public static func parse(_ bytes: UnsafeRawBufferPointer, fileSize: Int? = nil,
                             allowingInterpreter: Bool = false) throws(ElfError) -> ElfFile {
        try ElfParser(bytes: bytes, fileSize: max(fileSize ?? bytes.count, bytes.count)).parse(allowingInterpreter: allowingInterpreter)
    }

    init(type: ElfType, entry: UInt64, flags: UInt32, osABI: UInt8, programHeaderOffset: UInt64,
         programHeaders: [ProgramHeader], interpreterPath: Range<Int>?, loadPlan: ElfLoadPlan) {
        self.type = type
        self.entry = entry
        self.flags = flags
        self.osABI = osABI
        self.programHeaderOffset = programHeaderOffset
        self.programHeaders = programHeaders
        self.interpreterPath = interpreterPath
        self.loadPlan = loadPlan
    }
}
