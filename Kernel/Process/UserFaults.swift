// Faults that involve user memory: copy-on-write breaks (from user code or from a kernel
// copy-out), and faults user code cannot recover from, which end the process with the
// Linux signal for them (SIGSEGV, SIGILL, SIGFPE, SIGBUS).
import KernelCore
import KernelSupport
import LinuxABI

enum UserFaults {
    /// #PF error-code bits (SDM Vol. 3A §4.7): present, write, user, reserved bit, fetch.
    private static let present: UInt64 = 1 << 0, write: UInt64 = 1 << 1, user: UInt64 = 1 << 2
    private static let reservedBit: UInt64 = 1 << 3, fetch: UInt64 = 1 << 4

    /// Resolves a page fault at a user address if paging can. Faults from kernel code are
    /// considered only inside a fault-tolerant copy (UserMemory), whose syscall already
    /// holds the big lock; a fault from user code takes it here.
    static func resolve(address: UInt64, errorCode: UInt64) -> Bool {
        guard address < AddressSpaceLayout.userTop, errorCode & reservedBit == 0,
              let process = Scheduler.current.process, process.addressSpace != nil else { return false }
        // Paging below resolves in process.addressSpace, which must be what the CPU walks: if
        // it is not, every "resolved" fault would come straight back, a silent hang.
        guard process.addressSpace?.isActive == true else {
            panic("page fault at " + Format.hex(address) + " while CR3 is not the process's address space (pid "
                  + String(process.pid) + ")")
        }
        let access: MemoryAccess = errorCode & fetch != 0 ? .execute : (errorCode & write != 0 ? .write : .read)
        // Linux reads RLIMIT_STACK when the stack grows, so setrlimit counts at once.
        process.addressSpace?.map.stackLimit = process.limits.stack
        guard errorCode & user != 0 else {
            guard percpu_current().pointee.fault_fixup_active != 0 else { return false }
            // FIXME(issue 3, threads): unlocked syscalls copy without the big lock; safe
            // while a process has one thread.
            return process.addressSpace?.resolveFault(at: address, access: access) ?? false
        }
        let thread = Scheduler.current
        if thread.lastFaultAddress == address && thread.lastFaultError == errorCode {
            thread.faultRepeats += 1
        } else {
            (thread.lastFaultAddress, thread.lastFaultError, thread.faultRepeats) = (address, errorCode, 0)
        }
        // From user mode interrupts were on; the big lock may sleep.
        cpu_sti()
        process.bigLock.lock()
        let resolved = process.addressSpace?.resolveFault(at: address, access: access) ?? false
        process.bigLock.unlock()
        cpu_cli()
        return resolved
    }

    /// Linux's signal and si_code for an exception raised by user code, and whether
    /// si_addr is the faulting address (page faults) or the instruction (arch/x86/kernel/traps.c).
    static func signal(forVector vector: Int, errorCode: UInt64) -> (Signal, Int32) {
        switch vector {
        case Vector.divideError: return (.SIGFPE, SigInfoCode.FPE_INTDIV)
        case Vector.invalidOpcode: return (.SIGILL, illegalOperand)          // Linux reports #UD as ILL_ILLOPN
        case 16, 19: return (.SIGFPE, 0)                                   // x87 / SIMD floating point
        case 17: return (.SIGBUS, busAdraln)                               // alignment check
        case Vector.debug: return (.SIGTRAP, SigInfoCode.TRAP_BRKPT)
        case Vector.breakpoint: return (.SIGTRAP, SigInfoCode.SI_KERNEL)   // int3: do_int3_user
        case Vector.pageFault:
            return (.SIGSEGV, errorCode & present != 0 ? SigInfoCode.SEGV_ACCERR : SigInfoCode.SEGV_MAPERR)
        default: return (.SIGSEGV, SigInfoCode.SI_KERNEL)                  // #GP and the rest
        }
    }

    /// SIGILL: illegal operand (Linux `ILL_ILLOPN`, 2), what do_error_trap gives #UD.
    private static let illegalOperand: Int32 = 2
    /// SIGBUS: misaligned address (Linux `BUS_ADRALN`).
    private static let busAdraln: Int32 = 1

    /// Forces the fault's signal on the current thread (Linux force_sig_fault): blocked or
    /// ignored, it takes its default action. Delivery happens on the way back to user mode,
    /// so a handler runs before the faulting instruction is retried.
    static func raiseSignal(vector: Int, frame: UnsafeMutablePointer<TrapFrame>, address: UInt64) {
        let thread = Scheduler.current
        guard let process = thread.process else { return }
        let (signal, code) = signal(forVector: vector, errorCode: frame.pointee.error_code)
        var info = SigInfo(signo: signal.rawValue, code: code)
        switch vector {
        case Vector.pageFault: info.si_addr = address
        case Vector.divideError, Vector.invalidOpcode, 16, 19, 17: info.si_addr = frame.pointee.rip
        default: info.si_addr = 0
        }
        thread.signals.trapNumber = UInt64(vector)
        thread.signals.errorCode = frame.pointee.error_code
        thread.signals.faultAddress = vector == Vector.pageFault ? address : 0
        Log.debug("pid " + String(process.pid) + " (" + process.name + "): " + Vector.name(vector) + " at "
                      + Format.hex(frame.pointee.rip) + (vector == Vector.pageFault ? ", address " + Format.hex(address) : "")
                      + "; " + String(describingStatic: signal.name))
        _ = Signals.send(info, to: process, thread: thread, forced: true)
    }
}
