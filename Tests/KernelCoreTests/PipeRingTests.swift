// PipeRing: the pipe's byte FIFO (empty, full, wrap-around, partial transfers) and the
// PIPE_BUF atomicity decision, with Linux's numbers (65536-byte pipe, PIPE_BUF 4096).
import Testing
@testable import KernelCore

@Suite struct PipeRingTests {
    private func write(_ ring: inout PipeRing, _ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { ring.write($0) }
    }

    private func read(_ ring: inout PipeRing, _ count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let got = out.withUnsafeMutableBytes { ring.read(into: $0) }
        return Array(out[0..<got])
    }

    @Test func linuxDefaults() {
        #expect(PipeRing.defaultCapacity == 65536)
        #expect(PipeRing.atomicLimit == 4096)
        let ring = PipeRing()
        #expect(ring.capacity == 65536 && ring.free == 65536 && ring.isEmpty && !ring.isFull)
    }

    @Test func emptyReadsNothing() {
        var ring = PipeRing(capacity: 8)
        #expect(read(&ring, 4) == [])
        #expect(read(&ring, 0) == [])
        #expect(write(&ring, []) == 0)
        #expect(ring.isEmpty)
    }

    @Test func bytesComeOutInOrder() {
        var ring = PipeRing(capacity: 16)
        #expect(write(&ring, Array("first ".utf8)) == 6)
        #expect(write(&ring, Array("second".utf8)) == 6)
        #expect(ring.count == 12 && ring.free == 4)
        #expect(read(&ring, 32) == Array("first second".utf8))
        #expect(ring.isEmpty)
    }

    @Test func fullRingTakesNoMore() {
        var ring = PipeRing(capacity: 8)
        #expect(write(&ring, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == 8)
        #expect(ring.isFull && ring.free == 0)
        #expect(write(&ring, [11]) == 0)
        #expect(read(&ring, 3) == [1, 2, 3])
        #expect(ring.free == 3)
        #expect(write(&ring, [11, 12, 13, 14]) == 3)
        #expect(read(&ring, 100) == [4, 5, 6, 7, 8, 11, 12, 13])
    }

    /// Writes and reads that straddle the end of the storage keep the order.
    @Test(arguments: [1, 3, 5, 7])
    func wrapAround(shift: Int) {
        var ring = PipeRing(capacity: 8)
        _ = write(&ring, [UInt8](repeating: 0xEE, count: shift))
        _ = write(&ring, [UInt8](repeating: 0xAA, count: 8 - shift))   // now full
        #expect(read(&ring, shift) == [UInt8](repeating: 0xEE, count: shift))
        let fresh = (0..<UInt8(shift)).map { $0 + 1 }
        #expect(write(&ring, fresh) == shift)      // wraps to the start of storage
        #expect(ring.isFull)
        #expect(read(&ring, 8) == [UInt8](repeating: 0xAA, count: 8 - shift) + fresh)
    }

    @Test func longRunThroughASmallRing() {
        var ring = PipeRing(capacity: 7)
        var sent: [UInt8] = [], received: [UInt8] = []
        var next: UInt8 = 0
        for step in 0..<200 {
            let chunk = (0..<(step % 5 + 1)).map { _ -> UInt8 in next &+= 1; return next }
            let wrote = write(&ring, chunk)
            sent += chunk[0..<wrote]
            received += read(&ring, step % 4)
        }
        received += read(&ring, 7)
        #expect(received == sent && ring.isEmpty)
    }

    @Test func removeAllEmpties() {
        var ring = PipeRing(capacity: 4)
        _ = write(&ring, [1, 2, 3])
        ring.removeAll()
        #expect(ring.isEmpty && ring.free == 4)
        #expect(read(&ring, 4) == [])
    }

    /// (pending, free) → bytes that may go in now: ≤ PIPE_BUF is all or nothing, larger
    /// writes are partial (the C cases capacity_and_partial_write and atomic_small_write).
    @Test(arguments: [
        (0, 0, 0), (0, 65536, 0), (1, 0, 0), (1, 1, 1),
        (4096, 4095, 0), (4096, 4096, 4096), (4096, 65536, 4096),
        (200, 100, 0), (100, 100, 100),
        (4097, 4096, 4096), (4097, 1, 1), (4097, 0, 0), (8192, 4096, 4096),
        (70000, 65536, 65536), (65536, 65536, 65536), (Int.max, 65536, 65536),
    ])
    func atomicityDecision(pending: Int, free: Int, expected: Int) {
        #expect(PipeRing.writableNow(pending: pending, free: free) == expected)
    }
}
