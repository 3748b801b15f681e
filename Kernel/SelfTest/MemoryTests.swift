// Self-tests of the frame allocator, the kernel page tables and the heap.
import KernelCore
import KernelSupport

enum FrameTests {
    static func allocateFreeReuse(_ t: inout TestContext) {
        var frames: [PhysAddr] = []
        frames.reserveCapacity(64)   // before counting: the array's own storage takes heap frames
        let before = FrameAllocator.freeFrames
        for _ in 0..<64 {
            guard let frame = FrameAllocator.allocate() else { t.expect(false, "allocation failed"); return }
            frames.append(frame)
        }
        t.expect(FrameAllocator.freeFrames == before - 64, "free count did not drop by 64")
        for i in 0..<frames.count {
            t.expect(frames[i].value & 0xFFF == 0 && frames[i].value != 0, "frame not aligned or zero")
            for j in (i + 1)..<frames.count where frames[i] == frames[j] {
                t.expect(false, "frame " + Format.hex(frames[i].value) + " handed out twice")
            }
        }
        for frame in frames { FrameAllocator.free(frame) }
        t.expect(FrameAllocator.freeFrames == before, "free count not restored")
        // The allocator reuses what was freed: the next frame is one of them.
        if let again = FrameAllocator.allocate() {
            t.expect(frames.contains(again), "freed frames were not reused")
            FrameAllocator.free(again)
        }
    }

    static func contiguous(_ t: inout TestContext) {
        let before = FrameAllocator.freeFrames
        guard let a = FrameAllocator.allocateContiguous(pages: 16, alignment: 16),
              let b = FrameAllocator.allocateContiguous(pages: 3, alignment: 1) else {
            t.expect(false, "contiguous allocation failed"); return
        }
        t.expect(a.value % (16 * PageSize.small) == 0, "16-page run not aligned")
        t.expect(b.value + 3 * PageSize.small <= a.value || a.value + 16 * PageSize.small <= b.value, "runs overlap")
        FrameAllocator.free(a, pages: 16)
        FrameAllocator.free(b, pages: 3)
        t.expect(FrameAllocator.freeFrames == before, "free count not restored")
    }
}

enum PagingTests {
    /// A kernel-half address nothing else uses (PML4 200).
    static let testAddress = VirtAddr(truncating: 0x0000_6400_0000_0000)

    static func mapUnmap(_ t: inout TestContext) {
        guard let frame = FrameAllocator.allocateZeroed() else { t.expect(false, "no frame"); return }
        do throws(MapError) {
            try KernelAddressSpace.map(testAddress, to: frame, flags: [.present, .writable, .noExecute])
        } catch {
            t.expect(false, "map failed"); return
        }
        t.expect(KernelAddressSpace.translate(testAddress) == frame, "translate disagrees with map")
        let pointer = UnsafeMutablePointer<UInt64>(bitPattern: UInt(testAddress.value))!
        pointer.pointee = 0xA905_0F_C0FFEE
        t.expect(DirectMap.pointer(frame).load(as: UInt64.self) == 0xA905_0F_C0FFEE, "write not visible via direct map")
        do throws(MapError) {
            let back = try KernelAddressSpace.unmap(testAddress)
            t.expect(back == frame, "unmap returned another frame")
        } catch {
            t.expect(false, "unmap failed")
        }
        t.expect(FaultProbe.read64(testAddress.value) == nil, "unmapped page still readable (TLB not flushed?)")
        t.expect(KernelAddressSpace.translate(testAddress) == nil, "translate still finds the page")
        FrameAllocator.free(frame)
    }

    static func guardPage(_ t: inout TestContext) {
        let guardAddress = ksym_boot_stack_guard()
        t.expect(FaultProbe.read64(guardAddress) == nil, "guard page is readable")
        t.expect(FaultProbe.read64(guardAddress + PageSize.small) != nil, "stack bottom is not readable")
    }

    static func sectionRights(_ t: inout TestContext) {
        let text = KernelAddressSpaceInspector.flags(ksym___kernel_start())
        let data = KernelAddressSpaceInspector.flags(ksym___data_start())
        let rodata = KernelAddressSpaceInspector.flags(ksym___rodata_start())
        t.expect(text != nil && !text!.contains(.writable) && !text!.contains(.noExecute), "text is not RX")
        t.expect(rodata != nil && !rodata!.contains(.writable) && rodata!.contains(.noExecute), "rodata is not R")
        t.expect(data != nil && data!.contains(.writable) && data!.contains(.noExecute), "data is not RW+NX")
        t.expect(cpu_read_cr0() & (1 << 16) != 0, "CR0.WP is off")
        t.expect(cpu_rdmsr(MSR_EFER) & (1 << 11) != 0, "EFER.NXE is off")
        t.expect(!CPUInfo.current.hasSmep || cpu_read_cr4() & (1 << 20) != 0, "CPU has SMEP but CR4.SMEP is off")
        t.expect(!CPUInfo.current.hasSmap || cpu_read_cr4() & (1 << 21) != 0, "CPU has SMAP but CR4.SMAP is off")
    }
}

enum HeapTests {
    static func pattern(_ seed: Int, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: seed &* 31 &+ index &* 7) }

    static func manySizes(_ t: inout TestContext) {
        let sizes = [1, 2, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 255, 256, 257,
                     511, 512, 513, 1000, 1023, 1024, 1025, 2047, 2048, 2049, 4095, 4096, 4097, 8192, 12_345, 65_536]
        let alignments = [8, 16, 64, 4096]
        var blocks: [(UnsafeMutableRawPointer, Int, Int)] = []
        for (seed, size) in sizes.enumerated() {
            for alignment in alignments {
                var raw: UnsafeMutableRawPointer? = nil
                guard runtimePosixMemalign(&raw, alignment, size) == 0, let block = raw else {
                    t.expect(false, "posix_memalign(" + String(alignment) + ", " + String(size) + ") failed"); continue
                }
                t.expect(UInt(bitPattern: block) % UInt(alignment) == 0, "misaligned block for alignment " + String(alignment))
                for i in 0..<size { block.storeBytes(of: pattern(seed, i), toByteOffset: i, as: UInt8.self) }
                blocks.append((block, size, seed))
            }
        }
        for (block, size, seed) in blocks {
            var intact = true
            for i in 0..<size where block.load(fromByteOffset: i, as: UInt8.self) != pattern(seed, i) { intact = false }
            t.expect(intact, "block of " + String(size) + " bytes was overwritten")
            runtimeFree(block)
        }
    }

    static func returnsMemory(_ t: inout TestContext) {
        let blocks = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 4096)
        defer { blocks.deallocate() }
        func cycle() {
            for i in 0..<4096 { blocks[i] = Heap.allocate(size: 16 << (i % 8), alignment: 16) }
            for i in 0..<4096 { if let b = blocks[i] { Heap.free(b) } }
        }
        cycle()   // warm up: each size class keeps one empty slab
        let before = FrameAllocator.freeFrames
        let inUseBefore = Heap.bytesInUse
        for i in 0..<4096 { blocks[i] = Heap.allocate(size: 16 << (i % 8), alignment: 16) }
        let during = FrameAllocator.freeFrames
        for i in 0..<4096 { if let b = blocks[i] { Heap.free(b) } }
        let large = Heap.allocate(size: 1 << 20, alignment: 16)
        t.expect(large != nil, "1 MiB allocation failed")
        if let large { Heap.free(large) }
        t.expect(during < before - 400, "heap did not take frames for 4096 objects")
        t.expect(FrameAllocator.freeFrames == before, "frames not returned: " + String(before - FrameAllocator.freeFrames) + " missing")
        t.expect(Heap.bytesInUse == inUseBefore, "heap accounting drifted")
    }
}
