// ElfFile.parse (Kernel/Core/ElfFile.swift, ElfParser.swift) over images built as bytes
// here: a valid static executable, one mutation per error, the load plan, and a fuzzer.
import Testing
import LinuxABI
@testable import KernelCore

/// A program header as the builder writes it.
struct Phdr {
    var type: UInt32
    var flags: UInt32 = 4
    var offset: UInt64 = 0
    var vaddr: UInt64 = 0
    var filesz: UInt64 = 0
    var memsz: UInt64 = 0
    var align: UInt64 = 0x1000
}

/// An ELF64 image: header, program headers at `phoff`, and `fileSize` bytes in all.
struct ElfImage {
    var ident: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
    var type: UInt16 = 2
    var machine: UInt16 = 62
    var version: UInt32 = 1
    var entry: UInt64 = 0x40_0100
    var phoff: UInt64 = 64
    var phentsize: UInt16 = 56
    var phnum: UInt16? = nil
    var phdrs: [Phdr] = [
        Phdr(type: 1, flags: 5, offset: 0, vaddr: 0x40_0000, filesz: 0x1000, memsz: 0x1000),   // text: R X
        Phdr(type: 1, flags: 6, offset: 0x1000, vaddr: 0x40_1000, filesz: 0x100, memsz: 0x2000),  // data+bss: R W
        Phdr(type: 0x6474_E551, flags: 6),                                                    // GNU_STACK: R W
    ]
    var fileSize = 0x1100

    var bytes: [UInt8] {
        var out = [UInt8](repeating: 0, count: max(fileSize, 0))
        func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
            var little = value.littleEndian
            for index in 0..<MemoryLayout<T>.size where offset + index < out.count {
                out[offset + index] = UInt8(truncatingIfNeeded: little)
                little >>= 8
            }
        }
        for (index, byte) in ident.enumerated() where index < out.count { out[index] = byte }
        put(type, at: 16); put(machine, at: 18); put(version, at: 20); put(entry, at: 24); put(phoff, at: 32)
        put(UInt64(0), at: 40); put(UInt32(0), at: 48); put(UInt16(64), at: 52); put(phentsize, at: 54)
        put(phnum ?? UInt16(phdrs.count), at: 56)
        for (index, phdr) in phdrs.enumerated() where phoff < UInt64(out.count) {
            let at = Int(phoff) + index * 56
            guard at >= 0 && at < out.count else { break }
            put(phdr.type, at: at); put(phdr.flags, at: at + 4); put(phdr.offset, at: at + 8)
            put(phdr.vaddr, at: at + 16); put(phdr.vaddr, at: at + 24); put(phdr.filesz, at: at + 32)
            put(phdr.memsz, at: at + 40); put(phdr.align, at: at + 48)
        }
        return out
    }
}

func parse(_ bytes: [UInt8], allowingInterpreter: Bool = false) -> Result<ElfFile, ElfError> {
    bytes.withUnsafeBytes { raw in
        do throws(ElfError) {
            return .success(try ElfFile.parse(raw, allowingInterpreter: allowingInterpreter))
        } catch {
            return .failure(error)
        }
    }
}

func error(_ image: ElfImage) -> ElfError? {
    if case .failure(let error) = parse(image.bytes) { return error }
    return nil
}

struct ElfTests {
    @Test func validStaticExecutable() throws {
        let file = try parse(ElfImage().bytes).get()
        #expect(file.type == .executable)
        #expect(file.entry == 0x40_0100)
        #expect(file.programHeaders.count == 3)
        #expect(file.interpreterPath == nil)
        let plan = file.loadPlan
        #expect(plan.segments == [
            LoadSegment(virtualAddress: 0x40_0000, memorySize: 0x1000, fileSize: 0x1000, fileOffset: 0,
                        permissions: [.read, .execute], alignment: 0x1000),
            LoadSegment(virtualAddress: 0x40_1000, memorySize: 0x2000, fileSize: 0x100, fileOffset: 0x1000,
                        permissions: [.read, .write], alignment: 0x1000),
        ])
        #expect(plan.start == 0x40_0000 && plan.end == 0x40_3000)
        #expect(plan.pageSpan == (0x40_0000, 0x40_3000))
        #expect(!plan.stackExecutable)
        #expect(plan.tls == nil)
        #expect(plan.programHeaderAddress == 0x40_0040)  // e_phoff inside the first PT_LOAD
        #expect(plan.programHeaderCount == 3 && plan.programHeaderEntrySize == 56)
        #expect(plan.segments[0].permissions.userPageFlags == [.present, .user])
        #expect(plan.segments[1].permissions.userPageFlags == [.present, .user, .writable, .noExecute])
    }

    static let headerCases: [(String, @Sendable (inout ElfImage) -> Void, ElfError)] = [
        ("empty", { $0.fileSize = 0 }, .tooSmall),
        ("63 bytes", { $0.fileSize = 63 }, .tooSmall),
        ("magic", { $0.ident[3] = 0x47 }, .badMagic),
        ("32-bit", { $0.ident[4] = 1 }, .badClass),
        ("class 0", { $0.ident[4] = 0 }, .badClass),
        ("big-endian", { $0.ident[5] = 2 }, .badEndianness),
        ("ident version", { $0.ident[6] = 0 }, .badVersion),
        ("e_version", { $0.version = 2 }, .badVersion),
        ("ET_REL", { $0.type = 1 }, .badType(1)),
        ("ET_CORE", { $0.type = 4 }, .badType(4)),
        ("ET_NONE", { $0.type = 0 }, .badType(0)),
        ("ET_LOPROC", { $0.type = 0xFF00 }, .badType(0xFF00)),
        ("i386", { $0.machine = 3 }, .badMachine),
        ("aarch64", { $0.machine = 183 }, .badMachine),
        ("no program headers", { $0.phnum = 0 }, .noLoadableSegments),
        ("phentsize 32", { $0.phentsize = 32 }, .badProgramHeaderSize),
        ("phentsize 0", { $0.phentsize = 0 }, .badProgramHeaderSize),
        ("phnum 0xFFFF", { $0.phnum = 0xFFFF }, .tooManyProgramHeaders),
        ("table past the end", { $0.phoff = 0x1100 - 56 * 2 }, .programHeadersOutsideFile),
        ("phoff huge", { $0.phoff = UInt64.max - 10 }, .programHeadersOutsideFile),
        ("phoff at end", { $0.phoff = 0x1100 }, .programHeadersOutsideFile),
    ]

    @Test(arguments: headerCases)
    func headerErrors(name: String, mutate: @Sendable (inout ElfImage) -> Void, expected: ElfError) {
        var image = ElfImage()
        mutate(&image)
        #expect(error(image) == expected, "\(name)")
    }

    static let segmentCases: [(String, @Sendable (inout ElfImage) -> Void, ElfError?)] = [
        ("filesz > memsz", { $0.phdrs[1].filesz = 0x2001 }, .fileSizeExceedsMemorySize),
        ("data past the end", { $0.phdrs[1].filesz = 0x101 }, .segmentOutsideFile),
        ("offset + filesz overflows", { $0.phdrs[1].offset = UInt64.max - 0xFFF; $0.phdrs[1].vaddr = 0x40_1000 - 0x1000 }, .segmentOutsideFile),
        ("filesz 0 with any offset is fine", { $0.phdrs[1].filesz = 0; $0.phdrs[1].offset = 0x7FFF_F000 }, nil),
        ("align 3", { $0.phdrs[1].align = 3 }, .misalignedSegment),
        ("vaddr % align != offset % align", { $0.phdrs[1].vaddr = 0x40_1800; $0.phdrs[1].align = 0x1000 }, .misalignedSegment),
        ("page-incongruent with align 1", { $0.phdrs[1].vaddr = 0x40_1010; $0.phdrs[1].align = 1 }, .misalignedSegment),
        ("align 2 MiB congruent", { $0.phdrs[1].align = 0x20_0000; $0.phdrs[1].vaddr = 0x60_1000 }, nil),
        ("align 0 is none", { $0.phdrs[1].align = 0 }, nil),
        ("overlap", { $0.phdrs[1].vaddr = 0x40_0000; $0.phdrs[1].offset = 0x1000 }, .overlappingSegments),
        ("overlap by one byte", { $0.phdrs[0].memsz = 0x1001 }, .overlappingSegments),
        ("touching is fine", { $0.phdrs[0].memsz = 0x1000 }, nil),
        ("sharing a page is fine", {
            $0.phdrs[0].filesz = 0x800; $0.phdrs[0].memsz = 0x800
            $0.phdrs[1].vaddr = 0x40_0800; $0.phdrs[1].offset = 0x800
        }, nil),
        ("ET_EXEC in page 0", { $0.phdrs[0].vaddr = 0; $0.entry = 0x100 }, .segmentOutsideUserSpace),
        ("past user top", { $0.phdrs[1].vaddr = AddressSpaceLayout.userTop - 0x1000 }, .segmentOutsideUserSpace),
        ("ends exactly at user top", { $0.phdrs[1].vaddr = AddressSpaceLayout.userTop - 0x2000 }, nil),
        ("kernel address", { $0.phdrs[1].vaddr = AddressSpaceLayout.kernelBase + 0x1000 }, .segmentOutsideUserSpace),
        ("vaddr + memsz overflows", { $0.phdrs[1].vaddr = UInt64.max - 0xFFF; $0.phdrs[1].offset = 0x1000 }, .segmentOutsideUserSpace),
        ("memsz huge", { $0.phdrs[1].memsz = UInt64.max }, .segmentOutsideUserSpace),
        ("entry outside", { $0.entry = 0x40_3000 }, .entryOutsideImage),
        ("entry in bss is inside", { $0.entry = 0x40_2FFF }, nil),
        ("entry 0", { $0.entry = 0 }, .entryOutsideImage),
        ("no PT_LOAD", { $0.phdrs = [Phdr(type: 0x6474_E551)] }, .noLoadableSegments),
        ("only empty PT_LOADs", { $0.phdrs = [Phdr(type: 1, vaddr: 0x40_0000)] }, .noLoadableSegments),
        ("interpreter", { $0.phdrs.append(Phdr(type: 3, offset: 0x1000, filesz: 8)) }, .hasInterpreter),
        ("interpreter outside the file", { $0.phdrs.append(Phdr(type: 3, offset: 0x1100, filesz: 8)) }, .segmentOutsideFile),
        ("TLS filesz > memsz", { $0.phdrs.append(Phdr(type: 7, offset: 0x1000, vaddr: 0x40_1000, filesz: 8, memsz: 4)) }, .badTLSSegment),
        ("TLS outside the file", { $0.phdrs.append(Phdr(type: 7, offset: 0x10FF, vaddr: 0x40_10FF, filesz: 8, memsz: 8)) }, .badTLSSegment),
        ("TLS align 6", { $0.phdrs.append(Phdr(type: 7, offset: 0x1000, vaddr: 0x40_1000, filesz: 8, memsz: 8, align: 6)) }, .badTLSSegment),
        ("unknown segment types are ignored", { $0.phdrs.append(Phdr(type: 0x7000_0001, offset: UInt64.max, filesz: UInt64.max)) }, nil),
    ]

    @Test(arguments: segmentCases)
    func segmentErrors(name: String, mutate: @Sendable (inout ElfImage) -> Void, expected: ElfError?) {
        var image = ElfImage()
        mutate(&image)
        #expect(error(image) == expected, "\(name)")
    }

    @Test func interpreterWhenAllowed() throws {
        var image = ElfImage()
        image.type = 3
        image.phdrs.append(Phdr(type: 3, offset: 0x1000, filesz: 5))
        var bytes = image.bytes
        bytes.replaceSubrange(0x1000..<0x1005, with: Array("/ld\0\0".utf8))
        let file = try parse(bytes, allowingInterpreter: true).get()
        #expect(file.interpreterPath == 0x1000..<0x1003)
        #expect(parse(bytes).failure == .hasInterpreter)
    }

    @Test func tlsStackAndPHDR() throws {
        var image = ElfImage()
        image.phdrs[2].flags = 7  // GNU_STACK RWX
        image.phdrs.append(Phdr(type: 7, offset: 0x1000, vaddr: 0x40_1000, filesz: 0x10, memsz: 0x30, align: 16))
        image.phdrs.append(Phdr(type: 6, offset: 64, vaddr: 0x40_0040, filesz: 56 * 5, memsz: 56 * 5, align: 8))
        let plan = try parse(image.bytes).get().loadPlan
        #expect(plan.stackExecutable)
        #expect(plan.tls == TLSSegment(virtualAddress: 0x40_1000, fileSize: 0x10, memorySize: 0x30, alignment: 16))
        #expect(plan.programHeaderAddress == 0x40_0040)
    }

    @Test func positionIndependentAtZero() throws {
        var image = ElfImage()
        image.type = 3
        image.phdrs[0].vaddr = 0
        image.phdrs[1].vaddr = 0x1000
        image.entry = 0x100
        let file = try parse(image.bytes).get()
        #expect(file.type == .sharedObject)
        #expect(file.loadPlan.start == 0 && file.loadPlan.end == 0x3000)
        #expect(file.loadPlan.programHeaderAddress == 0x40)
    }

    @Test func errnos() {
        #expect(ElfError.badMagic.errno == .ENOEXEC)
        #expect(ElfError.hasInterpreter.errno == .ENOEXEC)
    }

    /// Random mutations of the header and program headers (and truncation): no trap, and
    /// whatever is accepted satisfies the plan's promises.
    @Test(arguments: Array(UInt64(1)...UInt64(500)))
    func fuzz(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var image = ElfImage()
        if Bool.random(using: &random) {
            image.phdrs.append(Phdr(type: 7, offset: 0x1000, vaddr: 0x40_1000, filesz: 0x10, memsz: 0x30, align: 16))
        }
        var bytes = image.bytes
        let interesting = [0, 1, 0xFF, 0x7F, 0x80, 0x10, 0x40]
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let index = Int.random(in: 0..<(64 + 56 * image.phdrs.count), using: &random)
            bytes[index] = Bool.random(using: &random) ? UInt8(interesting.randomElement(using: &random)!)
                                                       : UInt8.random(in: 0...255, using: &random)
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            bytes.removeLast(Int.random(in: 0...bytes.count, using: &random))
        }
        guard case .success(let file) = parse(bytes, allowingInterpreter: Bool.random(using: &random)) else { return }
        let plan = file.loadPlan
        #expect(!plan.segments.isEmpty)
        for segment in plan.segments {
            #expect(segment.fileSize <= segment.memorySize)
            #expect(segment.fileSize == 0 || segment.fileOffset + segment.fileSize <= UInt64(bytes.count))
            #expect(AddressSpaceLayout.isUserRange(start: segment.virtualAddress, length: segment.memorySize))
            #expect(segment.pageEnd <= AddressSpaceLayout.userTop)
        }
        #expect(plan.segments.contains { file.entry >= $0.virtualAddress && file.entry < $0.end })
        if let path = file.interpreterPath { #expect(path.upperBound <= bytes.count) }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
