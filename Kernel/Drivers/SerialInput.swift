// Received serial bytes on their way to the console TTY (Linux: the tty flip buffer). The
// COM1 interrupt handler drains the UART into a small spinlock-protected ring and wakes the
// "tty" kernel thread (FS/ConsoleTTY.swift), which runs the line discipline; nothing here
// sleeps. Without an I/O APIC the timer tick polls the UART instead (documented fallback).
import KernelCore

enum SerialInput {
    /// Bytes received and not yet processed; Linux's flip buffers are this order of size.
    static let capacity = 4096
    private static let lock = Spinlock()
    /// Guarded by `lock`. Created in `start`, before the interrupt is unmasked (a lazy global
    /// first touched by an interrupt handler could deadlock in swift_once).
    nonisolated(unsafe) private static var ring: PipeRing? = nil
    /// The TTY thread sleeps here until bytes arrive.
    nonisolated(unsafe) private(set) static var arrived: WaitQueue? = nil
    /// True when no interrupt is routed and the timer tick polls the UART.
    nonisolated(unsafe) private(set) static var polling = false
    /// Bytes dropped because the ring was full.
    nonisolated(unsafe) private(set) static var overruns = 0

    /// Sets up the ring and turns the receive interrupt on (IRQ 4 through the I/O APIC), or
    /// polling from the tick when the interrupt cannot be routed.
    static func start(vector: Int) {
        ring = PipeRing(capacity: capacity)
        arrived = WaitQueue()
        guard Serial.present else { return }
        if IOAPIC.routeISA(Serial.irq, to: vector) {
            Serial.enableReceiveInterrupt()
            Log.info("serial: COM1 input on IRQ " + String(Serial.irq) + ", vector " + String(vector))
        } else {
            polling = true
            Log.warn("serial: no I/O APIC route for IRQ 4; polling COM1 on the timer tick")
        }
        drain()   // anything typed before now
    }

    /// The COM1 interrupt (or the polling tick): moves every byte the UART holds into the ring.
    static func drain() {
        var got = false
        lock.withLock {
            while let byte = Serial.receive() {
                var copy = byte
                let stored = withUnsafeBytes(of: &copy) { ring?.write($0) ?? 0 }
                if stored == 0 { overruns += 1 }
                got = true
            }
        }
        if got { arrived?.wakeAll() }
    }

    /// A byte from another input device (the PS/2 keyboard, Drivers/PS2Keyboard.swift) into
    /// the same ring: the console TTY reads it as if it had been typed on the serial line.
    /// Call `wakeReader` once the device's batch is in.
    static func push(_ byte: UInt8) {
        lock.withLock {
            var copy = byte
            let stored = withUnsafeBytes(of: &copy) { ring?.write($0) ?? 0 }
            if stored == 0 { overruns += 1 }
        }
    }

    /// Wakes the TTY thread after `push`.
    static func wakeReader() { arrived?.wakeAll() }

    /// Takes the pending bytes (the TTY thread).
    static func take(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        lock.withLock { ring?.read(into: buffer) ?? 0 }
    }

    /// For the TTY thread's wait condition.
    static var hasInput: Bool { lock.withLock { !(ring?.isEmpty ?? true) } }
}
