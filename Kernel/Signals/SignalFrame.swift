// Pushing a Linux rt_sigframe for a handler and reading it back in rt_sigreturn (Linux
// arch/x86/kernel/signal_64.c x64_setup_rt_frame, restore_sigcontext; fpu/signal.c for the
// FPU image). The layout is LinuxABI's RtSigframe; placement is KernelCore's
// SignalStackLayout. The user's FPU/SSE registers are live in the CPU while the kernel runs
// (the kernel uses no FPU), so fxsave/fxrstor act on them directly.
import KernelCore
import KernelSupport
import LinuxABI

enum SignalFrame {
    /// RFLAGS bits a handler starts with cleared (Linux: DF, RF, TF).
    private static let clearedOnEntry: UInt64 = (1 << 10) | (1 << 16) | (1 << 8)
    /// RFLAGS bits rt_sigreturn takes from the saved context (Linux FIX_EFLAGS: AC OF DF TF
    /// SF ZF AF PF CF RF).
    private static let restorable: UInt64 = (1 << 18) | (1 << 11) | (1 << 10) | (1 << 8) | (1 << 7) | (1 << 6)
        | (1 << 4) | (1 << 2) | (1 << 0) | (1 << 16)
    /// fxsave image: MXCSR at byte 24, MXCSR_MASK at 28 (SDM Vol. 1 §10.5.1).
    private static let mxcsrOffset = 24, mxcsrMaskOffset = 28
    private static let defaultMXCSRMask: UInt32 = 0xFFBF

    /// Builds the frame for `signal` on the user stack (or the alternate stack) and points
    /// the registers at the handler. False when the frame cannot be written; then nothing
    /// in `frame` or the thread's mask has changed.
    static func push(_ signal: Signal, info: SigInfo, action: KernelSigaction,
                     frame: UnsafeMutablePointer<TrapFrame>, thread: Thread) -> Bool {
        // x86_64 requires a restorer (Linux: no SA_RESTORER → the frame fails).
        guard action.sa_flags.contains(.SA_RESTORER) else { return false }
        let regs = frame.pointee
        let stack = thread.signals.altStack
        let size = UInt64(MemoryLayout<RtSigframe>.size)
        guard let place = SignalStackLayout.place(sp: regs.rsp, stack: stack,
                                                  onStack: action.sa_flags.contains(.SA_ONSTACK), frameSize: size)
        else { return false }
        let oldMask = thread.signals.savedMask ?? thread.signals.blocked

        var sigframe = RtSigframe()
        sigframe.pretcode = action.sa_restorer
        sigframe.uc.uc_flags = UContext.UC_SIGCONTEXT_SS | UContext.UC_STRICT_RESTORE_SS
        sigframe.uc.uc_stack = SignalStack(ss_sp: stack.ss_sp, ss_flags: stack.ss_flags & SignalStackFlags.SS_AUTODISARM
                                           | SignalStackLayout.reportedFlags(regs.rsp, stack), ss_size: stack.ss_size)
        sigframe.uc.uc_mcontext = context(of: regs, thread: thread, mask: oldMask, fpstate: place.fpstate)
        sigframe.uc.uc_sigmask = oldMask.rawValue
        if action.sa_flags.contains(.SA_SIGINFO) { sigframe.info = info }

        let fpu = UnsafeMutableRawPointer.allocate(byteCount: Int(SignalStackLayout.fpuStateSize), alignment: 64)
        defer { fpu.deallocate() }
        fpu.initializeMemory(as: UInt8.self, repeating: 0, count: Int(SignalStackLayout.fpuStateSize))
        fpu_save(fpu)
        // Bytes 464…511 are free for software; Linux puts the xstate magic there. Zero
        // says "plain fxsave image", which rt_sigreturn restores with fxrstor.
        (fpu + 464).initializeMemory(as: UInt8.self, repeating: 0, count: 48)
        do throws(Errno) {
            try UserMemory.copyOut(to: place.fpstate, from: fpu, count: Int(SignalStackLayout.fpuStateSize))
            try withUnsafeBytes(of: &sigframe) { bytes throws(Errno) in
                try UserMemory.copyOut(to: place.frame, from: bytes.baseAddress!, count: bytes.count)
            }
        } catch {
            return false
        }

        Signals.lock.withLock {
            thread.signals.blocked = SignalActions.maskDuringHandler(signal, action: action, oldMask: thread.signals.blocked)
            thread.signals.savedMask = nil
            if stack.ss_flags & SignalStackFlags.SS_AUTODISARM != 0 {
                thread.signals.altStack = SignalStack(ss_sp: 0, ss_flags: 0, ss_size: 0)
            }
        }
        Signals.recalculate(thread)
        frame.pointee.rdi = UInt64(signal.rawValue)
        frame.pointee.rsi = place.frame + UInt64(RtSigframe.infoOffset)
        frame.pointee.rdx = place.frame + UInt64(RtSigframe.ucOffset)
        frame.pointee.rax = 0
        frame.pointee.rip = action.sa_handler
        frame.pointee.rsp = place.frame
        frame.pointee.cs = UInt64(Selector.userCode)
        frame.pointee.ss = UInt64(Selector.userData)
        frame.pointee.rflags &= ~clearedOnEntry
        // The handler starts with a clean FPU, as on Linux (fpu__clear_user_states).
        fpu_restore(initialFPU)
        return true
    }

    private static func context(of regs: TrapFrame, thread: Thread, mask: SignalSet, fpstate: UInt64) -> SigContext {
        var context = SigContext()
        context.r8 = regs.r8; context.r9 = regs.r9; context.r10 = regs.r10; context.r11 = regs.r11
        context.r12 = regs.r12; context.r13 = regs.r13; context.r14 = regs.r14; context.r15 = regs.r15
        context.rdi = regs.rdi; context.rsi = regs.rsi; context.rbp = regs.rbp; context.rbx = regs.rbx
        context.rdx = regs.rdx; context.rax = regs.rax; context.rcx = regs.rcx; context.rsp = regs.rsp
        context.rip = regs.rip; context.eflags = regs.rflags
        context.cs = UInt16(truncatingIfNeeded: regs.cs); context.ss = UInt16(truncatingIfNeeded: regs.ss)
        context.err = thread.signals.errorCode
        context.trapno = thread.signals.trapNumber
        context.cr2 = thread.signals.faultAddress
        context.oldmask = mask.rawValue
        context.fpstate = fpstate
        return context
    }

    /// rt_sigreturn(2): the frame's pretcode has been popped, so rsp points just past it.
    /// Restores registers, mask, alternate stack and FPU state; a frame that cannot be
    /// read or holds a kernel rip kills the process with SIGSEGV (Linux: badframe).
    static func restore(_ frame: UnsafeMutablePointer<TrapFrame>, thread: Thread) -> Int64 {
        let address = frame.pointee.rsp &- 8
        var sigframe = RtSigframe()
        let fpu = UnsafeMutableRawPointer.allocate(byteCount: Int(SignalStackLayout.fpuStateSize), alignment: 64)
        defer { fpu.deallocate() }
        do throws(Errno) {
            try withUnsafeMutableBytes(of: &sigframe) { bytes throws(Errno) in
                try UserMemory.copyIn(to: bytes.baseAddress!, from: address, count: bytes.count)
            }
            let saved = sigframe.uc.uc_mcontext
            guard saved.rip < AddressSpaceLayout.userTop else { throw .EFAULT }
            if saved.fpstate != 0 {
                try UserMemory.copyIn(to: fpu, from: saved.fpstate, count: Int(SignalStackLayout.fpuStateSize))
            }
        } catch {
            return badFrame(thread)
        }
        let saved = sigframe.uc.uc_mcontext
        var regs = frame.pointee
        regs.r8 = saved.r8; regs.r9 = saved.r9; regs.r10 = saved.r10; regs.r11 = saved.r11
        regs.r12 = saved.r12; regs.r13 = saved.r13; regs.r14 = saved.r14; regs.r15 = saved.r15
        regs.rdi = saved.rdi; regs.rsi = saved.rsi; regs.rbp = saved.rbp; regs.rbx = saved.rbx
        regs.rdx = saved.rdx; regs.rax = saved.rax; regs.rcx = saved.rcx; regs.rsp = saved.rsp
        regs.rip = saved.rip
        regs.rflags = (regs.rflags & ~restorable) | (saved.eflags & restorable)
        regs.cs = UInt64(Selector.userCode)
        regs.ss = UInt64(Selector.userData)
        frame.pointee = regs
        if saved.fpstate != 0 {
            // An MXCSR with reserved bits set would fault fxrstor in the kernel.
            let mask = initialFPU.load(fromByteOffset: mxcsrMaskOffset, as: UInt32.self)
            let mxcsr = fpu.load(fromByteOffset: mxcsrOffset, as: UInt32.self)
            fpu.storeBytes(of: mxcsr & (mask == 0 ? defaultMXCSRMask : mask), toByteOffset: mxcsrOffset, as: UInt32.self)
            fpu_restore(fpu)
        } else {
            fpu_restore(initialFPU)
        }
        let restoredStack = sigframe.uc.uc_stack
        Signals.lock.withLock {
            thread.signals.blocked = SignalSet(rawValue: sigframe.uc.uc_sigmask).blockable
            // Linux restore_altstack: the handler may have changed uc_stack; errors ignored.
            let sp = regs.rsp
            if !SignalStackLayout.isOnAltStack(sp, thread.signals.altStack),
               case .success(let stack) = SignalStackLayout.validate(restoredStack) {
                thread.signals.altStack = stack
            }
        }
        Signals.recalculate(thread)
        thread.signals.restartDeadline = 0   // Linux: restart_block.fn = do_no_restart_syscall
        thread.signals.frameReplaced = true
        return Int64(bitPattern: saved.rax)
    }

    /// Linux's badframe: a forced SIGSEGV, delivered (and fatal unless handled) on the way
    /// out of this syscall.
    private static func badFrame(_ thread: Thread) -> Int64 {
        guard let process = thread.process else { return 0 }
        Log.warn("pid " + String(process.pid) + ": bad rt_sigreturn frame; SIGSEGV")
        _ = Signals.send(SigInfo(signo: Signal.SIGSEGV.rawValue, code: SigInfoCode.SI_KERNEL), to: process,
                         thread: thread, forced: true)
        return 0
    }

    /// The FPU state a handler starts with and fxrstor falls back to: FCW 0x37F, MXCSR
    /// 0x1F80, MXCSR_MASK as this CPU reports it (set once at boot, before user code).
    nonisolated(unsafe) static var initialFPU: UnsafeMutableRawPointer = {
        let area = UnsafeMutableRawPointer.allocate(byteCount: Int(SignalStackLayout.fpuStateSize), alignment: 64)
        area.initializeMemory(as: UInt8.self, repeating: 0, count: Int(SignalStackLayout.fpuStateSize))
        let probe = UnsafeMutableRawPointer.allocate(byteCount: Int(SignalStackLayout.fpuStateSize), alignment: 64)
        probe.initializeMemory(as: UInt8.self, repeating: 0, count: Int(SignalStackLayout.fpuStateSize))
        fpu_save(probe)
        let mask = probe.load(fromByteOffset: mxcsrMaskOffset, as: UInt32.self)
        probe.deallocate()
        area.storeBytes(of: UInt16(0x037F), toByteOffset: 0, as: UInt16.self)
        area.storeBytes(of: UInt32(0x1F80), toByteOffset: mxcsrOffset, as: UInt32.self)
        area.storeBytes(of: mask == 0 ? UInt32(defaultMXCSRMask) : mask, toByteOffset: mxcsrMaskOffset, as: UInt32.self)
        return area
    }()
}

/// Copies LinuxABI's plain structs (all-integer fields, C layout) in and out of user
/// memory; they do not declare BitwiseCopyable across the module boundary.
enum UserStruct {
    static func read<T>(_ empty: T, at address: UInt64) throws(Errno) -> T {
        var value = empty
        try withUnsafeMutableBytes(of: &value) { bytes throws(Errno) in
            try UserMemory.copyIn(to: bytes.baseAddress!, from: address, count: bytes.count)
        }
        return value
    }

    static func write<T>(_ value: T, to address: UInt64) throws(Errno) {
        var copy = value
        try withUnsafeBytes(of: &copy) { bytes throws(Errno) in
            try UserMemory.copyOut(to: address, from: bytes.baseAddress!, count: bytes.count)
        }
    }
}
