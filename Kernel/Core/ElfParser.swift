// Validation of an ELF64 image in memory (types: ElfFile.swift). Every field is read with
// loadUnaligned and every sum is overflow-checked, so no input can trap. Linux:
// fs/binfmt_elf.c (load_elf_binary, load_elf_phdrs, elf_check_arch).
import LinuxABI

struct ElfParser {
    /// The file, or the start of it.
    let bytes: UnsafeRawBufferPointer
    /// The whole file's length (≥ bytes.count).
    let fileSize: Int

    func u8(_ offset: Int) -> UInt8 { bytes[offset] }
    func u16(_ offset: Int) -> UInt16 { bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian }
    func u32(_ offset: Int) -> UInt32 { bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian }
    func u64(_ offset: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian }

    /// True when `[offset, offset + size)` lies within the file, without overflowing.
    func fits(offset: UInt64, size: UInt64) -> Bool {
        let count = UInt64(fileSize)
        return offset <= count && size <= count - offset
    }

    /// True when `[offset, offset + size)` (already known to fit the file) is in `bytes`.
    func inPrefix(offset: UInt64, size: UInt64) -> Bool {
        let count = UInt64(bytes.count)
        return offset <= count && size <= count - offset
    }

    /// The fields of the file header that matter, after the gABI "ELF Header" checks.
    struct Header {
        var type: ElfType
        var entry: UInt64
        var programHeaderOffset: UInt64
        var flags: UInt32
        var programHeaderCount: Int
        var programHeaderEntrySize: Int
    }

    func header() throws(ElfError) -> Header {
        guard bytes.baseAddress != nil, bytes.count >= Elf.ehdrSize else { throw .tooSmall }
        guard u32(0) == Elf.ELFMAG else { throw .badMagic }
        guard u8(Elf.EI_CLASS) == Elf.ELFCLASS64 else { throw .badClass }
        guard u8(Elf.EI_DATA) == Elf.ELFDATA2LSB else { throw .badEndianness }
        guard u8(Elf.EI_VERSION) == Elf.EV_CURRENT, u32(20) == UInt32(Elf.EV_CURRENT) else { throw .badVersion }
        let rawType = u16(16)
        let type: ElfType
        switch rawType {
        case Elf.ET_EXEC: type = .executable
        case Elf.ET_DYN: type = .sharedObject
        default: throw .badType(rawType)
        }
        guard u16(18) == Elf.EM_X86_64 else { throw .badMachine }
        return Header(type: type, entry: u64(24), programHeaderOffset: u64(32), flags: u32(48),
                      programHeaderCount: Int(u16(56)), programHeaderEntrySize: Int(u16(54)))
    }

    /// The program header table, checked to lie within the file.
    func programHeaders(_ header: Header) throws(ElfError) -> [ProgramHeader] {
        let phoff = header.programHeaderOffset
        let phnum = header.programHeaderCount, phentsize = header.programHeaderEntrySize
        guard phnum > 0 else { throw .noLoadableSegments }
        guard phentsize == Elf.phdrSize else { throw .badProgramHeaderSize }
        guard phnum * phentsize <= 65536 else { throw .tooManyProgramHeaders }
        guard fits(offset: phoff, size: UInt64(phnum * phentsize)) else { throw .programHeadersOutsideFile }
        guard inPrefix(offset: phoff, size: UInt64(phnum * phentsize)) else { throw .beyondPrefix }
        var headers: [ProgramHeader] = []
        headers.reserveCapacity(phnum)
        for index in 0..<phnum {
            let at = Int(phoff) + index * phentsize
            headers.append(ProgramHeader(type: u32(at), flags: u32(at + 4), offset: u64(at + 8),
                                         virtualAddress: u64(at + 16), physicalAddress: u64(at + 24),
                                         fileSize: u64(at + 32), memorySize: u64(at + 40), alignment: u64(at + 48)))
        }
        return headers
    }

    func parse(allowingInterpreter: Bool) throws(ElfError) -> ElfFile {
        let header = try header()
        let headers = try programHeaders(header)
        let type = header.type, entry = header.entry, phoff = header.programHeaderOffset

        // Each segment on its own.
        var segments: [LoadSegment] = []
        var interpreter: Range<Int>? = nil
        var tls: TLSSegment? = nil
        var stackExecutable = false
        var phdrAddress: UInt64? = nil
        for header in headers {
            switch header.type {
            case Elf.PT_LOAD:
                if let segment = try loadSegment(header, type: type) { segments.append(segment) }
            case Elf.PT_INTERP:
                guard header.fileSize > 0, fits(offset: header.offset, size: header.fileSize) else {
                    throw .segmentOutsideFile
                }
                guard inPrefix(offset: header.offset, size: header.fileSize) else { throw .beyondPrefix }
                let start = Int(header.offset)
                var end = start + Int(header.fileSize)
                while end > start && bytes[end - 1] == 0 { end -= 1 }
                interpreter = start..<end
            case Elf.PT_TLS:
                guard header.fileSize <= header.memorySize, fits(offset: header.offset, size: header.fileSize),
                      header.alignment <= 1 || isPowerOfTwo(header.alignment) else { throw .badTLSSegment }
                tls = TLSSegment(virtualAddress: header.virtualAddress, fileSize: header.fileSize,
                                 memorySize: header.memorySize, alignment: header.alignment)
            case Elf.PT_GNU_STACK:
                stackExecutable = header.flags & Elf.PF_X != 0
            case Elf.PT_PHDR:
                phdrAddress = header.virtualAddress
            default:
                break
            }
        }

        // The segments together.
        guard !segments.isEmpty else { throw .noLoadableSegments }
        for (index, a) in segments.enumerated() {
            for b in segments[(index + 1)...] where a.virtualAddress < b.end && b.virtualAddress < a.end {
                throw .overlappingSegments
            }
        }
        guard segments.contains(where: { entry >= $0.virtualAddress && entry < $0.end }) else {
            throw .entryOutsideImage
        }
        if interpreter != nil && !allowingInterpreter { throw .hasInterpreter }
        if phdrAddress == nil {
            // AT_PHDR from the PT_LOAD whose file bytes contain the table (Linux does the same).
            for segment in segments where phoff >= segment.fileOffset && phoff - segment.fileOffset < segment.fileSize {
                phdrAddress = segment.virtualAddress + (phoff - segment.fileOffset)
                break
            }
        }
        var start = UInt64.max, end: UInt64 = 0
        for segment in segments {
            start = min(start, segment.virtualAddress)
            end = max(end, segment.end)
        }
        let plan = ElfLoadPlan(segments: segments, entry: entry, stackExecutable: stackExecutable, tls: tls,
                               start: start, end: end, programHeaderAddress: phdrAddress,
                               programHeaderCount: header.programHeaderCount,
                               programHeaderEntrySize: header.programHeaderEntrySize)
        return ElfFile(type: type, entry: entry, flags: header.flags, osABI: u8(Elf.EI_OSABI), programHeaderOffset: phoff,
                       programHeaders: headers, interpreterPath: interpreter, loadPlan: plan)
    }

    /// A PT_LOAD checked on its own; nil when it occupies no memory.
    func loadSegment(_ header: ProgramHeader, type: ElfType) throws(ElfError) -> LoadSegment? {
        guard header.fileSize <= header.memorySize else { throw .fileSizeExceedsMemorySize }
        guard header.fileSize == 0 || fits(offset: header.offset, size: header.fileSize) else {
            throw .segmentOutsideFile
        }
        let page = PageSize.small
        guard header.alignment <= 1 || isPowerOfTwo(header.alignment) else { throw .misalignedSegment }
        // Congruent modulo p_align (gABI) and modulo the page size (what mmap needs; Linux
        // fails such files in elf_map).
        let alignment = max(header.alignment, 1)
        guard header.virtualAddress % alignment == header.offset % alignment,
              header.virtualAddress % page == header.offset % page else { throw .misalignedSegment }
        guard header.memorySize > 0 else { return nil }
        // Inside user space, so `end` and `pageEnd` cannot overflow; ET_EXEC also keeps off
        // page 0, which is never mapped.
        guard AddressSpaceLayout.isUserRange(start: header.virtualAddress, length: header.memorySize),
              type == .sharedObject || header.virtualAddress >= page else { throw .segmentOutsideUserSpace }
        return LoadSegment(virtualAddress: header.virtualAddress, memorySize: header.memorySize,
                           fileSize: header.fileSize, fileOffset: header.offset,
                           permissions: SegmentPermissions(elfFlags: header.flags), alignment: header.alignment)
    }
}
