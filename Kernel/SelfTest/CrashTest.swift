// `crash=<kind>` on the command line makes the kernel fail on purpose after boot, so tests
// can check what a real failure prints (registers, CR2, a backtrace with function names).
import KernelSupport

enum CrashTest {
    static func run(_ kind: String) {
        Log.warn("crash test requested: " + kind)
        switch kind {
        case "pagefault": deliberatePageFault()
        case "panic": panic("deliberate panic requested on the command line")
        case "stackoverflow": _ = recurse(0)
        default: Log.error("crash=" + kind + ": unknown (pagefault, panic, stackoverflow)")
        }
    }

    /// A read from an address that is never mapped (the first page), from a named function
    /// so the backtrace has something to show.
    @inline(never)
    static func deliberatePageFault() {
        let address = UnsafePointer<UInt64>(bitPattern: UInt(opaqueZero() + 0x8))!
        Log.info("crash test: read " + Format.hex(address.pointee))
    }

    @inline(never)
    static func opaqueZero() -> UInt64 { cpu_rdtsc() & 0 }

    /// Where each frame's buffer address escapes to, so the frames must really exist.
    nonisolated(unsafe) static var sink: UnsafeMutableRawPointer? = nil

    /// Unbounded recursion that keeps every frame live: a local's address escapes to a global
    /// and the local is read after the recursive call, so the optimiser cannot make a loop.
    @inline(never)
    static func recurse(_ depth: Int) -> Int {
        var pad: (UInt64, UInt64, UInt64, UInt64) = (UInt64(truncatingIfNeeded: depth), 1, 2, 3)
        withUnsafeMutableBytes(of: &pad) { sink = $0.baseAddress }
        let below = recurse(depth &+ 1)
        return below &+ Int(truncatingIfNeeded: pad.0)
    }
}
