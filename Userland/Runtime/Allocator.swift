// The heap behind Swift's runtime (posix_memalign/free) on anonymous mmap(2).
// Small blocks (≤ 2 KiB, power-of-two size classes from 16 B) are carved from 64 KiB
// chunks aligned to 64 KiB whose first bytes hold a header naming the class; a freed block
// goes on its class's free list and is reused. Larger or more aligned blocks get their own
// mapping with the header in the 64 KiB-aligned page below the block, and free unmaps them.
// So free(p) always finds the header at (p - 1) rounded down to 64 KiB.
// Single-threaded: Apus user programs have no threads yet.

import LinuxABI

private let chunkSize = 64 * 1024
private let regionSize = 16 * chunkSize
private let smallestClassShift = 4            // 16 bytes
private let classCount = 8                    // 16, 32, …, 2048
private let largestSmallBlock = 2048
private let smallMagic: UInt64 = 0x4150_5553_534D_414C   // "APUSSMAL"
private let largeMagic: UInt64 = 0x4150_5553_4C52_4745   // "APUSLRGE"

/// What sits at the start of a chunk, or at the 64 KiB boundary below a large block.
private struct ChunkHeader {
    var magic: UInt64
    /// Small chunks: the size class. Large blocks: unused.
    var sizeClass: Int
    /// Large blocks: the mapping to unmap.
    var mapBase: UInt
    var mapLength: Int
}

/// Per-class state: free list head, then the bump range of the newest chunk.
private struct SizeClassState {
    var freeList: UnsafeMutableRawPointer?
    var bumpNext: UInt
    var bumpEnd: UInt
}

/// The per-class table and the region chunks come from, in a page of its own.
private struct HeapState {
    var classes: (SizeClassState, SizeClassState, SizeClassState, SizeClassState,
                  SizeClassState, SizeClassState, SizeClassState, SizeClassState)
    var regionNext: UInt
    var regionEnd: UInt
}

nonisolated(unsafe) private var heap: UnsafeMutablePointer<HeapState>? = nil

/// Maps `length` bytes (a multiple of the page size) at an address aligned to `alignment`
/// (a power of two ≥ 4096), trimming the over-allocation.
private func mapAligned(_ length: Int, alignment: Int) -> UInt? {
    let (padded, overflow) = length.addingReportingOverflow(alignment)
    if overflow { return nil }
    guard let raw = try? mmap(length: padded, protection: [.PROT_READ, .PROT_WRITE], flags: [.MAP_PRIVATE, .MAP_ANONYMOUS]) else { return nil }
    let start = UInt(bitPattern: raw)
    let aligned = (start + UInt(alignment) - 1) & ~(UInt(alignment) - 1)
    let head = Int(aligned - start)
    if head > 0 { try? munmap(raw, length: head) }
    let tail = padded - head - length
    if tail > 0 { try? munmap(UnsafeMutableRawPointer(bitPattern: aligned + UInt(length))!, length: tail) }
    return aligned
}

private func heapState() -> UnsafeMutablePointer<HeapState>? {
    if let heap { return heap }
    guard let page = try? mmap(length: pageSize, protection: [.PROT_READ, .PROT_WRITE], flags: [.MAP_PRIVATE, .MAP_ANONYMOUS]) else {
        return nil
    }
    let state = page.bindMemory(to: HeapState.self, capacity: 1)
    let empty = SizeClassState(freeList: nil, bumpNext: 0, bumpEnd: 0)
    state.initialize(to: HeapState(classes: (empty, empty, empty, empty, empty, empty, empty, empty),
                                   regionNext: 0, regionEnd: 0))
    heap = state
    return state
}

private func classState(_ state: UnsafeMutablePointer<HeapState>, _ index: Int) -> UnsafeMutablePointer<SizeClassState> {
    UnsafeMutableRawPointer(state).assumingMemoryBound(to: SizeClassState.self) + index
}

/// A fresh 64 KiB-aligned chunk from the current region (mapping a new region when empty).
private func newChunk(_ state: UnsafeMutablePointer<HeapState>) -> UInt? {
    if state.pointee.regionNext == state.pointee.regionEnd {
        guard let region = mapAligned(regionSize, alignment: chunkSize) else { return nil }
        state.pointee.regionNext = region
        state.pointee.regionEnd = region + UInt(regionSize)
    }
    let chunk = state.pointee.regionNext
    state.pointee.regionNext += UInt(chunkSize)
    return chunk
}

private func allocateSmall(classIndex: Int) -> UnsafeMutableRawPointer? {
    guard let state = heapState() else { return nil }
    let sc = classState(state, classIndex)
    if let block = sc.pointee.freeList {
        sc.pointee.freeList = block.load(as: UnsafeMutableRawPointer?.self)
        return block
    }
    let blockSize = UInt(1 << (classIndex + smallestClassShift))
    if sc.pointee.bumpNext == sc.pointee.bumpEnd {
        guard let chunk = newChunk(state) else { return nil }
        UnsafeMutableRawPointer(bitPattern: chunk)!.storeBytes(
            of: ChunkHeader(magic: smallMagic, sizeClass: classIndex, mapBase: 0, mapLength: 0), as: ChunkHeader.self)
        sc.pointee.bumpNext = chunk + max(blockSize, 64)   // the header fits in the first 64 bytes
        sc.pointee.bumpEnd = chunk + UInt(chunkSize)
    }
    let block = sc.pointee.bumpNext
    sc.pointee.bumpNext += blockSize
    return UnsafeMutableRawPointer(bitPattern: block)
}

private func allocateLarge(size: Int, alignment: Int) -> UnsafeMutableRawPointer? {
    let offset = max(pageSize, alignment)
    let (total, overflow) = size.addingReportingOverflow(offset + pageSize - 1)
    if overflow { return nil }
    let length = total & ~(pageSize - 1)
    guard let base = mapAligned(length, alignment: max(chunkSize, alignment)) else { return nil }
    let block = base + UInt(offset)
    let header = (block - 1) & ~(UInt(chunkSize) - 1)
    UnsafeMutableRawPointer(bitPattern: header)!.storeBytes(
        of: ChunkHeader(magic: largeMagic, sizeClass: 0, mapBase: base, mapLength: length), as: ChunkHeader.self)
    return UnsafeMutableRawPointer(bitPattern: block)
}

/// Allocates `size` bytes aligned to `alignment` (a power of two), or nil when out of memory.
public func heapAllocate(size: Int, alignment: Int) -> UnsafeMutableRawPointer? {
    guard size >= 0, alignment > 0, alignment & (alignment - 1) == 0 else { return nil }
    let need = max(size, alignment, 1 << smallestClassShift)
    if need <= largestSmallBlock {
        var classIndex = 0
        while (1 << (classIndex + smallestClassShift)) < need { classIndex += 1 }
        return allocateSmall(classIndex: classIndex)
    }
    return allocateLarge(size: size, alignment: alignment)
}

/// Frees a block from `heapAllocate`; a pointer the heap did not hand out ends the process.
public func heapFree(_ pointer: UnsafeMutableRawPointer) {
    let address = UInt(bitPattern: pointer)
    let headerAddress = (address - 1) & ~(UInt(chunkSize) - 1)
    let header = UnsafeMutableRawPointer(bitPattern: headerAddress)!.load(as: ChunkHeader.self)
    if header.magic == smallMagic, let state = heap, header.sizeClass >= 0, header.sizeClass < classCount {
        let sc = classState(state, header.sizeClass)
        pointer.storeBytes(of: sc.pointee.freeList, as: UnsafeMutableRawPointer?.self)
        sc.pointee.freeList = pointer
    } else if header.magic == largeMagic {
        try? munmap(UnsafeMutableRawPointer(bitPattern: header.mapBase)!, length: header.mapLength)
    } else {
        writeErrorStatic("runtime: free() of a pointer the heap did not allocate\n")
        exitImmediately(134)
    }
}

/// The usable size of a block from `heapAllocate` (its size class or mapping).
public func heapBlockSize(_ pointer: UnsafeMutableRawPointer) -> Int {
    let address = UInt(bitPattern: pointer)
    let header = UnsafeMutableRawPointer(bitPattern: (address - 1) & ~(UInt(chunkSize) - 1))!.load(as: ChunkHeader.self)
    if header.magic == smallMagic { return 1 << (header.sizeClass + smallestClassShift) }
    return Int(header.mapBase + UInt(header.mapLength) - address)
}

/// Runtime hook: Swift allocates every object and array through this. Linux: posix_memalign(3).
@_cdecl("posix_memalign")
public func posix_memalign(_ result: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ alignment: Int, _ size: Int) -> CInt {
    guard alignment >= MemoryLayout<UnsafeRawPointer>.size, alignment & (alignment - 1) == 0 else { return 22 }  // EINVAL
    guard let block = heapAllocate(size: size, alignment: alignment) else { return 12 }  // ENOMEM
    result.pointee = block
    return 0
}

/// `free` itself is in memory.c (Swift reserves the name); it forwards here.
@_cdecl("apus_free")
public func apusFree(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    heapFree(pointer)
}
