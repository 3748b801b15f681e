// arc4random_buf for the Swift runtime (hash seeds) and the kernel: RDSEED/RDRAND when the
// CPU has them, otherwise xoshiro256** seeded from TSC jitter around port I/O — never a
// constant. Bytes from the generator are not cryptographic; the hardware path is.
import KernelSupport

enum Entropy {
    private static let lock = Spinlock()
    nonisolated(unsafe) private static var state: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    nonisolated(unsafe) private static var seeded = false
    private static let rdrandRetries = 10

    /// Mixes timing noise into the generator's state. Port 0x80 is the POST diagnostic
    /// port: reading it takes a bus cycle whose length varies.
    static func seedFromJitter() {
        var mix: UInt64 = cpu_rdtsc()
        for round in 0..<64 {
            let before = cpu_rdtsc()
            _ = cpu_inb(0x80)
            let delta = cpu_rdtsc() &- before
            mix = splitMix(mix ^ (delta << UInt64(round % 48)) ^ cpu_rdtsc())
        }
        state = (splitMix(mix), splitMix(mix &+ 1), splitMix(mix &+ 2), splitMix(mix &+ 3))
        seeded = true
    }

    static func next() -> UInt64 {
        var value: UInt64 = 0
        if CPUInfo.current.hasRdseed || CPUInfo.current.hasRdrand {
            for _ in 0..<rdrandRetries {
                if CPUInfo.current.hasRdrand && cpu_rdrand64(&value) { return value }
                if CPUInfo.current.hasRdseed && cpu_rdseed64(&value) { return value }
            }
        }
        return lock.withLock {
            if !seeded { seedFromJitter() }
            return xoshiro()
        }
    }

    /// Where random bytes come from, for the boot log.
    static var source: String {
        CPUInfo.current.hasRdrand ? "rdrand" : CPUInfo.current.hasRdseed ? "rdseed" : "tsc-jitter xoshiro256**"
    }

    private static func splitMix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    private static func xoshiro() -> UInt64 {
        let result = rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotl(state.3, 45)
        return result
    }
}

@_cdecl("arc4random_buf")
func arc4random_buf(_ buffer: UnsafeMutableRawPointer, _ count: Int) {
    var offset = 0
    while offset < count {
        var word = Entropy.next()
        let chunk = min(8, count - offset)
        withUnsafeBytes(of: &word) { bytes in
            for index in 0..<chunk { buffer.storeBytes(of: bytes[index], toByteOffset: offset + index, as: UInt8.self) }
        }
        offset += chunk
    }
}
