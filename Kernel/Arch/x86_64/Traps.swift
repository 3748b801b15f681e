// trap_dispatch: where every vector lands after traps.S saved the registers. Exceptions
// either recover (a fault probe) or end in ExceptionReport; external interrupts go to
// their driver and are acknowledged at the local APIC.
import KernelSupport

@_cdecl("trap_dispatch")
func trapDispatch(_ frame: UnsafeMutablePointer<TrapFrame>) {
    let vector = Int(frame.pointee.vector)
    if vector < Vector.firstExternal {
        handleException(frame, vector: vector)
        return
    }
    let cpu = percpu_current()
    cpu.pointee.interrupt_depth += 1
    switch vector {
    case Vector.timer:
        Clock.tick()
        Scheduler.tick()
        if SerialInput.polling { SerialInput.drain() }
        LocalAPIC.endOfInterrupt()
    case Vector.serial:
        SerialInput.drain()
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
        cpu_sti()
        UserFaults.killCurrent(vector: vector, frame: frame, address: address)
    }
    ExceptionReport.print(frame, vector: vector)
    Machine.stop(passed: false)
}
