// Threads that run user code: the first entry into ring 3 and the per-thread state that a
// context switch carries for them (address space, FS base).
import KernelCore
import KernelSupport

enum UserMode {
    /// RFLAGS for user code: IF set, reserved bit 1 set (SDM Vol. 1 §3.4.3).
    static let initialFlags: UInt64 = 0x202

    /// A fresh user TrapFrame: every register zero (SysV ABI §3.4.1 leaves them
    /// unspecified; Linux zeroes them), the given rip and rsp.
    static func initialFrame(entry: UInt64, stack: UInt64) -> TrapFrame {
        var frame = TrapFrame()
        frame.rip = entry
        frame.rsp = stack
        frame.cs = UInt64(Selector.userCode)
        frame.ss = UInt64(Selector.userData)
        frame.rflags = initialFlags
        return frame
    }

    /// Creates a thread of `process` that enters user mode with `frame`.
    static func spawnThread(for process: Process, frame: TrapFrame, fsBase: UInt64) -> Thread? {
        let thread = Scheduler.spawnUser(name: process.name, process: process) { thread in
            thread.fsBase = fsBase
            Signals.threadStarting(thread)
            cpu_wrmsr(MSR_FS_BASE, fsBase)
            // The frame goes at the top of the kernel stack, where traps from user mode
            // and syscalls will build theirs too.
            let top = thread.stack!.top - UInt64(MemoryLayout<TrapFrame>.size)
            let slot = UnsafeMutablePointer<TrapFrame>(bitPattern: UInt(top))!
            slot.pointee = frame
            // thread_start_swift enters user mode with it once this body returned.
        }
        return thread
    }
}
