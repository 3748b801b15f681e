// Faults that involve user memory: copy-on-write breaks (from user code or from a kernel
// copy-out), and faults user code cannot recover from, which end the process with the
// Linux signal for them (SIGSEGV, SIGILL, SIGFPE, SIGBUS).
import KernelCore
import KernelSupport
import LinuxABI

enum UserFaults {
    /// #PF error-code bits (SDM Vol. 3A §4.7): present, write, user, reserved bit, fetch.
    private static let write: UInt64 = 1 << 1, user: UInt64 = 1 << 2
    private static let reservedBit: UInt64 = 1 << 3, fetch: UInt64 = 1 << 4

    /// Resolves a page fault at a user address if paging can. Faults from kernel code are
    /// considered only inside a fault-tolerant copy (UserMemory), whose syscall already
    /// holds the big lock; a fault from user code takes it here.
    static func resolve(address: UInt64, errorCode: UInt64) -> Bool {
        guard address < AddressSpaceLayout.userTop, errorCode & reservedBit == 0,
              let process = Scheduler.current.process, process.addressSpace != nil else { return false }
        let access: MemoryAccess = errorCode & fetch != 0 ? .execute : (errorCode & write != 0 ? .write : .read)
        // Linux reads RLIMIT_STACK when the stack grows, so setrlimit counts at once.
        process.addressSpace?.map.stackLimit = process.limits.stack
        guard errorCode & user != 0 else {
            guard percpu_current().pointee.fault_fixup_active != 0 else { return false }
            // FIXME(issue 3, threads): unlocked syscalls copy without the big lock; safe
            // while a process has one thread.
            return process.addressSpace?.resolveFault(at: address, access: access) ?? false
        }
        // From user mode interrupts were on; the big lock may sleep.
        cpu_sti()
        process.bigLock.lock()
        let resolved = process.addressSpace?.resolveFault(at: address, access: access) ?? false
        process.bigLock.unlock()
        cpu_cli()
        return resolved
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
