// Building a new program image (execve's first phase): everything that can fail happens
// here, into a fresh address space, so a failed execve leaves the caller untouched.
// Read-only pages that are wholly the file's bytes are the file's own frames, mapped
// (Linux's page cache: every process running a program shares its text, and nothing is
// copied); the rest of each segment is copied in eagerly; the stack image follows the SysV ABI
// (KernelCore.ExecStack). The space's map gets one area per segment, the heap start (the
// page after the highest segment) and the grows-down stack, whose other pages come on demand.
import KernelCore
import LinuxABI
import KernelSupport

struct ProgramImage {
    let space: AddressSpace
    let entry: UInt64
    let stackPointer: UInt64
    let brk: UInt64
}

enum ExecLoader {
    /// Top of the user stack; the page above stays unmapped.
    static let stackTop: UInt64 = AddressSpaceLayout.userTop - PageSize.small
    /// Where an ET_DYN (static-pie) image goes, plus a random page offset.
    static let dynamicBase: UInt64 = 0x0000_1555_5000_0000
    static let dynamicRandomPages: UInt64 = 1 << 16

    /// Linux's default RLIMIT_STACK (8 MiB): bounds the stack and the argument space.
    static let stackLimit: UInt64 = 8 << 20

    static func load(_ program: VFSProgramFile, path: [UInt8], argv: [[UInt8]], envp: [[UInt8]],
                     credentials: Credentials, secure: Bool, stackLimit: UInt64 = ExecLoader.stackLimit) throws(Errno) -> ProgramImage {
        let elf = try parse(program)
        let plan = elf.loadPlan
        let base = elf.type == .sharedObject ? dynamicBase + (Entropy.next() % dynamicRandomPages) * PageSize.small : 0
        guard let space = AddressSpace.create() else { throw .ENOMEM }
        var highest: UInt64 = 0
        // A page two segments share, or one a writable segment touches, is the process's own.
        let ranges = plan.segments.map { (start: base + $0.pageStart, end: base + $0.pageEnd,
                                          writable: $0.permissions.userPageFlags.contains(.writable)) }
        let shareable = { (page: UInt64) -> Bool in
            var touching = 0, writable = false   // counted, not filtered: no allocation per page
            for range in ranges where range.start <= page && page < range.end {
                touching += 1
                writable = writable || range.writable
            }
            return touching == 1 && !writable
        }
        for segment in plan.segments {
            try loadSegment(segment, base: base, program: program, shareable: shareable, into: space)
            highest = max(highest, base + segment.pageEnd)
        }
        var map = UserAddressMap(brkStart: highest, mmapBase: UserAddressMap.mmapBase(stackTop: stackTop, stackLimit: stackLimit),
                                 stackLimit: stackLimit)
        for segment in plan.segments {
            map.addSegment(start: base + segment.pageStart, end: base + segment.pageEnd,
                           protection: UserAddressMap.protection(of: segment.permissions))
        }
        space.map = map
        space.executable = program.hold
        // W^X: the stack is never executable, even when PT_GNU_STACK asks (Kernel/README.md).
        let stackPointer = try writeStack(space: space, plan: plan, base: base, path: path, argv: argv, envp: envp,
                                          credentials: credentials, secure: secure)
        return ProgramImage(space: space, entry: base + plan.entry, stackPointer: stackPointer, brk: space.map.brkStart)
    }

    /// The ELF headers from the file's first page, or (rarely) from the whole file.
    private static func parse(_ program: VFSProgramFile) throws(Errno) -> ElfFile {
        do throws(ElfError) {
            return try ElfFile.parse(program.start, fileSize: program.size)
        } catch where error == .beyondPrefix {
            let whole = program.wholeCopy()
            defer { whole.deallocate() }
            do throws(ElfError) { return try ElfFile.parse(UnsafeRawBufferPointer(whole)) } catch { throw error.errno }
        } catch {
            throw error.errno
        }
    }

    private static func loadSegment(_ segment: LoadSegment, base: UInt64, program: VFSProgramFile,
                                    shareable: (UInt64) -> Bool, into space: AddressSpace) throws(Errno) {
        let flags = segment.permissions.userPageFlags
        guard !(flags.contains(.writable) && !flags.contains(.noExecute)) else { throw .ENOEXEC }  // W^X
        var page = base + segment.pageStart
        let fileStart = base + segment.virtualAddress
        let fileEnd = fileStart + segment.fileSize
        while page < base + segment.pageEnd {
            if let frame = fileFrame(for: page, fileStart: fileStart, fileEnd: fileEnd, segment: segment,
                                     pageFrames: program.pageFrames), shareable(page) {
                try space.mapSharedFrame(VirtAddr(truncating: page), frame, flags: flags)
                page += PageSize.small
                continue
            }
            let frame: PhysAddr
            if let (existing, existingFlags) = space.translate(VirtAddr(truncating: page)) {
                // Two segments share this page: keep one frame with the union of rights.
                frame = existing
                var merged = existingFlags.union(flags)
                if !(existingFlags.contains(.noExecute) && flags.contains(.noExecute)) { merged.remove(.noExecute) }
                guard !(merged.contains(.writable) && !merged.contains(.noExecute)) else { throw .ENOEXEC }  // W^X
                try? space.protect(VirtAddr(truncating: page), flags: merged)
            } else {
                frame = try space.mapNewPage(VirtAddr(truncating: page), flags: flags)
            }
            let copyStart = max(page, fileStart), copyEnd = min(page + PageSize.small, fileEnd)
            if copyStart < copyEnd {
                program.read(at: segment.fileOffset + (copyStart - fileStart),
                             into: UnsafeMutableRawBufferPointer(start: DirectMap.pointer(frame) + Int(copyStart - page),
                                                                 count: Int(copyEnd - copyStart)))
            }
            page += PageSize.small
        }
    }

    /// The file's frame that holds exactly the bytes `page` shows, when the page is wholly
    /// file data at a page-aligned file offset; nil otherwise (it is copied).
    private static func fileFrame(for page: UInt64, fileStart: UInt64, fileEnd: UInt64, segment: LoadSegment,
                                  pageFrames: [PhysAddr?]) -> PhysAddr? {
        guard page >= fileStart, page + PageSize.small <= fileEnd else { return nil }
        let offset = segment.fileOffset + (page - fileStart)
        guard offset % PageSize.small == 0 else { return nil }
        let index = Int(offset / PageSize.small)
        return index < pageFrames.count ? pageFrames[index] : nil
    }

    /// Writes the initial stack into the new space through the direct map.
    private static func writeStack(space: AddressSpace, plan: ElfLoadPlan, base: UInt64, path: [UInt8],
                                   argv: [[UInt8]], envp: [[UInt8]], credentials: Credentials,
                                   secure: Bool) throws(Errno) -> UInt64 {
        var random = [UInt8](repeating: 0, count: 16)
        random.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, 16) }
        let auxv: [(key: UInt64, value: UInt64)] = [
            (Auxv.AT_PHDR, base + (plan.programHeaderAddress ?? 0)),
            (Auxv.AT_PHENT, UInt64(plan.programHeaderEntrySize)),
            (Auxv.AT_PHNUM, UInt64(plan.programHeaderCount)),
            (Auxv.AT_PAGESZ, PageSize.small),
            (Auxv.AT_BASE, 0),                                   // no interpreter
            (Auxv.AT_FLAGS, 0),
            (Auxv.AT_ENTRY, base + plan.entry),
            (Auxv.AT_UID, UInt64(credentials.uid)), (Auxv.AT_EUID, UInt64(credentials.euid)),
            (Auxv.AT_GID, UInt64(credentials.gid)), (Auxv.AT_EGID, UInt64(credentials.egid)),
            (Auxv.AT_HWCAP, UInt64(CPUInfo.current.leaf1EDX)),
            (Auxv.AT_CLKTCK, 100),
            (Auxv.AT_SECURE, secure ? 1 : 0),
        ]
        let image: ExecStackImage
        do throws(ExecStackError) {
            image = try ExecStack.build(stackTop: VirtAddr(truncating: stackTop), argv: argv, envp: envp, execfn: path,
                                        random: random, auxv: auxv, limit: ExecStack.argumentSpace(stackLimit: stackLimit))
        } catch {
            throw error.errno
        }
        // The stack area, and the pages the image needs now; the rest come on demand.
        let stackPointer = image.stackPointer.value
        try space.map.addStack(top: stackTop, lowestUsed: stackPointer)
        var page = stackPointer & ~(PageSize.small - 1)
        while page < stackTop {
            _ = try space.mapNewPage(VirtAddr(truncating: page), flags: [.writable, .noExecute])
            page += PageSize.small
        }
        // Copy the image page by page through the frames it lands in.
        var offset = 0
        while offset < image.bytes.count {
            let address = stackPointer + UInt64(offset)
            guard let (frame, _) = space.translate(VirtAddr(truncating: address & ~(PageSize.small - 1))) else { throw .E2BIG }
            let inPage = Int(address & (PageSize.small - 1))
            let length = min(Int(PageSize.small) - inPage, image.bytes.count - offset)
            image.bytes.withUnsafeBytes { bytes in
                (DirectMap.pointer(frame) + inPage).copyMemory(from: bytes.baseAddress! + offset, byteCount: length)
            }
            offset += length
        }
        return stackPointer
    }
}
