// Faults that involve user memory: copy-on-write breaks (from user code or from a kernel
// copy-out), and faults user code cannot recover from, which end the process with the
// Linux signal for them (SIGSEGV, SIGILL, SIGFPE, SIGBUS).
import KernelCore
import KernelSupport
import LinuxABI

enum UserFaults {
    /// #PF error-code bits (SDM Vol. 3A §4.7).
    private static let present: UInt64 = 1, write: UInt64 = 2

    /// Resolves a page fault at a user address if paging can: a write to a copy-on-write
    /// page gets a private copy (or the page itself when no one else shares it).
    static func resolve(address: UInt64, errorCode: UInt64) -> Bool {
        guard address < AddressSpaceLayout.userTop, errorCode & present != 0, errorCode & write != 0,
              let space = Scheduler.current.process?.addressSpace else { return false }
        let page = VirtAddr(truncating: address & ~(PageSize.small - 1))
        guard let (frame, flags) = space.translate(page), flags.contains(.copyOnWrite) else { return false }
        var newFlags = flags
        newFlags.remove(.copyOnWrite)
        newFlags.insert(.writable)
        if UserFrames.referenceCount(frame) == 1 {
            do throws(MapError) { try space.protect(page, flags: newFlags) } catch { return false }
            return true
        }
        guard let copy = UserFrames.allocate() else { return false }
        DirectMap.pointer(copy).copyMemory(from: DirectMap.pointer(frame), byteCount: Int(PageSize.small))
        do throws(Errno) { try space.replacePage(page, with: copy, flags: newFlags) } catch {
            UserFrames.release(copy)
            return false
        }
        return true
    }

    /// Linux's signal for an exception raised by user code.
    static func signal(forVector vector: Int) -> Int32 {
        switch vector {
        case Vector.divideError: return 8        // SIGFPE
        case Vector.invalidOpcode: return 4      // SIGILL
        case 16, 19: return 8                    // x87 / SIMD floating point: SIGFPE
        case 17: return 7                        // alignment check: SIGBUS
        case Vector.debug, Vector.breakpoint: return 5   // SIGTRAP
        default: return 11                       // SIGSEGV
        }
    }

    /// FIXME(issue 3, §4 signals): no handlers yet, so the default action applies: the
    /// process dies with the signal (wait status = signal number).
    static func killCurrent(vector: Int, frame: UnsafeMutablePointer<TrapFrame>, address: UInt64) -> Never {
        let signal = signal(forVector: vector)
        let process = Scheduler.current.process!
        Log.warn("pid " + String(process.pid) + " (" + process.name + "): " + Vector.name(vector) + " at "
                 + Format.hex(frame.pointee.rip) + (vector == Vector.pageFault ? ", address " + Format.hex(address) : "")
                 + "; killed by signal " + String(signal))
        ProcessLifecycle.exitCurrent(waitStatus: signal)
    }
}
