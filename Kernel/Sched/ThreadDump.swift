// Every thread's state on the serial console (Linux: SysRq-t, show_state): its id, name,
// process ids, scheduler state, pending timer and signal, the system call it is in, and
// the kernel backtrace it sleeps in. Requested by an NMI (Arch/x86_64/NMI.swift) and printed
// by the next timer tick under the process table's and the scheduler's locks (in their
// order), so the lists and process names are consistent; written
// allocation-free (RawSerialWriter) because the heap lock may be held below us.
import KernelSupport
import Synchronization

enum ThreadDump {
    private static let requested = Atomic<Bool>(false)
    /// Marks a syscall's TrapFrame (Arch/x86_64/syscall.S pushes it as the vector).
    private static let syscallVector: UInt64 = 0x100
    /// context_switch pushes rbp, rbx, r12–r15: the saved stack pointer is below r15, the
    /// return address is the seventh word and the frame pointer the sixth.
    private static let savedFramePointerWord: UInt64 = 5, savedReturnWord: UInt64 = 6

    /// From the NMI handler: only an atomic store.
    static func request() {
        requested.store(true, ordering: .releasing)
    }

    /// From the timer tick, which holds no lock.
    static func runIfRequested() {
        guard requested.exchange(false, ordering: .acquiring) else { return }
        let now = Clock.nanosecondsSinceBoot()
        ProcessTable.lock.withLock {
            Scheduler.forEachThread { thread in describe(thread, now: now) }
        }
        RawSerialWriter.text("thread dump: end\n")
    }

    private static func describe(_ thread: Thread, now: UInt64) {
        // Kernel threads number apart from user threads, whose id is the tid (= pid).
        RawSerialWriter.text(thread.process == nil ? "kernel thread " : "thread ")
        RawSerialWriter.decimal(thread.id)
        RawSerialWriter.text(" '")
        // A user thread is known by its process's command name, which exec changes.
        RawSerialWriter.string(thread.process?.name ?? thread.name)
        RawSerialWriter.text("'")
        if let process = thread.process {
            RawSerialWriter.text(" pid "); RawSerialWriter.decimal(process.pid)
            RawSerialWriter.text(" pgid "); RawSerialWriter.decimal(process.pgid)
            RawSerialWriter.text(" sid "); RawSerialWriter.decimal(process.sid)
            if process.state == .zombie { RawSerialWriter.text(" zombie") }
        }
        switch thread.state {
        case .runnable: RawSerialWriter.text(thread.onCPU ? " running" : " runnable")
        case .blocked: RawSerialWriter.text(" blocked")
        case .dead: RawSerialWriter.text(" dead")
        }
        if thread.queued { RawSerialWriter.text(" queued") }
        if thread.wakeDeadline != 0 {
            RawSerialWriter.text(" timer ")
            if thread.wakeDeadline > now {
                RawSerialWriter.text("in "); RawSerialWriter.decimal(Int((thread.wakeDeadline - now) / 1_000_000)); RawSerialWriter.text(" ms")
            } else {
                RawSerialWriter.text("expired")
            }
        }
        if thread.signalPending { RawSerialWriter.text(" signal-pending") }
        if thread.process != nil, let stack = thread.stack {
            let frame = UnsafePointer<TrapFrame>(bitPattern: UInt(stack.top) - UInt(MemoryLayout<TrapFrame>.size))!
            if frame.pointee.vector == syscallVector {
                RawSerialWriter.text(" in syscall "); RawSerialWriter.decimal(Int(frame.pointee.rax))
            }
            RawSerialWriter.text(" user rip "); RawSerialWriter.hex(frame.pointee.rip)
        }
        if thread.lastFaultAddress != 0 {
            RawSerialWriter.text(" last fault "); RawSerialWriter.hex(thread.lastFaultAddress)
            RawSerialWriter.text(" error "); RawSerialWriter.hex(thread.lastFaultError)
            if thread.faultRepeats > 0 {
                RawSerialWriter.text(" repeated "); RawSerialWriter.decimal(thread.faultRepeats); RawSerialWriter.text(" times")
            }
        }
        RawSerialWriter.text("\n")
        if thread.faultRepeats > 0, let space = thread.process?.addressSpace {
            pageTableWalk(space, thread.lastFaultAddress)
        }
        // A thread on the CPU is not in context_switch: its saved registers are stale.
        guard !thread.onCPU, thread.stack != nil, thread.state != .dead else { return }
        let saved = thread.savedStackPointer
        guard let rbp = FaultProbe.read64(saved &+ savedFramePointerWord * 8),
              let ret = FaultProbe.read64(saved &+ savedReturnWord * 8) else { return }
        RawSerialWriter.backtrace(rip: ret, rbp: rbp, indent: "    ")
    }

    /// The four entries that translate `address` (PML4, PDPT, PD, PT), as the CPU reads them.
    private static func pageTableWalk(_ space: AddressSpace, _ address: UInt64) {
        RawSerialWriter.text("    page tables:")
        var table = DirectMap.pointer(space.root).assumingMemoryBound(to: UInt64.self)
        var shift: UInt64 = 39
        while true {
            let entry = table[Int((address >> shift) & 511)]
            RawSerialWriter.text(" "); RawSerialWriter.hex(entry)
            guard shift > 12, entry & AddressSpace.present != 0 else { break }
            table = AddressSpace.table(entry)
            shift -= 9
        }
        RawSerialWriter.text("\n")
    }
}
