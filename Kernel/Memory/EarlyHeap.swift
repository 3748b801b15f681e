// The bump arena behind the Swift runtime until the real heap (Heap.swift) is up. The
// arena lives in .bss (stacks.S); blocks freed into it are simply not reused, which costs
// little because only boot-time objects come from here.
import KernelSupport

enum EarlyHeap {
    nonisolated(unsafe) private static var next: UInt64 = 0

    static var start: UInt64 { ksym_early_heap_start() }
    static var end: UInt64 { ksym_early_heap_end() }

    static func contains(_ pointer: UnsafeRawPointer) -> Bool {
        let address = UInt64(UInt(bitPattern: pointer))
        return address >= start && address < end
    }

    /// Bytes handed out so far.
    static var used: UInt64 { next == 0 ? 0 : next - start }

    /// Caller holds the heap lock.
    static func allocate(size: Int, alignment: Int) -> UnsafeMutableRawPointer? {
        if next == 0 { next = start }
        let align = UInt64(max(alignment, 16))
        let begin = (next + align - 1) & ~(align - 1)
        guard size >= 0, begin + UInt64(size) <= end else { return nil }
        next = begin + UInt64(size)
        return UnsafeMutableRawPointer(bitPattern: UInt(begin))
    }
}
