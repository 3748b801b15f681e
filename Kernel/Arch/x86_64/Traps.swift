// trap_dispatch: where every vector lands after traps.S saved the registers. Exceptions
// either recover (a fault probe) or end in ExceptionReport; external interrupts go to
// their driver and are acknowledged at the local APIC.
import KernelSupport

@_cdecl("trap_dispatch")
func trapDispatch(_ frame: UnsafeMutablePointer<TrapFrame>) {
    let vector = Int(frame.pointee.vector)
    if vector == Vector.nmi {
        NMI.handle(frame)   // a debugging request; per-CPU data may not be usable yet
        return
    }
    if vector < Vector.firstExternal {
        handleException(frame, vector: vector)
        deliverSignalsIfUser(frame)
        return
    }
    let cpu = percpu_current()
    cpu.pointee.interrupt_depth += 1
    switch vector {
    case Vector.timer:
        Clock.tick()
        Scheduler.tick()
        SignalTimers.tick(now: Clock.nanosecondsSinceBoot())
        if let process = Scheduler.current.process {
            SignalTimers.charge(process, user: frame.pointee.cs & 3 == 3, nanoseconds: Clock.tickNanoseconds)
        }
        if SerialInput.polling { SerialInput.drain() }
        ThreadDump.runIfRequested()
        LocalAPIC.endOfInterrupt()
    case Vector.serial:
        SerialInput.drain()
        LocalAPIC.endOfInterrupt()
    case Vector.keyboard:
        PS2Keyboard.interrupt()
        LocalAPIC.endOfInterrupt()
    case Vector.spurious:
        break
    case _ where LegacyPIC.isSpurious(vector):
        break   // a masked 8259 still raises IRQ 7/15 spuriously; it needs no EOI
    default:
        Log.warn("trap: unexpected interrupt vector " + String(vector))
        LocalAPIC.endOfInterrupt()
    }
    cpu.pointee.interrupt_depth -= 1
    // The interrupt is fully handled; its frame stays on this thread's stack while others run.
    if cpu.pointee.interrupt_depth == 0 { Scheduler.preemptIfNeeded() }
    deliverSignalsIfUser(frame)
}

/// Returning to ring 3: take pending signals first (a spinning user loop gets them on the
/// next tick). Interrupts are on while delivery runs: it may stop or end the process.
private func deliverSignalsIfUser(_ frame: UnsafeMutablePointer<TrapFrame>) {
    guard frame.pointee.cs & 3 == 3, Scheduler.current.signalPending else { return }
    cpu_sti()
    _ = SignalDelivery.beforeReturnToUser(frame)
    cpu_cli()
}

private func handleException(_ frame: UnsafeMutablePointer<TrapFrame>, vector: Int) {
    let fromUser = frame.pointee.cs & 3 == 3
    var address: UInt64 = 0
    if vector == Vector.pageFault {
        address = cpu_read_cr2()
        if UserFaults.resolve(address: address, errorCode: frame.pointee.error_code) { return }
        if FaultProbe.recover(frame, faultAddress: address) { return }
    }
    if fromUser {
        UserFaults.raiseSignal(vector: vector, frame: frame, address: address)
        return
    }
    ExceptionReport.print(frame, vector: vector)
    Machine.stop(passed: false)
}
