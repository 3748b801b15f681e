// Memory from Swift: brk growth and shrink, anonymous mmap (zero-filled, writable,
// partial munmap, mprotect), and the Runtime's allocator (alignment, reuse after free,
// large blocks unmapped by free).
import Runtime
import TestKit

@main struct MemoryTest: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let t = TestRun()

        // brk: the break starts page-aligned-or-not after the image; growing it gives
        // zeroed, writable memory; shrinking it back is accepted.
        let start = brk(0)
        t.check(start != 0, "brk(0) reports the current break")
        let grown = brk(start + 65536)
        t.check(grown == start + 65536, "brk grows the heap by 64 KiB")
        let heapBytes = UnsafeMutablePointer<UInt8>(bitPattern: start)!
        var zero = true
        for i in stride(from: 0, to: 65536, by: 512) where heapBytes[i] != 0 { zero = false }
        t.check(zero, "new brk memory reads as zero")
        heapBytes[65535] = 0x5a
        t.check(heapBytes[65535] == 0x5a, "the last byte below the new break is writable")
        t.check(brk(start) == start, "brk shrinks back to where it started")
        t.check(brk(1) == start, "a brk below the data segment is refused (break unchanged)")

        // mmap: three pages, zero-filled; unmap the middle one; make the first read-only.
        guard let map = t.checkNoThrow("mmap 3 anonymous pages", { () throws(Errno) in
            try mmap(length: 3 * pageSize, protection: [.PROT_READ, .PROT_WRITE], flags: [.MAP_PRIVATE, .MAP_ANONYMOUS])
        }) else { return t.finish() }
        t.check(UInt(bitPattern: map) % UInt(pageSize) == 0, "mmap returns a page-aligned address")
        let bytes = map.assumingMemoryBound(to: UInt8.self)
        t.check(bytes[0] == 0 && bytes[3 * pageSize - 1] == 0, "anonymous pages read as zero")
        for i in 0..<(3 * pageSize) { bytes[i] = UInt8(truncatingIfNeeded: i) }
        t.check(bytes[2 * pageSize + 7] == UInt8(truncatingIfNeeded: 2 * pageSize + 7), "anonymous pages keep what is written")
        t.checkNoThrow("munmap the middle page") { () throws(Errno) in try munmap(map + pageSize, length: pageSize) }
        t.check(bytes[2 * pageSize + 7] == UInt8(truncatingIfNeeded: 2 * pageSize + 7), "the page after the hole keeps its data")
        let hole = t.inChild { bytes[pageSize] = 1; return 0 }
        t.check(hole?.signaled == true && hole?.terminationSignal == Signal.SIGSEGV.rawValue,
                "touching the unmapped middle page raises SIGSEGV")
        t.checkNoThrow("mprotect the first page read-only") { () throws(Errno) in try mprotect(map, length: pageSize, .PROT_READ) }
        t.check(bytes[5] == 5, "a read-only page can still be read")
        let readOnly = t.inChild { bytes[5] = 0; return 0 }
        t.check(readOnly?.signaled == true && readOnly?.terminationSignal == Signal.SIGSEGV.rawValue,
                "writing a read-only page raises SIGSEGV")
        t.checkErrno(.EINVAL, "munmap of an unaligned address fails with EINVAL") { () throws(Errno) in
            try munmap(map + 1, length: pageSize)
        }

        // The allocator.
        var aligned = true
        var alignment = 16
        while alignment <= 65536 * 2 {
            for size in [1, 17, 2048, 5000] {
                var p: UnsafeMutableRawPointer? = nil
                if posix_memalign(&p, alignment, size) != 0 || p == nil || UInt(bitPattern: p!) % UInt(alignment) != 0 {
                    aligned = false
                } else {
                    p!.storeBytes(of: 0xAB, toByteOffset: size - 1, as: UInt8.self)
                    apusFree(p)
                }
            }
            alignment *= 2
        }
        t.check(aligned, "posix_memalign honours alignments 16 B to 128 KiB and the block is writable")
        var bad: UnsafeMutableRawPointer? = nil
        t.check(posix_memalign(&bad, 3, 16) == Errno.EINVAL.rawValue, "posix_memalign rejects an alignment that is not a power of two")

        let first = heapAllocate(size: 100, alignment: 16)
        if let first { heapFree(first) }
        let second = heapAllocate(size: 100, alignment: 16)
        t.check(first != nil && first == second, "a freed small block is reused by the next allocation of its class")
        if let second { heapFree(second) }

        var survived = true
        var blocks: [UnsafeMutableRawPointer] = []
        for i in 0..<2000 {
            guard let b = heapAllocate(size: (i % 37) * 13 + 1, alignment: 8) else { survived = false; break }
            b.storeBytes(of: UInt8(truncatingIfNeeded: i), as: UInt8.self)
            blocks.append(b)
        }
        for (i, b) in blocks.enumerated() where b.load(as: UInt8.self) != UInt8(truncatingIfNeeded: i) { survived = false }
        for b in blocks { heapFree(b) }
        t.check(survived, "2000 live blocks of mixed sizes do not overlap")

        let large = t.inChild {
            guard let big = heapAllocate(size: 1 << 20, alignment: 16) else { return 2 }
            big.storeBytes(of: 1, toByteOffset: (1 << 20) - 1, as: UInt8.self)
            heapFree(big)
            big.storeBytes(of: 1, as: UInt8.self)   // unmapped by free: faults
            return 0
        }
        t.check(large?.signaled == true && large?.terminationSignal == Signal.SIGSEGV.rawValue,
                "free unmaps a 1 MiB block (touching it afterwards faults)")

        var strings: [String] = []
        for i in 0..<500 { strings.append("item " + String(i)) }
        t.check(strings[499] == "item 499" && strings.count == 500, "Swift arrays and strings work on the allocator")
        return t.finish()
    }
}
